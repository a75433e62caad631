"""The one approval handler: a person's decision on an approval item.

Approve, edit-and-approve and reject all come through `decide`, whatever the surface (web
page, REST API, CLI, Slack) and whatever the item (reply to a message, dunning reminder).
In one transaction it claims the item (a second decision gets `Conflict`, even when two
arrive at once), applies the ticked actions, writes the outbox row and the audit trail.
"""

from __future__ import annotations

import difflib
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ledger import audit
from ledger.actions import MANAGER_ACTIONS, apply_action, parse_actions
from ledger.errors import Conflict, Forbidden, LedgerError, NotFound
from ledger.models import Customer, Draft, Message, User, utcnow


class Decision(BaseModel):
    """approve | edit (new subject/body/actions, then approved) | reject (reason)."""

    action: Literal["approve", "edit", "reject"]
    subject: str | None = Field(default=None, max_length=998)
    body: str | None = Field(default=None, max_length=100_000)
    # For edit: the full list of actions as the reviewer left them (ticked or not), or only
    # the indexes to keep ticked.
    actions: list[dict[str, Any]] | None = None
    enabled_actions: list[int] | None = None
    reason: str | None = Field(default=None, max_length=2000)

    @model_validator(mode="after")
    def _check(self) -> Decision:
        if self.action == "reject" and not (self.reason or "").strip():
            raise ValueError("a rejection needs a reason")
        if self.action == "edit" and self.subject is None and self.body is None and self.actions is None \
                and self.enabled_actions is None:
            raise ValueError("an edit needs a new subject, body or actions")
        if self.body is not None and not self.body.strip():
            raise ValueError("the body must not be empty")
        return self


class DecisionResult(BaseModel):
    draft_id: int
    status: str
    applied: list[str] = Field(default_factory=list)
    outbox_id: int | None = None


def can_decide(user: User, draft: Draft) -> bool:
    if user.role in ("manager", "admin"):
        return True
    return not draft.needs_manager


def needs_manager(actions: list[dict[str, Any]], intents: list[str], kind: str, tone: str | None) -> bool:
    """Final notices, payment plans and cease/legal are a manager's decision."""
    if any(a.get("kind") in MANAGER_ACTIONS for a in actions):
        return True
    if "payment_plan_request" in intents or "cease_or_legal" in intents:
        return True
    return kind == "dunning" and tone == "final"


def similarity(a: str, b: str) -> float:
    return round(difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(), 4)


def decided_actions(draft: Draft, decision: Decision) -> list[dict[str, Any]]:
    """The item's actions as the decision leaves them (edited list, ticked indexes)."""
    actions = list(draft.actions or [])
    if decision.actions is not None:
        actions = decision.actions
    if decision.enabled_actions is not None:
        keep = set(decision.enabled_actions)
        if any(i < 0 or i >= len(actions) for i in keep):
            raise LedgerError(f"item {draft.id} has {len(actions)} proposed actions (numbered from 0); "
                              f"there is no action {max(keep)}")
        actions = [{**a, "enabled": i in keep} for i, a in enumerate(actions)]
    return actions


def check_decision(draft: Draft, decision: Decision, user: User) -> None:
    """Everything that refuses a decision, checked before anything is claimed or resumed."""
    if not user.active:
        raise Forbidden(f"user {user.name} is inactive")
    if not can_decide(user, draft):
        raise Forbidden(f"item {draft.id} needs a manager's approval")
    if decision.action == "reject":
        return
    parsed = parse_actions(decided_actions(draft, decision))
    if user.role not in ("manager", "admin") and needs_manager(
            [a.model_dump(mode="json") for a in parsed if a.enabled], list(draft.intents or []), draft.kind, draft.tone):
        # An edit must not turn an item into one only a manager may approve.
        raise Forbidden(f"item {draft.id} as edited needs a manager's approval")
    if (decision.body is not None or decision.subject is not None) and not draft.to_addr:
        raise LedgerError(f"item {draft.id} sends no email (it is filed on approval); there is no text to edit")


