"""The inbound-message graph: clean → match customer → analyse → look up → plan → draft →
validate → approval item → `interrupt()` → apply the person's decision.

Each node is a plain function returning a `Command` whose `goto` is typed, so the routes of the
graph can be read from the signatures. The graph stops at `await_approval` until a decision
arrives with `Command(resume=decision)`; approving never calls a model again.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any, Literal, TypedDict

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command, interrupt
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from agent.cleaning import CleanMessage, UnreadableMessage, clean_message
from agent.drafting import DraftContext, DraftText, render_template
from agent.planning import Plan
from agent.reading import Reading
from agent.reasoner import Reasoner, ReadingContext
from agent.replying import draft_context, facts_for, plan_reply, validate_draft, write_draft
from ledger.approvals import Decision, decide, needs_manager
from ledger.db import transaction
from ledger.models import Draft, Message, User
from ledger.policy import DEFAULT_POLICY, Policy
from tools.ledger_reads import LedgerSnapshot, match_customer, reading_context, snapshot

log = logging.getLogger(__name__)

LABELS = {
    "dispute": "AR/Disputes",
    "auto_reply": "AR/Auto-replies",
    "cease_or_legal": "AR/Legal",
    "promise_to_pay": "AR/Promises",
    "payment_sent": "AR/Remittances",
    "invoice_request": "AR/Requests",
}
TRIAGED_KEYWORD = "$ARTriaged"
_INVOICE = re.compile(r"\bINV[-\s]?(\d{5})\b", re.IGNORECASE)


class InboundState(TypedDict, total=False):
    message_row_id: int
    clean: CleanMessage | None
    customer_id: int | None
    match_how: str | None
    reading: Reading | dict[str, Any]
    snapshot: LedgerSnapshot | None
    plan: Plan | None
    draft: DraftText | None
    flags: list[dict[str, Any]]
    draft_attempts: int
    draft_id: int
    result: dict[str, Any]
    error: str


class Memory:
    """What the drafter may ask of the approved-replies memory (see agent.memory)."""

    def similar(self, text: str, *, customer_id: int | None, intent: str, k: int = 3) -> list[str]:
        return []

    def remember(self, *, draft_id: int, customer_id: int | None, intent: str, tone: str | None,
                 inbound_text: str | None, reply_text: str | None, edited: bool,
                 similarity: float | None) -> bool:
        return False

    def close(self) -> None:
        return None


@dataclass
class AgentDeps:
    sessions: sessionmaker[Session]
    reasoner: Reasoner
    from_address: str
    today: Callable[[], date] = field(default_factory=lambda: (lambda: datetime.now(timezone.utc).date()))
    policy: Policy = field(default_factory=lambda: DEFAULT_POLICY)
    memory: Memory = field(default_factory=Memory)
    model_drafter: Callable[[DraftContext, list[dict[str, Any]] | None], DraftText] | None = None
    on_alert: Callable[[str, int | None], None] | None = None
    max_message_bytes: int | None = None


def thread_id_for(message_id: str) -> str:
    """A graph thread per message, stable across restarts."""
    return "msg-" + hashlib.sha256(message_id.encode()).hexdigest()[:24]


def build_graph(deps: AgentDeps, checkpointer: BaseCheckpointSaver | None):  # type: ignore[no-untyped-def]
    # Nodes up to create_item only read; everything the run learned is written in one
    # transaction at the end (create_item, or the quarantine/fail end states). Within the run the
    # state carries the Pydantic objects themselves; the bulky ones are dropped before the
    # checkpoint that waits for approval.
    def clean(state: InboundState) -> Command[Literal["match_customer", "quarantine"]]:
        with deps.sessions() as s:
            raw = s.scalar(select(Message.raw).where(Message.id == state["message_row_id"]))
        if raw is None:
            return Command(goto="quarantine", update={"error": "message row not found"})
        try:
            cm = clean_message(raw, max_bytes=deps.max_message_bytes)
        except UnreadableMessage as exc:
            return Command(goto="quarantine", update={"error": f"unreadable: {exc}"})
        return Command(goto="match_customer", update={"clean": cm})

    def match(state: InboundState) -> Command[Literal["analyse"]]:
        cm = state["clean"]
        numbers = sorted({f"INV-{d}" for d in _INVOICE.findall(f"{cm.subject}\n{cm.new_text}")})
        with deps.sessions() as s:
            found = match_customer(s, sender=cm.from_addr, invoice_numbers=numbers, thread_key=cm.thread_key)
        return Command(goto="analyse", update={
            "customer_id": found.customer_id if found else None, "match_how": found.how if found else None})

    def analyse(state: InboundState) -> Command[Literal["lookup", "fail"]]:
        cm = state["clean"]
        context = ReadingContext()
        if state.get("customer_id"):
            with deps.sessions() as s:
                numbers, currency, tz = reading_context(s, state["customer_id"])
            context = ReadingContext(open_invoices=numbers, currency=currency, timezone=tz)
        try:
            reading = deps.reasoner.read(cm, context)
        except Exception as exc:  # noqa: BLE001 - a reasoner failure is a state, never a crash
            log.warning("reading failed message_row=%s error=%s", state["message_row_id"], exc)
            return Command(goto="fail", update={"error": f"reading failed: {type(exc).__name__}: {exc}"})
        return Command(goto="lookup", update={"reading": reading})

    def lookup(state: InboundState) -> Command[Literal["plan"]]:
        snap = None
        if state.get("customer_id"):
            with deps.sessions() as s:
                snap = snapshot(s, state["customer_id"], deps.today(), mentioned=state["reading"].invoices)
        return Command(goto="plan", update={"snapshot": snap})

    def plan(state: InboundState) -> Command[Literal["draft", "create_item"]]:
        p = plan_reply(state["reading"], state.get("snapshot"), sender=state["clean"].from_addr,
                       as_of=deps.today(), policy=deps.policy)
        goto: Literal["draft", "create_item"] = "draft" if p.needs_draft else "create_item"
        return Command(goto=goto, update={"plan": p, "draft_attempts": 0})

    def _context(state: InboundState) -> DraftContext:
        return draft_context(state["reading"], state["snapshot"], state["plan"], state["clean"],
                             from_address=deps.from_address, memory=deps.memory)

    def draft(state: InboundState) -> Command[Literal["validate"]]:
        attempts = state.get("draft_attempts", 0)
        text = write_draft(_context(state), attempts=attempts, flags=state.get("flags"),
                           model_drafter=deps.model_drafter, policy=deps.policy,
                           label=f"message_row={state['message_row_id']}")
        return Command(goto="validate", update={"draft": text, "draft_attempts": attempts + 1})

    def validate(state: InboundState) -> Command[Literal["draft", "create_item"]]:
        text = state["draft"]
        facts = facts_for(state["snapshot"], state["clean"], state["reading"], own_address=deps.from_address)
        verdict = validate_draft(text, facts, attempts=state.get("draft_attempts", 0),
                                 fallback=lambda: render_template(_context(state), deps.policy))
        if verdict.retry:
            return Command(goto="draft", update={"flags": verdict.flags})  # regenerate once
        if verdict.replacement is not None:
            return Command(goto="create_item", update={"draft": verdict.replacement, "flags": verdict.flags})
        return Command(goto="create_item", update={"flags": verdict.flags})

    def create_item(state: InboundState) -> Command[Literal["await_approval"]]:
        reading: Reading = state["reading"]
        p: Plan = state["plan"]
        snap: LedgerSnapshot | None = state.get("snapshot")
        cm: CleanMessage = state["clean"]
        text: DraftText | None = state.get("draft") if p.needs_draft else None
        actions = [a.model_dump(mode="json") for a in p.actions]
        # What the approval checkpoint keeps: the item's id (the reading, draft and actions live
        # on the item itself, the source of truth).
        slim = {"clean": None, "snapshot": None, "plan": None, "draft": None, "reading": None, "flags": None}
        with transaction(deps.sessions) as s:
            existing = s.scalar(select(Draft).where(Draft.message_id == state["message_row_id"]))
            if existing is not None:  # a re-run after a crash never makes a second item
                return Command(goto="await_approval", update={"draft_id": existing.id, **slim})
            open_invoices = snap.open_invoices if snap else []
            pool = [i for i in open_invoices if i.number in reading.invoices] or open_invoices
            at_stake = sum((i.open_balance for i in pool), Decimal("0.00")) if snap else None
            dpd = max((i.days_past_due for i in pool), default=0)
            item = Draft(
                kind="reply", message_id=state["message_row_id"], customer_id=state.get("customer_id"),
                graph_thread_id=thread_id_for(cm.message_id or str(state["message_row_id"])),
                to_addr=(cm.reply_to or cm.from_addr) if text else None,
                subject=text.subject if text else cm.subject, body=text.body if text else None,
                tone=text.tone if text else None, intents=list(reading.intents),
                reading={**reading.model_dump(mode="json"),
                         "draft_usage": text.usage.model_dump() if text else None,
                         "draft_source": text.source if text else None,
                         "reading_prompt_version": getattr(deps.reasoner, "prompt_version", None)},
                actions=actions,
                grounding_flags=state.get("flags") or [],
                attachments=[d.model_dump(mode="json") for d in p.documents],
                prompt_version=text.prompt_version if text else None, reasoner=reading.reasoner,
                confidence=reading.confidence, amount_at_stake=at_stake, days_past_due=dpd,
                priority=priority(reading.intents, at_stake, dpd, snap),
                needs_manager=p.needs_manager or needs_manager(actions, list(reading.intents), "reply",
                                                               text.tone if text else None),
            )
            s.add(item)
            msg = s.get(Message, state["message_row_id"])
            if msg is not None:
                _record_reading(msg, cm, state.get("customer_id"), reading)
                msg.state = "awaiting_approval"
                msg.labels = sorted({LABELS[i] for i in reading.intents if i in LABELS} | {TRIAGED_KEYWORD})
                msg.processed_at = datetime.now(timezone.utc)
            s.flush()
            draft_id = item.id
        if p.alerts and deps.on_alert is not None:
            for alert in p.alerts:
                deps.on_alert(alert, draft_id)
        return Command(goto="await_approval", update={"draft_id": draft_id, **slim})

    def await_approval(state: InboundState) -> Command[Literal["apply"]]:
        # Pure: LangGraph re-runs this node from its start when the decision arrives.
        decision = interrupt({"draft_id": state["draft_id"]})
        return Command(goto="apply", update={"result": {"decision": decision}})

    def apply(state: InboundState) -> dict[str, Any]:
        payload = state["result"]["decision"]
        decision = Decision.model_validate(payload["decision"])
        with transaction(deps.sessions) as s:
            user = s.get(User, payload["user_id"])
            if user is None:
                raise LookupError(f"unknown user {payload['user_id']}")
            result = decide(s, state["draft_id"], decision, user=user, from_addr=deps.from_address)
        return {"result": result.model_dump(mode="json")}

    def _set_state(state: InboundState, new_state: str) -> dict[str, Any]:
        with transaction(deps.sessions) as s:
            msg = s.get(Message, state["message_row_id"])
            if msg is not None:
                if state.get("clean") is not None:
                    _record_reading(msg, state["clean"], state.get("customer_id"), state.get("reading"))
                msg.state = new_state
                msg.error = state.get("error")
                msg.attempts = (msg.attempts or 0) + 1
        return {"clean": None, "snapshot": None}

    def quarantine(state: InboundState) -> dict[str, Any]:
        return _set_state(state, "quarantined")

    def fail(state: InboundState) -> dict[str, Any]:
        return _set_state(state, "error")

    g = StateGraph(InboundState)
    g.add_node("clean", clean)
    g.add_node("match_customer", match)
    g.add_node("analyse", analyse)
    g.add_node("lookup", lookup)
    g.add_node("plan", plan)
    g.add_node("draft", draft)
    g.add_node("validate", validate)
    g.add_node("create_item", create_item)
    g.add_node("await_approval", await_approval)
    g.add_node("apply", apply)
    g.add_node("quarantine", quarantine)
    g.add_node("fail", fail)
    g.add_edge(START, "clean")
    g.add_edge("apply", END)
    g.add_edge("quarantine", END)
    g.add_edge("fail", END)
    return g.compile(checkpointer=checkpointer)


def _record_reading(msg: Message, cm: CleanMessage, customer_id: int | None, reading: Reading | None) -> None:
    """Keep on the message what the run learned: the cleaned text, the customer, the reading."""
    msg.subject = cm.subject
    msg.from_addr = cm.from_addr
    msg.sent_at = cm.date
    msg.thread_key = cm.thread_key
    msg.new_text = cm.new_text
    msg.quoted_text = cm.quoted_text
    msg.headers = {**(msg.headers or {}), "reference_ids": cm.references}
    if customer_id is not None:
        msg.customer_id = customer_id
    if reading is not None:
        msg.analysis = reading.model_dump(mode="json")


def priority(intents: list[str], at_stake: Any, days_past_due: int, snap: LedgerSnapshot | None) -> int:
    """Queue order: legal and disputes first, then broken promises, money at stake and lateness."""
    score = 0
    if "cease_or_legal" in intents:
        score += 5000
    if "dispute" in intents:
        score += 2000
    if snap is not None and snap.broken_promises_12m:
        score += 1000
    if at_stake:
        score += min(int(at_stake) // 100, 2000)
    score += max(days_past_due, 0) * 5
    if intents == ["auto_reply"]:
        score = 0
    return score
