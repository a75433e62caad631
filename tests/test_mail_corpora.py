"""Every real-world fixture in the shared corpora is cleaned or refused with a reason.

`shared/corpora/mime/` holds 1,100+ messages copied from mail-parsing projects (bounces from
74 MTA families, broken charsets, truncated MIME, TNEF, pathological nesting);
`shared/corpora/replies/` holds reply bodies from reply-parsing projects. Nothing may raise
anything but `UnreadableMessage`, and nothing may hang: each message gets a few seconds.
"""

from __future__ import annotations

import json
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest

from agent.cleaning import CleanMessage, UnreadableMessage, clean_message

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora"
PER_MESSAGE_SECONDS = 5

pytestmark = pytest.mark.skipif(
    not (CORPORA / "mime" / "manifest.jsonl").exists(),
    reason=f"shared corpora not found at {CORPORA}",
)


class TookTooLong(Exception):
    pass


@contextmanager
def time_limit(seconds: int):
    def _alarm(signum, frame):
        raise TookTooLong(f"over {seconds}s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _clean_or_refuse(raw: bytes) -> CleanMessage | None:
    with time_limit(PER_MESSAGE_SECONDS):
        try:
            return clean_message(raw)
        except UnreadableMessage as exc:
            assert str(exc), "a refusal must carry a reason"
            return None


def _manifest() -> list[dict]:
    path = CORPORA / "mime" / "manifest.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _reply_fixtures() -> list[Path]:
    root = CORPORA / "replies"
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != "SOURCES.md")


def _as_message(path: Path) -> bytes:
    """Reply fixtures are mostly bare bodies; give them the headers a mailbox would."""
    raw = path.read_bytes()
    if path.suffix == ".eml":
        return raw
    kind = b"text/html" if path.suffix == ".html" else b"text/plain"
    return (
        b"From: Customer <ap@customer.example>\r\nTo: ar@ourco.example\r\nSubject: Re: Invoice\r\n"
        b"Date: Tue, 01 Dec 2026 10:15:00 +0100\r\nContent-Type: " + kind
        + b"; charset=utf-8\r\n\r\n" + raw
    )


def test_every_mime_fixture_is_cleaned_or_refused_with_a_reason():
    entries = _manifest()
    assert len(entries) > 1000
    cleaned = 0
    failures: list[str] = []
    for entry in entries:
        raw = (CORPORA / entry["path"]).read_bytes()
        try:
            if _clean_or_refuse(raw) is not None:
                cleaned += 1
        except Exception as exc:  # noqa: BLE001 - collect every failure, then report them all
            failures.append(f"{entry['path']}: {type(exc).__name__}: {exc}")
    assert not failures, "\n".join(failures[:20])
    # The corpus is real mail: almost all of it must be usable, not refused.
    assert cleaned >= len(entries) - 5


def test_rfc3834_vacation_messages_are_auto_replies():
    entries = [e for e in _manifest() if e["kind"] == "auto_reply"]
    assert entries
    for entry in entries:
        result = _clean_or_refuse((CORPORA / entry["path"]).read_bytes())
        assert result is not None and result.auto_reply, entry["path"]


def test_delivery_reports_are_never_read_as_a_person_writing():
    entries = [e for e in _manifest() if e["kind"] == "bounce"]
    missed = []
    for entry in entries:
        result = _clean_or_refuse((CORPORA / entry["path"]).read_bytes())
        if result is not None and not result.auto_reply:
            missed.append(entry["path"])
    # A few provider notices carry no machine-readable marker at all.
    assert len(missed) <= len(entries) // 10, missed[:20]


def test_every_reply_fixture_is_cleaned_or_refused_both_raw_and_as_a_message():
    fixtures = _reply_fixtures()
    assert fixtures
    for path in fixtures:
        _clean_or_refuse(path.read_bytes())
        assert _clean_or_refuse(_as_message(path)) is not None, path


def test_reply_text_where_the_fixture_states_it():
    # talon's standard replies all answer "Hello" above the client's own quote header.
    standard = sorted((CORPORA / "replies" / "talon" / "standard_replies").glob("*.eml"))
    assert standard
    for path in standard:
        result = _clean_or_refuse(path.read_bytes())
        assert result is not None
        assert result.new_text == "Hello", path.name
        assert result.quoted_text, path.name

    # crisp's multilingual fixtures reply with "Fusce bibendum …" and quote "Etiam non …".
    checked = 0
    for path in sorted((CORPORA / "replies" / "crisp").glob("*.txt")):
        body = path.read_text(encoding="utf-8", errors="replace")
        if not (body.startswith("Fusce bibendum") and "Etiam non sagittis" in body):
            continue
        result = _clean_or_refuse(_as_message(path))
        assert result is not None
        assert result.new_text.startswith("Fusce bibendum"), path.name
        assert "Etiam non sagittis" not in result.new_text, path.name
        checked += 1
    assert checked >= 10