def decide(session: Session, draft_id: int, decision: Decision, *, user: User, from_addr: str) -> DecisionResult:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"no approval item {draft_id}")
    check_decision(draft, decision, user)
    new_status = "rejected" if decision.action == "reject" else "approved"
    # The claim: only one decision can move the item out of `pending`. On PostgreSQL a second
    # concurrent transaction waits on the row lock, then sees the new status and matches nothing.
    claimed = session.execute(
        update(Draft)
        .where(Draft.id == draft_id, Draft.status == "pending")
        .values(status=new_status, decided_by=user.id, decided_at=utcnow(), decision=decision.action)
        .execution_options(synchronize_session=False)
    ).rowcount
    if claimed != 1:
        session.refresh(draft)
        raise Conflict(f"item {draft_id} was already decided ({draft.status})")
    session.refresh(draft)
    actor = f"user:{user.name}"
    message = session.get(Message, draft.message_id) if draft.message_id else None

    if decision.action == "reject":
        draft.decision_reason = decision.reason
        if message is not None:
            message.state = "done"
        audit.record(session, actor=actor, action="draft.reject", entity="draft", entity_id=draft.id,
                     before={"status": "pending"}, after={"status": "rejected"}, detail=decision.reason)
        return DecisionResult(draft_id=draft.id, status="rejected")

    parsed = parse_actions(decided_actions(draft, decision))
    subject = decision.subject if decision.subject is not None else draft.subject
    body = decision.body if decision.body is not None else draft.body
    draft.actions = [a.model_dump(mode="json") for a in parsed]
    draft.final_subject = subject
    draft.final_body = body
    if draft.body is not None and body is not None:
        draft.edit_similarity = similarity(draft.body, body)

    customer = session.get(Customer, draft.customer_id) if draft.customer_id else None
    applied: list[str] = []
    for action in parsed:
        if not action.enabled:
            continue
        if customer is None:
            raise LedgerError("this item has no customer; untick its ledger actions or reject it")
        applied.append(apply_action(session, action, customer=customer, message=message, actor=actor))

    outbox_id = None
    if draft.to_addr and body:
        from ledger.outbox import enqueue

        row = enqueue(
            session, draft, from_addr=from_addr, to_addr=draft.to_addr, subject=subject or "",
            body=body, in_reply_to=message.message_id if message is not None else None,
            references=_references(message), attachments=_render_documents(session, draft),
        )
        outbox_id = row.id
    else:
        draft.status = "filed"
    if message is not None:
        message.state = "done"
    audit.record(
        session, actor=actor, action=f"draft.{decision.action}", entity="draft", entity_id=draft.id,
        before={"status": "pending", "subject": draft.subject, "body": draft.body},
        after={"status": draft.status, "subject": subject, "body": body, "applied": applied},
        detail=None if draft.edit_similarity is None else f"similarity {draft.edit_similarity}",
    )
    return DecisionResult(draft_id=draft.id, status=draft.status, applied=applied, outbox_id=outbox_id)


def _render_documents(session: Session, draft: Draft) -> list[dict[str, Any]]:
    """Documents are rendered from the ledger as the item is approved, never from a stale copy."""
    import base64

    from ledger.documents import DocumentSpec, render

    out = []
    for spec in draft.attachments or []:
        filename, content_type, data = render(session, DocumentSpec.model_validate(spec), utcnow().date())
        out.append({"filename": filename, "content_type": content_type,
                    "content_base64": base64.b64encode(data).decode()})
    return out


def _references(message: Message | None) -> list[str]:
    if message is None:
        return []
    refs = list((message.headers or {}).get("reference_ids") or [])
    if message.message_id and message.message_id not in refs:
        refs.append(message.message_id)
    return refs


def pending_for(session: Session, customer_id: int) -> list[Draft]:
    return list(session.scalars(select(Draft).where(Draft.customer_id == customer_id, Draft.status == "pending")))
