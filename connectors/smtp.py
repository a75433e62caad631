"""Outbound mail: delivers outbox rows, each once, in the customer's thread.

Transports: SMTP (`smtps://`, `smtp+starttls://user:pass@host:587`, plain `smtp://` only to a
loopback host) or, when no SMTP server is configured, a file outbox under the data dir that
writes one .eml per message. Both are idempotent on our Message-ID as far as each protocol
allows:

* the attempt is committed (`sending`) before the transport is touched;
* a row left `sending` by a crash becomes `uncertain` and is looked up by Message-ID (IMAP
  Sent folder, or the outbox directory) before anything is sent again;
* a temporary 4xx answer is retried on the backoff schedule, a permanent 5xx answer fails the
  row with the server's words.
"""

from __future__ import annotations

import base64
import logging
import mimetypes
import os
import re
import smtplib
import ssl
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, getaddresses
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

from sqlalchemy.orm import Session, sessionmaker

from connectors import is_loopback
from ledger import outbox
from ledger.db import transaction
from ledger.models import Outbox

log = logging.getLogger(__name__)


class PermanentFailure(Exception):
    """The server refused for good (5xx); the answer is kept on the row."""


class TemporaryFailure(Exception):
    """The server or network said "not now" (4xx, connection trouble); retried later."""


class Uncertain(Exception):
    """The message may or may not have left (connection lost after DATA)."""


class Transport(Protocol):
    name: str

    def deliver(self, row: Outbox, raw: bytes) -> None: ...

    def already_delivered(self, row: Outbox) -> bool | None:
        """True/False when the transport itself can tell; None when it cannot."""
        ...


# --- building the message ------------------------------------------------------------------
def _bracket(ident: str) -> str:
    return f"<{ident.strip('<>')}>"


def build_message(row: Outbox, *, data_dir: Path | None = None) -> EmailMessage:
    """The email for an outbox row: our Message-ID, and threaded under the customer's message."""
    msg = EmailMessage()
    msg["From"] = row.from_addr
    msg["To"] = row.to_addr
    if row.cc:
        msg["Cc"] = ", ".join(row.cc)
    msg["Subject"] = row.subject
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = _bracket(row.message_id)
    if row.in_reply_to:
        msg["In-Reply-To"] = _bracket(row.in_reply_to)
    if row.references:
        msg["References"] = " ".join(_bracket(r) for r in row.references)
    msg.set_content(row.body)
    for item in row.attachments or []:
        spec = outbox.OutboundAttachment.model_validate(item)
        if spec.content_base64 is not None:
            payload = base64.b64decode(spec.content_base64)
        elif spec.path is not None:
            path = Path(spec.path)
            if not path.is_absolute() and data_dir is not None:
                path = data_dir / path
            payload = path.read_bytes()
        else:
            continue
        ctype = spec.content_type or mimetypes.guess_type(spec.filename)[0] or "application/octet-stream"
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(payload, maintype=maintype, subtype=subtype or "octet-stream", filename=spec.filename)
    return msg


def recipients(row: Outbox) -> list[str]:
    return [addr for _, addr in getaddresses([row.to_addr, *row.cc]) if addr]


# --- SMTP -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    security: str  # "tls" | "starttls" | "plain"
    user: str | None = None
    password: str | None = None
    timeout: float = 60.0


def parse_smtp_url(url: str) -> SmtpServer:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = parts.hostname
    if not host:
        raise ValueError("the SMTP URL names no host")
    if scheme == "smtps":
        security, port = "tls", parts.port or 465
    elif scheme == "smtp+starttls":
        security, port = "starttls", parts.port or 587
    elif scheme == "smtp":
        if not is_loopback(host):
            raise ValueError("plain smtp:// is allowed only to a loopback host; use smtps:// or smtp+starttls://")
        security, port = "plain", parts.port or 25
    else:
        raise ValueError(f"not an SMTP URL: {scheme}://…")
    return SmtpServer(
        host=host,
        port=port,
        security=security,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
    )


