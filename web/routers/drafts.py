"""REST API of the approval queue: list, show, approve, edit-and-approve, reject."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path

from ledger.approvals import Decision
from ledger.errors import NotFound
from ledger.models import Draft
from web import decisions, queue
from web.deps import AgentDep, CountsDep, CurrentUser, SessionDep
from web.schemas import DecisionPublic, DraftEdit, DraftPage, DraftPublic, DraftReject, QueueQuery

router = APIRouter(prefix="/api/drafts", tags=["drafts"])
DraftId = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.get("", response_model=DraftPage)
def list_drafts(session: SessionDep, user: CurrentUser, q: Annotated[QueueQuery, Depends()],
                cache: CountsDep) -> DraftPage:
    """Approval items in queue order; `owner` defaults to `mine` for collectors, `all` for managers."""
    items, total = queue.list_items(session, q, user)
    return DraftPage(items=[queue.summary(d) for d in items], total=total, page=q.page, per_page=q.per_page,
                     counts=cache.get(session, q, user))


@router.get("/{draft_id}", response_model=DraftPublic)
def show_draft(draft_id: DraftId, session: SessionDep, user: CurrentUser) -> DraftPublic:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"no approval item {draft_id}")
    return queue.public(draft)


@router.post("/{draft_id}/approve", response_model=DecisionPublic)
def approve(draft_id: DraftId, session: SessionDep, user: CurrentUser, agent: AgentDep,
            cache: CountsDep) -> DecisionPublic:
    """Approve as drafted: the ticked actions are applied and the reply enters the outbox."""
    result = decisions.decide(session, agent, user, draft_id, Decision(action="approve"), counts=cache)
    return DecisionPublic.model_validate(result.model_dump())


@router.post("/{draft_id}/edit", response_model=DecisionPublic)
def edit(draft_id: DraftId, data: Annotated[DraftEdit, Body()], session: SessionDep, user: CurrentUser,
         agent: AgentDep, cache: CountsDep) -> DecisionPublic:
    """Change the subject, body or actions, then approve."""
    decision = Decision(action="edit", **data.model_dump(exclude_none=True))
    result = decisions.decide(session, agent, user, draft_id, decision, counts=cache)
    return DecisionPublic.model_validate(result.model_dump())


@router.post("/{draft_id}/reject", response_model=DecisionPublic)
def reject(draft_id: DraftId, data: Annotated[DraftReject, Body()], session: SessionDep, user: CurrentUser,
           agent: AgentDep, cache: CountsDep) -> DecisionPublic:
    """Reject with a reason: nothing is sent and no action is applied."""
    decision = Decision(action="reject", reason=data.reason)
    result = decisions.decide(session, agent, user, draft_id, decision, counts=cache)
    return DecisionPublic.model_validate(result.model_dump())
