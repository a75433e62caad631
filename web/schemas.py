"""The REST API's shapes: what a client may send (validated field by field) and what it gets."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from agent.reading import Intent
from ledger.models import DRAFT_STATES

DraftStatus = Literal["pending", "approved", "rejected", "filed", "superseded"]
assert set(DraftStatus.__args__) == set(DRAFT_STATES)  # type: ignore[attr-defined]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class QueueQuery(BaseModel):
    """Filters of the queue, shared by the page and `GET /api/drafts`."""

    model_config = ConfigDict(extra="ignore")

    status: DraftStatus = "pending"
    intent: Intent | None = None
    customer: str | None = Field(default=None, max_length=200)
    # mine (own and unassigned customers) | all | unassigned | a user's id
    owner: str | None = Field(default=None, max_length=20, pattern=r"^(mine|all|unassigned|\d{1,9})$")
    tone: str | None = Field(default=None, max_length=16, pattern=r"^[a-z_]+$")
    min_age_days: int | None = Field(default=None, ge=0, le=3650)
    page: int = Field(default=1, ge=1, le=100_000)
    per_page: int = Field(default=50, ge=1, le=200)

    @field_validator("intent", "customer", "owner", "tone", "min_age_days", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value == "" else value


class DraftEdit(_In):
    """Edit-and-approve: the text as it will be sent and the actions as left ticked."""

    subject: str | None = Field(default=None, min_length=1, max_length=998)
    body: str | None = Field(default=None, min_length=1, max_length=100_000)
    actions: list[dict[str, Any]] | None = Field(default=None, max_length=50)
    enabled_actions: list[int] | None = Field(default=None, max_length=50)

    @field_validator("subject")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        if value is not None and ("\r" in value or "\n" in value):
            raise ValueError("the subject must be one line")
        return value

    @field_validator("body")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("the body must not be empty")
        return value

    @field_validator("enabled_actions")
    @classmethod
    def _indexes(cls, value: list[int] | None) -> list[int] | None:
        if value is not None and any(i < 0 or i > 49 for i in value):
            raise ValueError("action indexes run from 0 to 49")
        return value


class DraftReject(_In):
    reason: str = Field(min_length=1, max_length=2000)

    @field_validator("reason")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a rejection needs a reason")
        return value.strip()


class CustomerRef(BaseModel):
    id: int
    external_id: str
    name: str
    owner_id: int | None


class ActionPublic(BaseModel):
    index: int
    kind: str
    enabled: bool
    summary: str
    evidence: str | None
    detail: dict[str, Any]


class DraftBase(BaseModel):
    id: int
    kind: str
    status: str
    customer: CustomerRef | None
    subject: str | None
    intents: list[str]
    tone: str | None
    priority: int
    needs_manager: bool
    amount_at_stake: Decimal | None
    days_past_due: int | None
    confidence: float | None
    grounding_flags: list[dict[str, Any]]
    created_at: datetime


class DraftSummary(DraftBase):
    low_risk: bool


class DraftPublic(DraftBase):
    to_addr: str | None
    cc: list[str]
    body: str | None
    message_id: int | None
    reading: dict[str, Any] | None
    actions: list[ActionPublic]
    decision: str | None
    decision_reason: str | None
    decided_by: int | None
    decided_at: datetime | None
    final_subject: str | None
    final_body: str | None
    edit_similarity: float | None


class DraftPage(BaseModel):
    items: list[DraftSummary]
    total: int
    page: int
    per_page: int
    counts: dict[str, dict[str, int]]


class DecisionPublic(BaseModel):
    draft_id: int
    status: str
    applied: list[str]
    outbox_id: int | None
