"""A person's decision from the page or the API, checked here and then handed to the agent.

Checks that need no lock (the item exists, the person's role may decide it, edited actions are
well formed) happen before the waiting graph is resumed, so a refused request never leaves a
graph run half-way. The claim itself — one decision per item, even when two arrive at once —
is `ledger.approvals.decide`'s.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from agent.triage import Agent
from ledger.approvals import Decision, DecisionResult, can_decide, check_decision
from ledger.errors import Conflict, Forbidden, NotFound
from ledger.models import Draft, User
from web.queue import CountCache


def decide(session: Session, agent: Agent, user: User, draft_id: int, decision: Decision, *,
           counts: CountCache | None = None) -> DecisionResult:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"no approval item {draft_id}")
    if not can_decide(user, draft):
        raise Forbidden(f"item {draft_id} needs a manager's approval")
    if draft.status != "pending":
        raise Conflict(f"item {draft_id} was already decided ({draft.status})")
    check_decision(draft, decision, user)
    session.rollback()  # release this read before the decision's own transaction
    result = agent.decide(draft_id, decision, user_id=user.id)
    if counts is not None:
        counts.clear()
    return result
