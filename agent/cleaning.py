"""From raw message bytes to what the sender actually wrote.

Every inbound message passes through `clean_message` before anything reads it: the IMAP
worker, the offline reader and the evaluation runner all rely on the same split of new text,
quoted thread and signature, the same auto-reply verdict and the same thread key. Broken mail
is the norm, so this never raises on a message it can partly read; it records what went wrong
in `defects`. Only a message with nothing usable raises `UnreadableMessage`, which callers
quarantine with the exception text as the reason.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timezone
from email.message import Message
from email.utils import parsedate_to_datetime
from typing import Callable, TypeVar

from pydantic import BaseModel

from agent import autoreply, mime_text, quoting


class UnreadableMessage(ValueError):
    """The bytes are not a message we can use at all (empty, no headers, too large)."""


class Attachment(BaseModel):
    filename: str | None
    content_type: str
    size: int
    sha256: str
    is_pdf: bool
    inline: bool


class CleanMessage(BaseModel):
    message_id: str | None
    in_reply_to: str | None
    references: list[str]
    thread_key: str
    subject: str
    from_addr: str | None
    from_name: str | None
    to: list[str]
    cc: list[str]
    reply_to: str | None
    date: datetime | None
    new_text: str
    quoted_text: str
    signature: str
    auto_reply: bool
    auto_reply_kind: str | None
    return_date: date | None
    language: str | None
    html_only: bool
    attachments: list[Attachment]
    defects: list[str]


T = TypeVar("T")
_MSGID = re.compile(r"<([^<>\s]+)>")
_AUTO_HEADERS = ("auto-submitted", "x-autoreply", "x-autorespond", "x-autoresponder",
                 "precedence", "x-auto-reply", "x-mail-autoreply")


def clean_message(raw: bytes, *, max_bytes: int | None = None) -> CleanMessage:
    """Parse, decode and split one raw RFC 5322 message."""
    msg, defects = _parse_checked(raw, max_bytes)

    message_id = _first_id(mime_text.header_text(msg, "message-id", defects))
    in_reply_to = _first_id(mime_text.header_text(msg, "in-reply-to", defects))
    references = _all_ids(" ".join(mime_text.header_all(msg, "references", defects)))
    thread_key = (
        (references[0] if references else None)
        or in_reply_to
        or message_id
        or hashlib.sha256(raw).hexdigest()
    )
    subject = mime_text.header_text(msg, "subject", defects) or ""
    senders = mime_text.addresses(msg, "from", defects)
    from_name, from_addr = senders[0] if senders else (None, None)
    reply_tos = mime_text.addresses(msg, "reply-to", defects)
    sent = _date(msg, defects)

    body = _guarded(defects, "MIME structure", lambda: mime_text.extract(msg, defects),
                    mime_text.Body())
    text, html_only = _guarded(defects, "body text", lambda: _body_text(body, defects), ("", False))
    new_text, quoted_text = _guarded(defects, "quote detection",
                                     lambda: quoting.split_quoted(text), (text, ""))
    new_text, signature = _guarded(defects, "signature detection",
                                   lambda: quoting.split_signature(new_text, from_name or None),
                                   (new_text, ""))
    language = guess_language(new_text or subject)

    headers = {}
    for name in _AUTO_HEADERS:
        value = mime_text.header_text(msg, name, defects)
        if value is not None:
            headers[name] = value
    verdict = _guarded(
        defects, "auto-reply detection",
        lambda: autoreply.detect(headers, subject, new_text, quoted_text, from_addr,
                                 _content_type(msg), sent, language),
        autoreply.AutoReplyVerdict(),
    )

    return CleanMessage(
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        thread_key=thread_key,
        subject=subject,
        from_addr=from_addr,
        from_name=from_name or None,
        to=[a for _, a in mime_text.addresses(msg, "to", defects)],
        cc=[a for _, a in mime_text.addresses(msg, "cc", defects)],
        reply_to=reply_tos[0][1] if reply_tos else None,
        date=sent,
        new_text=new_text,
        quoted_text=quoted_text,
        signature=signature,
        auto_reply=verdict.auto_reply,
        auto_reply_kind=verdict.kind,
        return_date=verdict.return_date,
        language=language,
        html_only=html_only,
        attachments=[_attachment(a) for a in body.attachments],
        defects=_dedupe(defects),
    )


def attachment_payloads(raw: bytes) -> list[tuple[Attachment, bytes]]:
    """Every attachment of a message with its decoded bytes, in MIME order."""
    msg, defects = _parse_checked(raw, None)
    body = mime_text.extract(msg, defects)
    return [(_attachment(a), a.payload) for a in body.attachments]


def _parse_checked(raw: bytes, max_bytes: int | None) -> tuple[Message, list[str]]:
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise UnreadableMessage(f"expected bytes, got {type(raw).__name__}")
    raw = bytes(raw)
    if max_bytes is not None and len(raw) > max_bytes:
        raise UnreadableMessage(f"message is {len(raw)} bytes, over the {max_bytes}-byte limit")
    if not raw.strip():
        raise UnreadableMessage("empty message")
    defects: list[str] = []
    msg, _modern = mime_text.parse(raw, defects)
    if not list(msg.keys()):
        raise UnreadableMessage("no headers: not an RFC 5322 message")
    return msg, defects


def _guarded(defects: list[str], what: str, step: Callable[[], T], fallback: T) -> T:
    # Mail can be broken in ways no rule foresaw; one failing step must not cost the message.
    try:
        return step()
    except RecursionError:
        defects.append(f"{what} failed: structure nested too deeply")
    except Exception as exc:  # noqa: BLE001
        defects.append(f"{what} failed: {type(exc).__name__}: {exc}"[:200])
    return fallback


def _first_id(value: str | None) -> str | None:
    if not value:
        return None
    ids = _all_ids(value)
    if ids:
        return ids[0]
    token = value.strip().strip("<>").strip()
    return token.split()[0] if token else None


def _all_ids(value: str) -> list[str]:
    seen: list[str] = []
    for mid in _MSGID.findall(value or ""):
        if mid not in seen:
            seen.append(mid)
    return seen


def _date(msg: Message, defects: list[str]) -> datetime | None:
    value = mime_text.header_text(msg, "date", defects)
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        defects.append(f"unparseable Date header {value[:60]!r}")
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        # "-0000" means "zone unknown"; UTC is the honest reading.
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def _content_type(msg: Message) -> str:
    try:
        return msg.get_content_type()
    except Exception:  # noqa: BLE001
        return "text/plain"


def _body_text(body: mime_text.Body, defects: list[str]) -> tuple[str, bool]:
    plain = "\n\n".join(t for t in body.plain if t.strip())
    if plain.strip():
        return _normalise(plain), False
    if body.html:
        text = "\n\n".join(mime_text.html_to_text(h, defects) for h in body.html)
        return _normalise(text), True
    return "", False


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text).replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _attachment(part: mime_text.AttachmentPart) -> Attachment:
    return Attachment(
        filename=part.filename,
        content_type=part.content_type,
        size=len(part.payload),
        sha256=part.sha256,
        is_pdf=part.is_pdf,
        inline=part.inline,
    )


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


_STOPWORDS = {
    "en": {"the", "and", "is", "are", "you", "we", "will", "have", "for", "this", "that",
           "please", "thank", "thanks", "with", "our", "your", "be", "of", "to", "it", "am"},
    "es": {"el", "los", "las", "que", "y", "en", "por", "para", "con", "una", "es", "gracias",
           "factura", "pago", "estoy", "hasta", "su", "del", "le", "saludos", "usted", "lo"},
    "fr": {"le", "les", "des", "et", "est", "pour", "vous", "nous", "une", "avec", "merci",
           "facture", "paiement", "je", "sur", "pas", "du", "au", "bonjour", "cordialement"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "sie", "wir", "ich", "mit", "für",
           "bitte", "danke", "rechnung", "zahlung", "ein", "eine", "im", "bis", "zu", "den"},
}
_WORD = re.compile(r"[a-zà-ÿß]+")


def guess_language(text: str) -> str | None:
    """en/es/fr/de by stop-word counts; None when the text is too short to tell."""
    words = _WORD.findall(text[:3000].lower())
    if len(words) < 3:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 2 or ranked[0] == ranked[1]:
        return None
    return best
