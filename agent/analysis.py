"""The one production path from raw message bytes to a Reading: clean, then read.

The inbound graph, `ar-agent analyze` and the eval runner all call `analyze_raw`, so what is
measured on the eval set is exactly what runs on the mailbox.
"""

from __future__ import annotations

from agent.cleaning import CleanMessage, clean_message
from agent.reading import Reading
from agent.reasoner import Reasoner, ReadingContext, get_reasoner


def analyze_raw(
    raw: bytes,
    *,
    reasoner: Reasoner | None = None,
    context: ReadingContext | None = None,
) -> tuple[CleanMessage, Reading]:
    """Clean `raw` and read it; raises `UnreadableMessage` for bytes that are not a message."""
    message = clean_message(raw)
    reader = reasoner or get_reasoner(None)
    return message, reader.read(message, context or ReadingContext())
