"""One reply from a reading and the ledger look-ups: plan → draft → validate.

Plain functions shared by the inbound graph (one node per step, with checkpoints between them)
and by the eval runner (`draft_for`, all steps in one call), so the drafts scored on labelled
cases are written by exactly the code that writes them for the approval queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from pydantic import BaseModel, Field

from agent.cleaning import CleanMessage
from agent.drafting import DraftContext, DraftText, first_name, render_template, sender_display_name
from agent.grounding import Facts, collect_facts
from agent.grounding import check as grounding_check
from agent.planning import Plan, plan_actions
from agent.reading import Reading
from agent.tone import choose_tone
from ledger.customers import PUBLIC_MAIL_DOMAINS
from ledger.policy import DEFAULT_POLICY, Policy
from tools.ledger_reads import LedgerSnapshot

log = logging.getLogger(__name__)

ModelDrafter = Callable[[DraftContext, list[dict[str, Any]] | None], DraftText]
# A model draft with invented figures is written again once, then replaced by the template.
MODEL_ATTEMPTS = 2


class ExampleMemory(Protocol):
    def similar(self, text: str, *, customer_id: int | None, intent: str, k: int = 3) -> list[str]: ...


class ReplyDeps(Protocol):
    """What drafting needs from the agent's dependencies (`agent.graph.AgentDeps` has it all)."""

    from_address: str
    policy: Policy
    memory: ExampleMemory
    model_drafter: ModelDrafter | None
    today: Callable[[], date]


class NoExamples:
    def similar(self, text: str, *, customer_id: int | None, intent: str, k: int = 3) -> list[str]:
        return []


@dataclass
class DraftingDeps:
    """Stand-alone dependencies for drafting without a database (the eval runner's)."""

    from_address: str
    today: Callable[[], date]
    policy: Policy = field(default_factory=lambda: DEFAULT_POLICY)
    memory: ExampleMemory = field(default_factory=NoExamples)
    model_drafter: ModelDrafter | None = None


class Validation(BaseModel):
    """The validator's verdict on one draft: keep it, write it again, or use `replacement`."""

    retry: bool = False
    replacement: DraftText | None = None
    flags: list[dict[str, Any]] = Field(default_factory=list)


class Reply(BaseModel):
    plan: Plan
    context: DraftContext | None = None
    draft: DraftText | None = None
    flags: list[dict[str, Any]] = Field(default_factory=list)
    attempts: int = 0


def plan_reply(reading: Reading, snapshot: LedgerSnapshot | None, *, sender: str | None, as_of: date,
               policy: Policy = DEFAULT_POLICY) -> Plan:
    plan = plan_actions(reading, snapshot, sender=sender, as_of=as_of, policy=policy)
    if snapshot is not None and (snapshot.customer.do_not_contact or snapshot.customer.automation_stopped):
        plan.needs_draft = False
        plan.notes.append("customer is marked do-not-contact or stopped: no reply drafted")
    if snapshot is not None and not known_sender(snapshot, sender):
        # Matched by an invoice number or a thread only: the account's details must not go to a
        # stranger, and nothing a stranger says may change the ledger without a person's look.
        plan.needs_draft = False
        for action in plan.actions:
            action.enabled = False
        plan.notes.append(f"{sender or 'the sender'} is not a known contact of {snapshot.customer.name}: "
                          "verify who wrote before replying or ticking any action")
    return plan


def known_sender(snapshot: LedgerSnapshot, sender: str | None) -> bool:
    """The sender is one of the customer's contacts, or writes from one of their own domains."""
    if not sender:
        return False
    sender = sender.lower()
    emails = {c.email.lower() for c in snapshot.customer.contacts}
    if sender in emails:
        return True
    domain = sender.rsplit("@", 1)[-1]
    return domain not in PUBLIC_MAIL_DOMAINS and domain in {e.rsplit("@", 1)[-1] for e in emails}


def draft_context(reading: Reading, snapshot: LedgerSnapshot, plan: Plan, clean: CleanMessage, *,
                  from_address: str, memory: ExampleMemory) -> DraftContext:
    intents = list(reading.intents)
    tone = choose_tone(segment=snapshot.customer.segment, max_days_past_due=snapshot.max_days_past_due,
                       intents=intents, broken_promises=snapshot.broken_promises_12m,
                       dunning_stage=snapshot.dunning_stage)
    examples = memory.similar(clean.new_text, customer_id=snapshot.customer.id,
                              intent=intents[0] if intents else "other")
    return DraftContext(intents=intents, tone=tone, subject=clean.subject,
                        recipient_name=first_name(clean.from_name, clean.from_addr),
                        sender_name=sender_display_name(from_address), snapshot=snapshot,
                        reading=reading, plan=plan, new_text=clean.new_text, examples=examples)


def write_draft(ctx: DraftContext, *, attempts: int, flags: list[dict[str, Any]] | None,
                model_drafter: ModelDrafter | None, policy: Policy = DEFAULT_POLICY,
                label: str = "") -> DraftText:
    """The model's draft while it has attempts left (with the last flags on a retry), else the template."""
    if model_drafter is not None and attempts < MODEL_ATTEMPTS:
        try:
            return model_drafter(ctx, flags if attempts else None)
        except Exception as exc:  # noqa: BLE001 - the template is always there to fall back on
            log.warning("model draft failed %s error=%s", label, exc)
    return render_template(ctx, policy)


def facts_for(snapshot: LedgerSnapshot | None, clean: CleanMessage, reading: Reading, *,
              own_address: str) -> Facts:
    return collect_facts(snapshot, message_text=f"{clean.subject}\n{clean.new_text}", sender=clean.from_addr,
                         reading=reading, own_address=own_address)


def validate_draft(text: DraftText, facts: Facts, *, attempts: int,
                   fallback: Callable[[], DraftText]) -> Validation:
    flags = [f.model_dump() for f in grounding_check(f"{text.subject}\n{text.body}", facts)]
    if flags and text.source == "model":
        if attempts < MODEL_ATTEMPTS:
            return Validation(retry=True, flags=flags)
        replacement = fallback()
        replacement_flags = grounding_check(f"{replacement.subject}\n{replacement.body}", facts)
        return Validation(replacement=replacement,
                          flags=[{**f, "replaced": True} for f in flags] + [f.model_dump() for f in replacement_flags])
    return Validation(flags=flags)


def draft_for(reading: Reading, snapshot: LedgerSnapshot | None, clean: CleanMessage, deps: ReplyDeps) -> Reply:
    """Plan, draft and validate the reply to one message, as the inbound graph does."""
    plan = plan_reply(reading, snapshot, sender=clean.from_addr, as_of=deps.today(), policy=deps.policy)
    if not plan.needs_draft or snapshot is None:
        return Reply(plan=plan)
    ctx = draft_context(reading, snapshot, plan, clean, from_address=deps.from_address, memory=deps.memory)
    facts = facts_for(snapshot, clean, reading, own_address=deps.from_address)
    attempts, flags = 0, None
    while True:
        text = write_draft(ctx, attempts=attempts, flags=flags, model_drafter=deps.model_drafter,
                           policy=deps.policy, label=f"message={clean.message_id}")
        attempts += 1
        verdict = validate_draft(text, facts, attempts=attempts,
                                 fallback=lambda: render_template(ctx, deps.policy))
        if not verdict.retry:
            return Reply(plan=plan, context=ctx, draft=verdict.replacement or text, flags=verdict.flags,
                         attempts=attempts)
        flags = verdict.flags