def _answer(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {words}".strip()


@dataclass
class SmtpTransport:
    server: SmtpServer
    name: str = "smtp"

    def _connect(self) -> smtplib.SMTP:
        s = self.server
        context = ssl.create_default_context()
        if s.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=context)
        else:
            client = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            if s.security == "starttls":
                client.starttls(context=context)
        if s.user:
            client.login(s.user, s.password or "")
        return client

    def deliver(self, row: Outbox, raw: bytes) -> None:
        to = recipients(row)
        try:
            client = self._connect()
        except smtplib.SMTPAuthenticationError as exc:
            raise TemporaryFailure(_answer(exc.smtp_code, exc.smtp_error)) from exc
        except smtplib.SMTPResponseException as exc:
            raise TemporaryFailure(_answer(exc.smtp_code, exc.smtp_error)) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryFailure(f"cannot reach {self.server.host}:{self.server.port}: {exc}") from exc
        try:
            refused = client.sendmail(_envelope_from(row.from_addr), to, raw)
        except smtplib.SMTPRecipientsRefused as exc:
            answers = [_answer(code, text) for code, text in exc.recipients.values()]
            if all(code >= 500 for code, _ in exc.recipients.values()):
                raise PermanentFailure("; ".join(answers)) from exc
            raise TemporaryFailure("; ".join(answers)) from exc
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            answer = _answer(exc.smtp_code, exc.smtp_error)
            if exc.smtp_code >= 500:
                raise PermanentFailure(answer) from exc
            raise TemporaryFailure(answer) from exc
        except smtplib.SMTPServerDisconnected as exc:
            # After DATA we cannot know whether the server took it.
            raise Uncertain(f"connection lost while sending: {exc}") from exc
        except smtplib.SMTPResponseException as exc:
            answer = _answer(exc.smtp_code, exc.smtp_error)
            if exc.smtp_code >= 500:
                raise PermanentFailure(answer) from exc
            raise TemporaryFailure(answer) from exc
        except OSError as exc:
            raise Uncertain(f"network error while sending: {exc}") from exc
        finally:
            try:
                client.quit()
            except Exception:  # noqa: BLE001 - the message is already decided
                client.close()
        if refused:
            log.warning("outbox=%s some recipients refused: %s", row.id, sorted(refused))

    def already_delivered(self, row: Outbox) -> bool | None:
        return None


def _envelope_from(from_addr: str) -> str:
    return getaddresses([from_addr])[0][1] or from_addr


# --- file outbox ------------------------------------------------------------------------------
_UNSAFE = re.compile(r"[^A-Za-z0-9._@+-]")


@dataclass
class FileTransport:
    """Writes each message once to `<dir>/<Message-ID>.eml` (atomic rename; never overwritten)."""

    directory: Path
    name: str = "file"

    def path_for(self, row: Outbox) -> Path:
        return self.directory / f"{_UNSAFE.sub('_', row.message_id)}.eml"

    def deliver(self, row: Outbox, raw: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.path_for(row)
        if target.exists():
            return
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".eml")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
            # link() fails if the name exists, so two senders can never both write it.
            try:
                os.link(tmp, target)
            except FileExistsError:
                pass
        finally:
            os.unlink(tmp)

    def already_delivered(self, row: Outbox) -> bool | None:
        return self.path_for(row).exists()


# --- the Sent folder --------------------------------------------------------------------------
class SentFolder(Protocol):
    def open(self) -> None: ...

    def contains(self, message_id: str) -> bool: ...

    def add(self, raw: bytes) -> None: ...


@dataclass
class ImapSentFolder:
    """The IMAP account's Sent folder, opened per delivery pass."""

    open_mailbox: Callable[[], object]
    _box: object | None = field(default=None, repr=False)

    def _mailbox(self):  # type: ignore[no-untyped-def]
        if self._box is None or getattr(self._box, "conn", None) is None:
            self._box = self.open_mailbox()
        return self._box

    def open(self) -> None:
        self._mailbox()

    def contains(self, message_id: str) -> bool:
        box = self._mailbox()
        folder = box.sent_folder()
        box.ensure_folder(folder)
        return bool(box.search_header(folder, "Message-ID", message_id.strip("<>")))

    def add(self, raw: bytes) -> None:
        box = self._mailbox()
        box.append(box.sent_folder(), raw)

    def close(self) -> None:
        if self._box is not None:
            self._box.close()  # type: ignore[attr-defined]
            self._box = None


# --- delivery ---------------------------------------------------------------------------------
@dataclass
class DeliveryReport:
    sent: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)
    uncertain: list[int] = field(default_factory=list)
    reconciled: list[int] = field(default_factory=list)


