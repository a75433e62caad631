"""What the agent reads in a raw message: new text, quoted thread, signature, auto-replies.

`tests/mail_corpus/` holds raw messages as real clients send them (Outlook, Gmail, Apple Mail,
HTML-only, forwards, four languages, broken charsets, winmail.dat, bounces, truncated MIME);
`expected.json` says what the sender actually wrote in each and how it must be classified.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from agent.cleaning import (
    UnreadableMessage,
    attachment_payloads,
    clean_message,
    guess_language,
)
from agent.quoting import split_quoted, split_signature

CORPUS = Path(__file__).parent / "mail_corpus"
EXPECTED: dict[str, dict] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def test_corpus_is_large_and_complete():
    files = sorted(p.name for p in CORPUS.glob("*.eml"))
    assert len(files) >= 60
    assert sorted(EXPECTED) == files


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_message(name: str):
    expected = EXPECTED[name]
    raw = (CORPUS / name).read_bytes()
    if expected.get("unreadable"):
        with pytest.raises(UnreadableMessage) as info:
            clean_message(raw)
        assert str(info.value)
        return
    cleaned = clean_message(raw)
    if "new_text" in expected:
        assert cleaned.new_text == expected["new_text"]
    for fragment in expected.get("contains", []):
        assert fragment in cleaned.new_text
    for fragment in expected.get("excludes", []):
        assert fragment not in cleaned.new_text
    for fragment in expected.get("signature_contains", []):
        assert fragment in cleaned.signature
    if "signature" in expected:
        assert cleaned.signature == expected["signature"]
    for fragment in expected.get("quoted_contains", []):
        assert fragment in cleaned.quoted_text
    assert cleaned.auto_reply is expected["auto_reply"]
    if "auto_reply_kind" in expected:
        assert cleaned.auto_reply_kind == expected["auto_reply_kind"]
    if "return_date" in expected:
        wanted = expected["return_date"]
        assert cleaned.return_date == (date.fromisoformat(wanted) if wanted else None)
    if "language" in expected:
        assert cleaned.language == expected["language"]
    if "html_only" in expected:
        assert cleaned.html_only is expected["html_only"]
    for key in ("subject", "from_name", "from_addr", "thread_key", "message_id"):
        if key in expected:
            assert getattr(cleaned, key) == expected[key]
    if "date" in expected:
        assert cleaned.date == expected["date"]
    if expected.get("thread_key_is_hash"):
        assert cleaned.thread_key == hashlib.sha256(raw).hexdigest()
    for fragment in expected.get("defects_contain", []):
        assert any(fragment.lower() in d.lower() for d in cleaned.defects), cleaned.defects
    if expected.get("defects_any"):
        assert cleaned.defects
    for row in expected.get("row_together", []):
        assert any(all(cell in line for cell in row) for line in cleaned.new_text.splitlines())
    if "attachments" in expected:
        assert len(cleaned.attachments) == len(expected["attachments"])
        for got, want in zip(cleaned.attachments, expected["attachments"]):
            for key, value in want.items():
                assert getattr(got, key) == value, (key, got)


# --- focused behaviour ---------------------------------------------------------------------------


def _message(body: str, *, headers: str = "", subject: str = "RE: Invoice INV-1042") -> bytes:
    return (
        "From: Dana Ruiz <AP@Northwind.example>\r\nTo: ar@ourco.example\r\n"
        f"Subject: {subject}\r\nDate: Tue, 01 Dec 2026 09:14:00 -0500\r\n"
        "Message-ID: <m@northwind.example>\r\n"
        f"{headers}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode("utf-8")


def test_headers_are_decoded_and_addresses_lower_cased():
    cleaned = clean_message(_message("Paid.", headers="Cc: Lee <LEE@Northwind.example>\r\n"
                                     "Reply-To: <AP-Team@Northwind.example>\r\n"))
    assert cleaned.from_addr == "ap@northwind.example"
    assert cleaned.from_name == "Dana Ruiz"
    assert cleaned.cc == ["lee@northwind.example"]
    assert cleaned.reply_to == "ap-team@northwind.example"
    assert cleaned.date is not None and cleaned.date.utcoffset().total_seconds() == -5 * 3600
    assert cleaned.message_id == "m@northwind.example"


def test_thread_key_prefers_the_root_of_references():
    raw = _message("Paid.", headers="In-Reply-To: <b@x>\r\nReferences: <a@x> <b@x>\r\n")
    cleaned = clean_message(raw)
    assert cleaned.thread_key == "a@x"
    assert cleaned.references == ["a@x", "b@x"]
    assert cleaned.in_reply_to == "b@x"


def test_dunning_text_quoted_below_never_reaches_new_text():
    body = ("We dispute the price.\r\n\r\nOn Mon, Nov 30, 2026 at 9:00 AM AR <ar@ourco.example> "
            "wrote:\r\n> Invoice INV-1042 is 30 days past due. Pay now.\r\n")
    cleaned = clean_message(_message(body))
    assert cleaned.new_text == "We dispute the price."
    assert "past due" in cleaned.quoted_text


def test_sentences_starting_with_on_are_not_quote_headers():
    text = "On Friday we will pay INV-1042.\n\nOn the other hand, INV-1043 is wrong."
    assert split_quoted(text) == (text, "")


def test_attribution_wrapped_over_two_lines_is_found():
    text = ("Ok.\n\nOn Mon, Nov 30, 2026 at 9:00 AM Accounts Team <\nar@ourco.example> wrote:\n"
            "> old text")
    new, quoted = split_quoted(text)
    assert new == "Ok."
    assert quoted.startswith("On Mon")


def test_localised_outlook_header_blocks_are_quotes():
    for block in (
        "De : AR <ar@o.example>\nEnvoyé : lundi 30 novembre 2026 09:00\nÀ : x\nObjet : y",
        "Von: AR <ar@o.example>\nGesendet: Montag, 30. November 2026 09:00\nAn: x\nBetreff: y",
        "De: AR <ar@o.example>\nEnviado: lunes, 30 de noviembre de 2026 9:00\nPara: x\nAsunto: y",
    ):
        new, quoted = split_quoted(f"Merci.\n\n{block}\n\nold text")
        assert new == "Merci."
        assert "old text" in quoted


def test_from_in_a_sentence_is_not_a_header_block():
    text = "The data comes From: our database, not From: external sources."
    assert split_quoted(text) == (text, "")


def test_signature_after_valediction_with_name_and_title():
    body, signature = split_signature(
        "Paid today.\n\nKind regards,\nDana Ruiz\nAP Lead\nT +1 555 0100"
    )
    assert body == "Paid today."
    assert signature.startswith("Kind regards,")


def test_mobile_signature_line_is_not_matched_inside_a_sentence():
    text = "The notice was sent from my iPhone app to all users."
    assert split_signature(text) == (text, "")


def test_out_of_office_needs_more_than_a_suppress_header():
    raw = _message("We pay Friday.", headers="X-Auto-Response-Suppress: All\r\n")
    assert clean_message(raw).auto_reply is False


def test_auto_submitted_no_is_a_person():
    raw = _message("We pay Friday.", headers="Auto-Submitted: no\r\n")
    assert clean_message(raw).auto_reply is False


def test_return_date_is_resolved_against_the_message_date():
    raw = _message("I am out of the office and will be back on 4 January.",
                   subject="Automatic reply: Invoice INV-1042")
    cleaned = clean_message(raw)
    assert cleaned.auto_reply_kind == "out_of_office"
    assert cleaned.return_date == date(2027, 1, 4)


def test_language_guess():
    assert guess_language("We will pay the invoice on Friday, thank you") == "en"
    assert guess_language("Nous avons payé la facture, merci pour votre patience") == "fr"
    assert guess_language("Wir haben die Rechnung bezahlt und danke für die Geduld") == "de"
    assert guess_language("Hemos pagado la factura, gracias por su paciencia") == "es"
    assert guess_language("ok") is None


def test_over_the_size_limit_is_unreadable_with_a_reason():
    with pytest.raises(UnreadableMessage, match="limit"):
        clean_message(_message("x" * 1000), max_bytes=100)


def test_huge_attachment_is_listed_with_size_and_hash():
    payload = bytes(range(256)) * (12 * 1024 * 1024 // 256)  # 12 MiB
    import base64

    encoded = base64.encodebytes(payload).decode("ascii").replace("\n", "\r\n")
    raw = (
        "From: ap@client.example\r\nTo: ar@ourco.example\r\nSubject: Scans\r\n"
        "Date: Tue, 01 Dec 2026 10:15:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nScans of the delivery notes.\r\n"
        '--b\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename="scans.zip"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}--b--\r\n"
    ).encode("ascii")
    cleaned = clean_message(raw)
    assert cleaned.new_text == "Scans of the delivery notes."
    [attachment] = cleaned.attachments
    assert attachment.size == len(payload)
    assert attachment.sha256 == hashlib.sha256(payload).hexdigest()
    with pytest.raises(UnreadableMessage):
        clean_message(raw, max_bytes=10 * 1024 * 1024)


def test_attachment_payloads_returns_the_decoded_bytes():
    raw = (CORPUS / "pdf_remittance.eml").read_bytes()
    [(attachment, data)] = attachment_payloads(raw)
    assert data.startswith(b"%PDF-")
    assert attachment.size == len(data)
    assert attachment.is_pdf


def test_never_raises_on_garbage_after_headers():
    raw = b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=\r\n\r\n\xff\xfe\x00garbage"
    cleaned = clean_message(raw)
    assert cleaned.from_addr == "a@b.example"


def test_clean_command_prints_one_json_line_per_file_and_survives_a_bad_one(tmp_path):
    import typer
    from typer.testing import CliRunner

    from cli import clean as clean_command

    app = typer.Typer()
    clean_command.register(app)
    app.command("noop", hidden=True)(lambda: None)  # keeps "clean" a named subcommand
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    good = CORPUS / "outlook_original_message.eml"
    result = CliRunner().invoke(app, ["clean", str(good), str(empty), "--json"])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["path"] for line in lines] == [str(good), str(empty)]
    assert lines[0]["new_text"].startswith("We paid INV-1042")
    assert lines[0]["auto_reply"] is False
    for key in ("quoted_text", "signature", "return_date", "attachments", "thread_key", "defects"):
        assert key in lines[0]
    assert "error" in lines[1]
    assert result.exit_code != 0


def test_short_latin1_text_mislabelled_utf8_is_read_as_latin_not_as_an_asian_codec():
    raw = ("From: Petra Vogel <p.vogel@beispiel.example>\r\nTo: ar@ourco.example\r\n"
           "Subject: Abwesenheitsnotiz\r\nDate: Mon, 16 Nov 2026 08:00:00 +0100\r\nMessage-ID: <oof-1@beispiel.example>\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode()
    raw += "Ich bin nicht im Büro. In dringenden Fällen wenden Sie sich an Frau Müller.\r\n".encode("latin-1")
    cleaned = clean_message(raw)
    assert "Büro" in cleaned.new_text and "Fällen" in cleaned.new_text
    assert cleaned.auto_reply
    assert any("windows-1252" in d for d in cleaned.defects)
