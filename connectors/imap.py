"""The AR mailbox over IMAP (imaplib2): UID sync, IDLE, labels, and the Sent folder.

Connections are TLS (`imaps://`) or STARTTLS (`imap://`) with the system's certificate checks;
a plain connection is allowed only to a loopback host (a local test server or an SSH tunnel).
Everything is addressed by UID inside a folder whose UIDVALIDITY the caller tracks, and
message bodies are fetched with BODY.PEEK so syncing never marks mail as read.
"""

from __future__ import annotations

import logging
import re
import ssl
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

import imaplib2

from connectors import FetchedMessage, is_loopback

log = logging.getLogger(__name__)
# imaplib2 still calls threading's old camelCase names; that is its business, not a fault here.
warnings.filterwarnings("ignore", category=DeprecationWarning, module="imaplib2.*")

_UID = re.compile(rb"UID (\d+)")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")
_UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")
# Characters IMAP does not allow in a keyword (atom-specials), replaced so any label is storable.
_NOT_ATOM = re.compile(r'[(){ %*"\\\]\x00-\x1f\x7f]')


class ImapError(RuntimeError):
    """The server refused a command or the connection broke; the worker reconnects."""


@dataclass(frozen=True)
class ImapAccount:
    host: str
    port: int
    user: str
    password: str
    security: str  # "tls" | "starttls" | "plain"
    folders: tuple[str, ...] = ("INBOX",)
    sent_folder: str | None = None

    @property
    def source(self) -> str:
        """The name messages from this account are stored under."""
        return f"imap://{self.user}@{self.host}:{self.port}"[:200]


