"""The production path from raw message bytes to a Reading: clean, then read.

`ar-agent analyze` and the eval runner call `analyze_raw`; the inbound graph runs the same two
functions (`clean_message`, then the reasoner's `read`) in its clean and analyse nodes, so what
is measured on the eval set is exactly what runs on the mailbox.
"""

from __future__ import annotations

from collections.abc import Callable

from agent.cleaning import CleanMessage, clean_message
from agent.reading import Reading
from agent.reasoner import Reasoner, ReadingContext, get_reasoner


def analyze_raw(
    raw: bytes,
    *,
    reasoner: Reasoner | None = None,
    context: ReadingContext | Callable[[CleanMessage], ReadingContext] | None = None,
) -> tuple[CleanMessage, Reading]:
    """Clean `raw` and read it; raises `UnreadableMessage` for bytes that are not a message.

    `context` may be a function of the cleaned message (e.g. a ledger look-up of its sender).
    """
    message = clean_message(raw)
    reader = reasoner or get_reasoner(None)
    if callable(context):
        context = context(message)
    return message, reader.read(message, context or ReadingContext())