def reconcile(sessions: sessionmaker[Session], transport: Transport, sent: SentFolder | None,
              report: DeliveryReport) -> None:
    """Decide every `uncertain` row: found in Sent (or the file outbox) means it left."""
    with transaction(sessions) as session:
        rows = outbox.uncertain(session)
        ids = [(r.id, r.message_id) for r in rows]
    for row_id, message_id in ids:
        with transaction(sessions) as session:
            row = outbox.get(session, row_id)
            if row.status != "uncertain":
                continue
            found = transport.already_delivered(row)
            where = transport.name
            if found is None and sent is not None:
                try:
                    found = sent.contains(message_id)
                    where = "the Sent folder"
                except Exception as exc:  # noqa: BLE001 - leave it uncertain, try next pass
                    log.warning("outbox=%s message_id=<%s> Sent folder lookup failed: %s", row_id, message_id, exc)
                    report.uncertain.append(row_id)
                    continue
            if found:
                outbox.mark_sent(session, row, note=f"found in {where} after an interrupted attempt")
                log.info("reconciled outbox=%s message_id=<%s> found in %s", row_id, message_id, where)
                report.reconciled.append(row_id)
            elif found is False:
                outbox.release_for_retry(session, row, f"not found in {where}; sending again")
                log.info("reconciled outbox=%s message_id=<%s> not found in %s, queued again", row_id,
                         message_id, where)
            else:
                # No way to look: sending again could duplicate, so a person decides.
                log.warning("outbox=%s message_id=<%s> uncertain and no Sent folder to check", row_id, message_id)
                report.uncertain.append(row_id)


def deliver_once(
    sessions: sessionmaker[Session],
    transport: Transport,
    *,
    sent: SentFolder | None = None,
    data_dir: Path | None = None,
    limit: int = 50,
    now=None,  # type: ignore[no-untyped-def]
) -> DeliveryReport:
    """One delivery pass: recover interrupted attempts, then send every due row once."""
    report = DeliveryReport()
    with transaction(sessions) as session:
        for row in outbox.expire_leases(session, now=now):
            log.warning("outbox=%s message_id=<%s> was interrupted mid-delivery; now uncertain", row.id,
                        row.message_id)
    reconcile(sessions, transport, sent, report)

    with transaction(sessions) as session:
        claimed = [r.id for r in outbox.claim_due(session, limit=limit, now=now)]
    for row_id in claimed:
        _attempt(sessions, transport, sent, row_id, data_dir, report)
    return report


def _attempt(sessions: sessionmaker[Session], transport: Transport, sent: SentFolder | None, row_id: int,
             data_dir: Path | None, report: DeliveryReport) -> None:
    with sessions() as session:
        row = outbox.get(session, row_id)
        session.expunge(row)
    try:
        raw = build_message(row, data_dir=data_dir).as_bytes()
    except Exception as exc:  # noqa: BLE001 - a broken row must not stop the others
        with transaction(sessions) as session:
            outbox.mark_failed(session, outbox.get(session, row_id), f"cannot build the message: {exc}")
        report.failed.append(row_id)
        return
    if sent is not None:
        try:
            # Log in to the Sent folder before talking to SMTP: between the server's accept and
            # the Sent copy (what reconciliation looks for) only the APPEND itself should remain.
            sent.open()
        except Exception as exc:  # noqa: BLE001 - delivery does not depend on the copy
            log.warning("outbox=%s Sent folder unavailable before sending: %s", row_id, exc)
    try:
        transport.deliver(row, raw)
    except PermanentFailure as exc:
        with transaction(sessions) as session:
            outbox.mark_failed(session, outbox.get(session, row_id), str(exc))
        log.warning("failed outbox=%s message_id=<%s> answer=%s", row_id, row.message_id, exc)
        report.failed.append(row_id)
        return
    except TemporaryFailure as exc:
        with transaction(sessions) as session:
            live = outbox.get(session, row_id)
            outbox.mark_temporary_failure(session, live, str(exc))
            status, when = live.status, live.next_attempt_at
        log.info("deferred outbox=%s message_id=<%s> status=%s next=%s answer=%s", row_id, row.message_id,
                 status, when.isoformat(), exc)
        (report.failed if status == "failed" else report.deferred).append(row_id)
        return
    except Uncertain as exc:
        with transaction(sessions) as session:
            outbox.mark_uncertain(session, outbox.get(session, row_id), str(exc))
        log.warning("uncertain outbox=%s message_id=<%s> %s", row_id, row.message_id, exc)
        report.uncertain.append(row_id)
        return
    # Accepted. The Sent copy comes before the database update: it is what reconciliation
    # looks for if we die before the row says `sent`.
    note = None
    if sent is not None:
        try:
            sent.add(raw)
        except Exception as exc:  # noqa: BLE001 - delivered anyway; only the copy is missing
            note = f"delivered; copy to the Sent folder failed: {exc}"
            log.warning("outbox=%s message_id=<%s> %s", row_id, row.message_id, note)
    with transaction(sessions) as session:
        outbox.mark_sent(session, outbox.get(session, row_id), note=note)
    log.info("sent outbox=%s message_id=<%s> via=%s", row_id, row.message_id, transport.name)
    report.sent.append(row_id)


def transport_for(smtp_url: str | None, file_outbox: Path) -> Transport:
    if smtp_url:
        return SmtpTransport(parse_smtp_url(smtp_url))
    return FileTransport(file_outbox)
