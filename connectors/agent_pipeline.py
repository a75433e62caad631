"""The worker's processing step when the agent is on: keep the cleaned message and its
attachments, then run the inbound graph until it waits for a person.

A message whose graph run was cut off stays `stored`, so the next pass runs it again and the
graph resumes from its checkpoint; the approval item is never made twice.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from agent.cleaning import UnreadableMessage, clean_message
from agent.triage import Agent
from connectors.worker import Processor, store_cleaned
from ledger import messages
from ledger.db import transaction


def agent_processor(sessions: sessionmaker[Session], agent: Agent, *, max_bytes: int | None = None) -> Processor:
    def process(message_row_id: int) -> None:
        with transaction(sessions) as session:
            row = messages.get(session, message_row_id)
            try:
                cleaned = clean_message(row.raw, max_bytes=max_bytes)
            except UnreadableMessage:
                cleaned = None  # the graph's first node quarantines it with the reason
            if cleaned is not None:
                store_cleaned(session, row, cleaned)
        agent.process(message_row_id)

    return process
