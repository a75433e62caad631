"""The one interface every reader of inbound mail implements.

The graph, the CLI and the eval runner ask `get_reasoner()` for a reasoner and call
`read(message, context)`; they never know whether rules or a model produced the Reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from agent.reading import Reading

if TYPE_CHECKING:
    from agent.cleaning import CleanMessage


class ReadingContext(BaseModel):
    """What the ledger already knows about the matched customer; every field is optional.

    Known open invoice numbers let a reader accept a bare "20417" as an invoice; the currency
    fills in amounts written without a symbol; the time zone resolves relative dates when the
    message carries no usable offset.
    """

    open_invoices: list[str] = Field(default_factory=list)
    currency: str | None = None
    timezone: str | None = None


@runtime_checkable
class Reasoner(Protocol):
    name: str

    def read(self, message: CleanMessage, context: ReadingContext) -> Reading: ...


class UnknownReasoner(ValueError):
    """Raised for a reasoner name that is not available."""


def get_reasoner(name: str | None = None) -> Reasoner:
    """The reasoner called `name`; None means the offline one, which needs no key or network."""
    chosen = (name or "offline").strip().lower()
    if chosen == "offline":
        from agent.offline.reader import OfflineReasoner

        return OfflineReasoner()
    if chosen == "openai":
        from agent.openai_reasoner import OpenAIReasoner

        return OpenAIReasoner()
    raise UnknownReasoner(f"unknown reasoner {name!r}; choose 'offline' or 'openai'")