def parse_imap_url(url: str, folders: str | Sequence[str] | None = None) -> ImapAccount:
    """`imaps://user:pass@host:993/INBOX` (TLS) or `imap://…` (STARTTLS; plain on loopback).

    Folders come from the URL path and from `folders` (comma-separated), in that order.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("imap", "imaps"):
        raise ValueError(f"not an IMAP URL: {scheme}://…")
    if not parts.hostname:
        raise ValueError("the IMAP URL names no host")
    if parts.username is None or parts.password is None:
        raise ValueError("the IMAP URL needs user:password@host")
    host = parts.hostname
    if scheme == "imaps":
        security, port = "tls", parts.port or 993
    else:
        security, port = ("plain" if is_loopback(host) else "starttls"), parts.port or 143
    wanted: list[str] = []
    path = unquote(parts.path.lstrip("/"))
    if path:
        wanted.append(path)
    extra = folders.split(",") if isinstance(folders, str) else list(folders or [])
    for name in extra:
        name = name.strip()
        if name and name not in wanted:
            wanted.append(name)
    return ImapAccount(
        host=host,
        port=port,
        user=unquote(parts.username),
        password=unquote(parts.password),
        security=security,
        folders=tuple(wanted or ["INBOX"]),
    )


def _verified_wrap(self: imaplib2.IMAP4) -> None:
    """TLS with certificate and host name checks (imaplib2's own default checks neither)."""
    context = ssl.create_default_context()
    self.sock = context.wrap_socket(self.sock, server_hostname=self.host)
    self.read_fd = self.sock.fileno()


class _VerifiedImap(imaplib2.IMAP4):
    ssl_wrap_socket = _verified_wrap


class _VerifiedImapSSL(imaplib2.IMAP4_SSL):
    ssl_wrap_socket = _verified_wrap


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def keyword(label: str) -> str:
    """A label as an IMAP keyword ("AR/Disputes" stays; spaces and specials become "_")."""
    return _NOT_ATOM.sub("_", label.strip()) or "_"


@dataclass
class ImapMailbox:
    """One logged-in connection; not thread-safe, one per loop."""

    account: ImapAccount
    timeout: float = 60.0
    conn: imaplib2.IMAP4 | None = None
    selected: str | None = None
    capabilities: frozenset[str] = field(default_factory=frozenset)
    # Move each triaged message into the folder of its "AR/…" label (AR_IMAP_MOVE).
    move_labelled: bool = False

    @property
    def source(self) -> str:
        return self.account.source

    # --- connection -------------------------------------------------------------------------
    def connect(self) -> ImapMailbox:
        acc = self.account
        if acc.security == "plain" and not is_loopback(acc.host):
            raise ValueError("plain IMAP is allowed only to a loopback host; use imaps:// or STARTTLS")
        try:
            if acc.security == "tls":
                conn = _VerifiedImapSSL(acc.host, acc.port, timeout=self.timeout)
            else:
                conn = _VerifiedImap(acc.host, acc.port, timeout=self.timeout)
                if acc.security == "starttls":
                    conn.starttls()
            conn.login(acc.user, acc.password)
        except (imaplib2.IMAP4.error, OSError) as exc:
            raise ImapError(f"IMAP login to {acc.host}:{acc.port} failed: {exc}") from exc
        self.conn = conn
        self.selected = None
        self.capabilities = frozenset(c.upper() for c in conn.capabilities)
        log.info("imap connected host=%s port=%s security=%s", acc.host, acc.port, acc.security)
        return self

    def close(self) -> None:
        if self.conn is None:
            return
        try:
            self.conn.logout()
        except Exception:  # noqa: BLE001 - closing a broken connection is best effort
            pass
        self.conn = None
        self.selected = None

    def __enter__(self) -> ImapMailbox:
        return self.connect() if self.conn is None else self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _c(self) -> imaplib2.IMAP4:
        if self.conn is None:
            raise ImapError("not connected")
        return self.conn

    def _ok(self, result: tuple[str, list], what: str) -> list:
        typ, data = result
        if typ != "OK":
            raise ImapError(f"{what} refused: {data!r}")
        return data

    def _run(self, what: str, fn, *args):  # type: ignore[no-untyped-def]
        try:
            return self._ok(fn(*args), what)
        except imaplib2.IMAP4.abort as exc:
            self.conn = None
            raise ImapError(f"connection lost during {what}: {exc}") from exc
        except imaplib2.IMAP4.error as exc:
            raise ImapError(f"{what} failed: {exc}") from exc
        except OSError as exc:
            self.conn = None
            raise ImapError(f"connection lost during {what}: {exc}") from exc

    # --- folders ----------------------------------------------------------------------------
    def select(self, folder: str) -> int:
        """Select a folder for reading and flag changes; returns its UIDVALIDITY."""
        c = self._c()
        self._run(f"SELECT {folder}", c.select, _quote(folder))
        self.selected = folder
        _, data = c.response("UIDVALIDITY")
        value = data[0] if data and data[0] is not None else None
        if value is None:
            data = self._run("STATUS", c.status, _quote(folder), "(UIDVALIDITY)")
            match = _UIDVALIDITY.search(data[0] if isinstance(data[0], bytes) else str(data[0]).encode())
            if match is None:
                raise ImapError(f"server gave no UIDVALIDITY for {folder}")
            return int(match.group(1))
        return int(value)

    def folder_name(self, path: str) -> str:
        """A "/"-separated folder path (AR/Disputes) in this server's hierarchy delimiter."""
        c = self._c()
        data = self._run("LIST delimiter", c.list, '""', '""')
        match = re.search(rb'\) "(.)"', data[0] or b"") if data else None
        delimiter = match.group(1).decode() if match else "/"
        return path.replace("/", delimiter)

    def ensure_folder(self, folder: str) -> None:
        c = self._c()
        data = self._run("LIST", c.list, '""', _quote(folder))
        if any(item for item in data if item):
            return
        self._run(f"CREATE {folder}", c.create, _quote(folder))

    def delete_folder(self, folder: str) -> None:
        c = self._c()
        if self.selected == folder:
            self._run("CLOSE", c.close)
            self.selected = None
        self._run(f"DELETE {folder}", c.delete, _quote(folder))

    def sent_folder(self) -> str:
        """The account's Sent folder: configured, else the one marked \\Sent, else "Sent"."""
        if self.account.sent_folder:
            return self.account.sent_folder
        c = self._c()
        for item in self._run("LIST", c.list, '""', "*"):
            if not isinstance(item, bytes) or b"\\Sent" not in item:
                continue
            name = item.rsplit(b" ", 1)[-1].strip().strip(b'"')
            return name.decode("utf-8", "replace")
        return "Sent"

    # --- reading ----------------------------------------------------------------------------
    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above `last_uid` in the selected folder, ascending (only numbers, never bodies)."""
        c = self._c()
        data = self._run("UID SEARCH", c.uid, "SEARCH", f"UID {last_uid + 1}:*")
        uids = sorted({int(x) for chunk in data if chunk for x in chunk.split()})
        # "n:*" always matches the highest UID, even when it is below n.
        return [u for u in uids if u > last_uid]

    def _fetch(self, uids: Sequence[int], items: str) -> list[tuple[bytes, bytes | None]]:
        c = self._c()
        data = self._run("UID FETCH", c.uid, "FETCH", ",".join(str(u) for u in uids), items)
        out: list[tuple[bytes, bytes | None]] = []
        for item in data:
            if isinstance(item, tuple):
                out.append((item[0], item[1]))
            elif isinstance(item, bytes) and b"UID" in item:
                out.append((item, None))
        return out

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        sizes: dict[int, int] = {}
        for head, _ in self._fetch(uids, "(UID RFC822.SIZE)"):
            uid, size = _UID.search(head), _SIZE.search(head)
            if uid and size:
                sizes[int(uid.group(1))] = int(size.group(1))
        return sizes

    def fetch(self, uids: Sequence[int], *, max_bytes: int | None = None) -> list[FetchedMessage]:
        """The raw bytes of these messages; an oversized one comes back as its header only."""
        if not uids:
            return []
        sizes = self.sizes(uids)
        whole = [u for u in uids if u in sizes and (max_bytes is None or sizes[u] <= max_bytes)]
        heads = [u for u in uids if u in sizes and u not in whole]
        got: dict[int, FetchedMessage] = {}
        if whole:
            for head, body in self._fetch(whole, "(UID BODY.PEEK[])"):
                uid = _UID.search(head)
                if uid and body is not None:
                    n = int(uid.group(1))
                    got[n] = FetchedMessage(uid=n, raw=body, size=sizes.get(n, len(body)))
        if heads:
            for head, body in self._fetch(heads, "(UID BODY.PEEK[HEADER])"):
                uid = _UID.search(head)
                if uid and body is not None:
                    n = int(uid.group(1))
                    got[n] = FetchedMessage(uid=n, raw=body, size=sizes[n], truncated=True)
        # A message expunged between SEARCH and FETCH is simply absent.
        return [got[u] for u in uids if u in got]

    def message_ids(self, uids: Sequence[int]) -> dict[int, bytes]:
        """The Message-ID header block of each UID (cheap: a resync skips known mail with it)."""
        out: dict[int, bytes] = {}
        if not uids:
            return out
        for head, body in self._fetch(uids, "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])"):
            uid = _UID.search(head)
            if uid:
                out[int(uid.group(1))] = body or b""
        return out

    def search_header(self, folder: str, name: str, value: str) -> list[int]:
        """UIDs in `folder` whose header `name` contains `value`."""
        self.select(folder)
        c = self._c()
        data = self._run("UID SEARCH", c.uid, "SEARCH", "HEADER", name, _quote(value))
        return sorted({int(x) for chunk in data if chunk for x in chunk.split()})

    # --- push -------------------------------------------------------------------------------
    def idle(self, timeout: float) -> bool:
        """Wait in IDLE until the server reports a change or `timeout` passes.

        Returns False when the server has no IDLE, so the caller polls instead.
        """
        if "IDLE" not in self.capabilities:
            return False
        c = self._c()
        try:
            c.idle(timeout=timeout)
        except imaplib2.IMAP4.abort as exc:
            self.conn = None
            raise ImapError(f"connection lost during IDLE: {exc}") from exc
        except OSError as exc:
            self.conn = None
            raise ImapError(f"connection lost during IDLE: {exc}") from exc
        return True

    # --- writing ----------------------------------------------------------------------------
    def add_keywords(self, uid: int, labels: Sequence[str]) -> None:
        if not labels:
            return
        flags = " ".join(dict.fromkeys(keyword(x) for x in labels))
        c = self._c()
        self._run("UID STORE", c.uid, "STORE", str(uid), "+FLAGS.SILENT", f"({flags})")

    def add_keywords_many(self, uids: Sequence[int], labels: Sequence[str]) -> None:
        if not labels or not uids:
            return
        flags = " ".join(dict.fromkeys(keyword(x) for x in labels))
        c = self._c()
        for start in range(0, len(uids), 500):
            chunk = ",".join(str(u) for u in uids[start : start + 500])
            self._run("UID STORE", c.uid, "STORE", chunk, "+FLAGS.SILENT", f"({flags})")

    def flags(self, uid: int) -> set[str]:
        out: set[str] = set()
        for head, _ in self._fetch([uid], "(UID FLAGS)"):
            match = re.search(rb"FLAGS \(([^)]*)\)", head)
            if match:
                out.update(x.decode() for x in match.group(1).split())
        return out

    def move(self, uid: int, folder: str) -> None:
        """Move one message to another folder (MOVE, or COPY + expunge on older servers)."""
        c = self._c()
        self.ensure_folder(folder)
        if self.selected is None:
            raise ImapError("no folder selected")
        if "MOVE" in self.capabilities:
            self._run("UID MOVE", c.uid, "MOVE", str(uid), _quote(folder))
            return
        self._run("UID COPY", c.uid, "COPY", str(uid), _quote(folder))
        self._run("UID STORE", c.uid, "STORE", str(uid), "+FLAGS.SILENT", r"(\Deleted)")
        if "UIDPLUS" in self.capabilities:
            self._run("UID EXPUNGE", c.uid, "EXPUNGE", str(uid))
        else:
            self._run("EXPUNGE", c.expunge)

    def append(self, folder: str, raw: bytes, *, flags: str = r"(\Seen)") -> None:
        self.ensure_folder(folder)
        c = self._c()
        self._run(f"APPEND {folder}", c.append, _quote(folder), flags, None, raw)
