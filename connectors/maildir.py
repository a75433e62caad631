"""The demo mailbox: a local Maildir read through the same pipeline as IMAP.

A Maildir has no UIDs, so each file gets a stable one from its unique name (the part before
the ":2," flags), hashed to 63 bits. The files are never moved or renamed: the demo mailbox is
read-only input, and the database alone remembers what was stored, so re-runs store nothing
twice.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from connectors import FetchedMessage

log = logging.getLogger(__name__)


def file_uid(name: str) -> int:
    unique = name.split(":", 1)[0]
    return int.from_bytes(hashlib.sha256(unique.encode("utf-8", "surrogateescape")).digest()[:8], "big") >> 1


@dataclass
class MaildirMailbox:
    root: Path
    folders: tuple[str, ...] = ("INBOX",)
    _paths: dict[str, dict[int, Path]] = field(default_factory=dict)
    selected: str | None = None
    # UIDs here are hashes, not an ascending counter: the sync checks each against the database.
    uses_uid_cursor: bool = False

    @property
    def source(self) -> str:
        path = str(self.root.resolve())
        name = f"maildir:{path}"
        if len(name) > 200:
            name = f"maildir:{hashlib.sha256(path.encode()).hexdigest()[:32]}"
        return name

    def connect(self) -> MaildirMailbox:
        if not self.root.is_dir():
            raise FileNotFoundError(f"no Maildir at {self.root}")
        return self

    def close(self) -> None:
        self._paths.clear()

    def _folder_dir(self, folder: str) -> Path:
        # Maildir++: INBOX is the root, other folders are ".Name" beside cur/new/tmp.
        return self.root if folder == "INBOX" else self.root / f".{folder}"

    def select(self, folder: str) -> int:
        """Index the folder's files; the UIDVALIDITY of a Maildir is always 1."""
        base = self._folder_dir(folder)
        index: dict[int, Path] = {}
        for sub in ("new", "cur"):
            directory = base / sub
            if not directory.is_dir():
                continue
            with os.scandir(directory) as entries:
                for entry in entries:
                    if entry.is_file() and not entry.name.startswith("."):
                        index[file_uid(entry.name)] = Path(entry.path)
        # Maildir names start with the delivery time, so sorting by name is arrival order.
        self._paths[folder] = dict(sorted(index.items(), key=lambda kv: kv[1].name))
        self.selected = folder
        return 1

    def uids_after(self, last_uid: int) -> list[int]:
        """Every file's UID, in arrival order (the caller skips those already stored)."""
        return list(self._paths.get(self.selected or "", {}))

    def fetch(self, uids: Sequence[int], *, max_bytes: int | None = None) -> list[FetchedMessage]:
        paths = self._paths.get(self.selected or "", {})
        out: list[FetchedMessage] = []
        for uid in uids:
            path = paths.get(uid)
            if path is None:
                continue
            try:
                size = path.stat().st_size
                if max_bytes is not None and size > max_bytes:
                    out.append(FetchedMessage(uid=uid, raw=_read_header(path), size=size, truncated=True))
                else:
                    out.append(FetchedMessage(uid=uid, raw=path.read_bytes(), size=size))
            except FileNotFoundError:
                # Another program moved it (new/ to cur/); it is picked up on the next pass.
                continue
        return out

    def message_ids(self, uids: Sequence[int]) -> dict[int, bytes]:
        return {}

    def add_keywords(self, uid: int, labels: Sequence[str]) -> None:
        """Labels stay in the database for the demo mailbox; the files are not touched."""

    def idle(self, timeout: float, stop: threading.Event | None = None) -> bool:
        return False


def _read_header(path: Path, limit: int = 256 * 1024) -> bytes:
    with path.open("rb") as fh:
        head = fh.read(limit)
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = head.find(sep)
        if end >= 0:
            return head[: end + len(sep)]
    return head
