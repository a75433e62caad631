"""The pages collectors work in: the queue, one item, decisions from forms, bulk approval."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from agent.reading import INTENTS
from ledger.approvals import Decision
from ledger.errors import LedgerError, NotFound
from ledger.models import Draft, MessageAttachment, User
from web import decisions, queue
from web.deps import AgentDep, CountsDep, CsrfChecked, PageUser, SessionDep
from web.schemas import QueueQuery
from web.templating import flash, render

router = APIRouter(include_in_schema=False)
DraftId = Annotated[int, Path(ge=1, le=2**31 - 1)]
MAX_BULK = 200


def _query_string(q: QueueQuery, **changes: object) -> str:
    values = {**q.model_dump(exclude_defaults=True), **changes}
    return urlencode({k: v for k, v in values.items() if v not in (None, "")})


@router.get("/")
def queue_page(request: Request, session: SessionDep, user: PageUser, q: Annotated[QueueQuery, Depends()],
               cache: CountsDep) -> Response:
    items, total = queue.list_items(session, q, user)
    users = list(session.scalars(select(User).where(User.active.is_(True)).order_by(User.name)))
    pages = max(1, -(-total // q.per_page))
    return render(request, "queue.html", {
        "q": q, "items": items, "total": total, "pages": pages, "counts": cache.get(session, q, user),
        "intents": INTENTS, "users": users, "owner": q.owner or queue.default_owner(user),
        "low_risk": {d.id for d in items if queue.low_risk(d)}, "qs": lambda **kw: _query_string(q, **kw),
        "age_steps": queue.AGE_STEPS,
    })


@router.get("/drafts/{draft_id}")
def item_page(request: Request, draft_id: DraftId, session: SessionDep, user: PageUser) -> Response:
    from web.item import item_context

    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"no approval item {draft_id}")
    ctx = item_context(session, draft, date.today())
    ctx["actions"] = queue.actions_of(draft)
    ctx["may_decide"] = draft.status == "pending" and (not draft.needs_manager or user.role in ("manager", "admin"))
    return render(request, "item.html", ctx)


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@router.post("/drafts/{draft_id}/decide", dependencies=[CsrfChecked])
def decide_form(
    request: Request, draft_id: DraftId, session: SessionDep, user: PageUser, agent: AgentDep, cache: CountsDep,
    action: Annotated[str, Form(pattern="^(approve|reject)$")],
    subject: Annotated[str | None, Form(max_length=998)] = None,
    body: Annotated[str | None, Form(max_length=100_000)] = None,
    enabled_actions: Annotated[list[int] | None, Form()] = None,
    actions_shown: Annotated[bool, Form()] = False,
    reason: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"no approval item {draft_id}")
    try:
        if action == "reject":
            decision = Decision(action="reject", reason=(reason or "").strip())
        else:
            changes: dict[str, object] = {}
            if subject is not None and subject.strip() != (draft.subject or "").strip():
                changes["subject"] = " ".join(subject.split())
            if body is not None and _lines(body).strip() != _lines(draft.body or "").strip():
                changes["body"] = _lines(body).strip() + "\n"
            if actions_shown:
                ticked = sorted(set(enabled_actions or []))
                if ticked != [i for i, a in enumerate(draft.actions or []) if a.get("enabled", True)]:
                    changes["enabled_actions"] = ticked
            decision = Decision(action="edit", **changes) if changes else Decision(action="approve")
        result = decisions.decide(session, agent, user, draft_id, decision, counts=cache)
    except (LedgerError, ValueError) as exc:
        text = exc.errors()[0]["msg"] if hasattr(exc, "errors") else str(exc)
        flash(request, f"Item {draft_id}: {text}", "error")
        return RedirectResponse(f"/drafts/{draft_id}", status_code=303)
    verb = {"rejected": "Rejected", "filed": "Filed", "approved": "Approved"}.get(result.status, result.status)
    sent = " — the reply is queued for sending" if result.outbox_id else ""
    flash(request, f"{verb} item {draft_id}{sent}.", "ok")
    return RedirectResponse("/", status_code=303)


@router.get("/drafts/{draft_id}/attachments/{attachment_id}")
def attachment(draft_id: DraftId, attachment_id: Annotated[int, Path(ge=1, le=2**31 - 1)], session: SessionDep,
               user: PageUser) -> Response:
    draft = session.get(Draft, draft_id)
    row = session.get(MessageAttachment, attachment_id)
    if draft is None or row is None or row.message_id != draft.message_id or row.data is None:
        raise NotFound("no such attachment")
    name = (row.filename or f"attachment-{row.id}").replace('"', "").replace("\r", "").replace("\n", "")
    from urllib.parse import quote

    # Always a download, never rendered here: an attached HTML file must not run on our origin.
    return Response(row.data, media_type="application/octet-stream", headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
        "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox"})


def _selected(session: SessionDep, ids: list[int] | None) -> tuple[list[Draft], list[Draft]]:
    wanted = sorted(set(ids or []))[:MAX_BULK]
    rows = list(session.scalars(select(Draft).where(Draft.id.in_(wanted)).order_by(Draft.priority.desc(), Draft.id))) \
        if wanted else []
    ok = [d for d in rows if queue.low_risk(d)]
    return ok, [d for d in rows if not queue.low_risk(d)]


@router.post("/bulk/review", dependencies=[CsrfChecked])
def bulk_review(request: Request, session: SessionDep, user: PageUser,
                ids: Annotated[list[int] | None, Form()] = None) -> Response:
    ok, skipped = _selected(session, ids)
    return render(request, "bulk_confirm.html", {"ok": ok, "skipped": skipped})


@router.post("/bulk/approve", dependencies=[CsrfChecked])
def bulk_approve(request: Request, session: SessionDep, user: PageUser, agent: AgentDep, cache: CountsDep,
                 ids: Annotated[list[int] | None, Form()] = None) -> Response:
    ok, skipped = _selected(session, ids)
    targets = [d.id for d in ok]
    done, failed = 0, []
    for draft_id in targets:
        try:
            decisions.decide(session, agent, user, draft_id, Decision(action="approve"), counts=cache)
            done += 1
        except LedgerError as exc:
            failed.append(f"{draft_id}: {exc}")
    flash(request, f"Approved {done} item{'s' if done != 1 else ''}.", "ok")
    if skipped:
        flash(request, f"Left {len(skipped)} item(s) that are not low-risk for one-by-one review.", "info")
    for line in failed[:5]:
        flash(request, line, "error")
    return RedirectResponse("/", status_code=303)
