"""Reading the approval queue: scope, filters, facet counts, pagination and risk.

One place answers "which items does this person see, in which order", for the queue page, the
REST API and bulk approval alike. Order is `Draft.priority` (legal and disputes first, broken
promises, money at stake, lateness), oldest first within a priority.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from sqlalchemy import String, case, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from agent.reading import INTENTS
from ledger.actions import parse_actions
from ledger.models import Customer, Draft, User, utcnow
from web.schemas import ActionPublic, CustomerRef, DraftPublic, DraftSummary, QueueQuery

# Items a collector may approve in bulk: filed auto-replies and plain acknowledgements.
LOW_RISK_INTENTS = frozenset({"auto_reply", "payment_sent", "invoice_request", "balance_inquiry"})
AGE_STEPS = (1, 3, 7, 14)


def default_owner(user: User) -> str:
    return "all" if user.role in ("manager", "admin") else "mine"


def _owner_clause(owner: str, user: User) -> ColumnElement[bool] | None:
    if owner == "all":
        return None
    if owner == "mine":
        return or_(Customer.owner_id == user.id, Customer.owner_id.is_(None))
    if owner == "unassigned":
        return Customer.owner_id.is_(None)
    return Customer.owner_id == int(owner)


def has_intent(intent: str) -> ColumnElement[bool]:
    # Intents are a JSON list of plain identifiers, so a text match on the quoted name is exact.
    return cast(Draft.intents, String).like(f'%"{intent}"%')


def _scoped(q: QueueQuery, user: User, *, with_filters: bool = True) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Draft.status == q.status]
    owner_clause = _owner_clause(q.owner or default_owner(user), user)
    if owner_clause is not None:
        where.append(owner_clause)
    if not with_filters:
        return where
    if q.intent:
        where.append(has_intent(q.intent))
    if q.tone:
        where.append(Draft.tone == q.tone)
    if q.customer:
        needle = q.customer.strip().lower()
        where.append(or_(func.lower(Customer.name).contains(needle, autoescape=True),
                         func.lower(Customer.external_id) == needle))
    if q.min_age_days is not None:
        where.append(Draft.created_at <= utcnow() - timedelta(days=q.min_age_days))
    return where


def _base(columns: Any) -> Select[Any]:
    return select(*columns).select_from(Draft).outerjoin(Customer, Customer.id == Draft.customer_id)


def low_risk(draft: Draft) -> bool:
    intents = set(draft.intents or [])
    return (draft.status == "pending" and draft.kind == "reply" and not draft.needs_manager
            and not draft.grounding_flags and bool(intents) and intents <= LOW_RISK_INTENTS)


def customer_ref(customer: Customer | None) -> CustomerRef | None:
    if customer is None:
        return None
    return CustomerRef(id=customer.id, external_id=customer.external_id, name=customer.name,
                       owner_id=customer.owner_id)


def summary(draft: Draft) -> DraftSummary:
    return DraftSummary(
        id=draft.id, kind=draft.kind, status=draft.status, customer=customer_ref(draft.customer),
        subject=draft.subject, intents=list(draft.intents or []), tone=draft.tone, priority=draft.priority,
        needs_manager=draft.needs_manager, amount_at_stake=draft.amount_at_stake,
        days_past_due=draft.days_past_due, confidence=draft.confidence,
        grounding_flags=list(draft.grounding_flags or []), created_at=draft.created_at, low_risk=low_risk(draft))


def actions_of(draft: Draft) -> list[ActionPublic]:
    out = []
    for i, raw in enumerate(draft.actions or []):
        try:
            text = parse_actions([raw])[0].summary()
        except ValueError:
            text = f"{raw.get('kind', 'action')} (cannot be read)"
        out.append(ActionPublic(index=i, kind=str(raw.get("kind")), enabled=bool(raw.get("enabled", True)),
                                summary=text, evidence=raw.get("evidence"),
                                detail={k: v for k, v in raw.items() if k not in ("kind", "enabled", "evidence")}))
    return out


def public(draft: Draft) -> DraftPublic:
    base = summary(draft).model_dump(exclude={"low_risk"})
    return DraftPublic(
        **base, to_addr=draft.to_addr, cc=list(draft.cc or []), body=draft.body, message_id=draft.message_id,
        reading=draft.reading, actions=actions_of(draft), decision=draft.decision,
        decision_reason=draft.decision_reason, decided_by=draft.decided_by, decided_at=draft.decided_at,
        final_subject=draft.final_subject, final_body=draft.final_body, edit_similarity=draft.edit_similarity)


def _select(columns: Any, q: QueueQuery, user: User) -> Select[Any]:
    # The customers join only when a filter needs it: counting ten thousand drafts is then an
    # index-only read.
    if (q.owner or default_owner(user)) == "all" and not q.customer:
        return select(*columns).select_from(Draft)
    return _base(columns)


def list_items(session: Session, q: QueueQuery, user: User) -> tuple[list[Draft], int]:
    where = _scoped(q, user)
    total = session.scalar(_select([func.count()], q, user).where(*where)) or 0
    ids = list(session.scalars(
        _select([Draft.id], q, user).where(*where)
        .order_by(Draft.priority.desc(), Draft.created_at, Draft.id)
        .limit(q.per_page).offset((q.page - 1) * q.per_page)
    ))
    if not ids:
        return [], total
    rows = {d.id: d for d in session.scalars(select(Draft).where(Draft.id.in_(ids)))}
    customers = {c.id: c for c in session.scalars(
        select(Customer).where(Customer.id.in_({d.customer_id for d in rows.values() if d.customer_id})))}
    for d in rows.values():  # set the relationship without one query per row
        d.customer = customers.get(d.customer_id) if d.customer_id else None
    return [rows[i] for i in ids], total


class CountCache:
    """Facet counts for a few seconds: the list itself is always read fresh, the numbers beside
    the filters may lag new arrivals by at most `ttl` seconds; a decision here clears them."""

    def __init__(self, ttl: float = 10.0):
        self.ttl = ttl
        self._values: dict[tuple[Any, ...], tuple[float, dict[str, dict[str, int]]]] = {}

    def get(self, session: Session, q: QueueQuery, user: User) -> dict[str, dict[str, int]]:
        key = (q.status, q.owner or default_owner(user), user.id)
        hit = self._values.get(key)
        now = time.monotonic()
        if hit is not None and hit[0] > now:
            return hit[1]
        value = counts(session, q, user)
        self._values[key] = (now + self.ttl, value)
        return value

    def clear(self) -> None:
        self._values.clear()


def counts(session: Session, q: QueueQuery, user: User) -> dict[str, dict[str, int]]:
    """How many items each filter value would show, within the person's status and owner scope.

    One grouped read (intents, tone, owner, age) answered from the queue's covering index,
    folded into every facet here.
    """
    now = utcnow()
    age = case(*[(Draft.created_at <= now - timedelta(days=d), d) for d in reversed(AGE_STEPS)], else_=0)
    rows = session.execute(
        _base([cast(Draft.intents, String), Draft.tone, Customer.owner_id, age, func.count()])
        .where(Draft.status == q.status).group_by(cast(Draft.intents, String), Draft.tone, Customer.owner_id, age))
    owner = q.owner or default_owner(user)
    intents: dict[str, int] = {}
    tones: dict[str, int] = {}
    ages = {str(d): 0 for d in AGE_STEPS}
    owners: dict[str, int] = {}
    total = 0
    for intents_text, tone, owner_id, age_days, n in rows:
        n = int(n)
        key = "unassigned" if owner_id is None else str(owner_id)
        owners[key] = owners.get(key, 0) + n
        in_scope = (owner == "all" or (owner == "mine" and owner_id in (None, user.id))
                    or (owner == "unassigned" and owner_id is None) or owner == str(owner_id))
        if not in_scope:
            continue
        total += n
        for intent in _intents(intents_text):
            intents[intent] = intents.get(intent, 0) + n
        tones[str(tone or "none")] = tones.get(str(tone or "none"), 0) + n
        for d in AGE_STEPS:
            if age_days >= d:
                ages[str(d)] += n
    owners["all"] = sum(owners.values())
    owners["mine"] = owners.get(str(user.id), 0) + owners.get("unassigned", 0)
    return {"total": {"all": total}, "intent": {i: intents[i] for i in INTENTS if i in intents},
            "tone": tones, "age": ages, "owner": owners}


def _intents(text: str | None) -> list[str]:
    import json

    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
