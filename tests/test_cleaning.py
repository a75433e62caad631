"""What the agent reads in a raw message: new text, quoted thread, signature, auto-replies."""

from __future__ import annotations

import pytest

from agent.cleaning import UnreadableMessage, clean_message

OUTLOOK_REPLY = (
    b"From: \"Dana Ruiz\" <AP@Northwind.example>\r\n"
    b"To: ar@ourco.example\r\n"
    b"Subject: =?utf-8?q?RE:_Invoice_INV-20417_past_due?=\r\n"
    b"Date: Tue, 02 Jun 2026 09:14:00 -0500\r\n"
    b"Message-ID: <abc@northwind.example>\r\n"
    b"References: <root@ourco.example> <x1@ourco.example>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"We will pay INV-20417 by Friday.\r\n\r\n"
    b"Best regards,\r\nDana Ruiz\r\nAP Specialist\r\n\r\n"
    b"-----Original Message-----\r\n"
    b"From: AR Team <ar@ourco.example>\r\nSent: Monday, June 1, 2026 8:00 AM\r\n"
    b"Subject: Invoice INV-20417 past due\r\n\r\nYour invoice is past due.\r\n"
)


def test_outlook_reply_keeps_only_the_senders_words():
    cleaned = clean_message(OUTLOOK_REPLY)
    assert cleaned.new_text == "We will pay INV-20417 by Friday."
    assert cleaned.signature.startswith("Best regards,")
    assert "past due" in cleaned.quoted_text
    assert cleaned.thread_key == "root@ourco.example"
    assert cleaned.from_addr == "ap@northwind.example"
    assert cleaned.subject == "RE: Invoice INV-20417 past due"
    assert cleaned.auto_reply is False


def test_empty_bytes_are_unreadable():
    with pytest.raises(UnreadableMessage):
        clean_message(b"   \r\n")
