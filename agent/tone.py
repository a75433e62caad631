"""Choosing the tone of a reply: friendly → professional → firm → final.

The stage comes from how late the account is; the customer's segment and promise history move
it a step; what the customer just told us caps it (nobody reporting a dispute or asking for a
copy gets a firm letter).
"""

from __future__ import annotations

from typing import Literal

Tone = Literal["friendly", "professional", "firm", "final"]
TONES: tuple[Tone, ...] = ("friendly", "professional", "firm", "final")

SEGMENT_SHIFT = {
    "reliable": -1,
    "strategic": -1,
    "recently_late": 0,
    "dispute_heavy": 0,
    "frequently_late": 1,
    "high_risk": 1,
}
# The firmest tone a reply to each intent may take.
INTENT_CAP: dict[str, Tone] = {
    "payment_sent": "friendly",
    "auto_reply": "friendly",
    "dispute": "professional",
    "invoice_request": "professional",
    "balance_inquiry": "professional",
    "contact_change": "professional",
    "payment_plan_request": "professional",
    "other": "professional",
    "promise_to_pay": "firm",
    "cease_or_legal": "professional",
}


def stage_tone(max_days_past_due: int) -> int:
    if max_days_past_due <= 0:
        return 0
    if max_days_past_due <= 30:
        return 1
    if max_days_past_due <= 60:
        return 2
    return 3


def choose_tone(*, segment: str, max_days_past_due: int, intents: list[str], broken_promises: int,
                dunning_stage: str | None = None) -> Tone:
    level = stage_tone(max_days_past_due) + SEGMENT_SHIFT.get(segment, 0)
    if broken_promises >= 2:
        level += 1
    if dunning_stage == "final":
        level = max(level, 3)
    level = max(0, min(level, 3))
    caps = [TONES.index(INTENT_CAP[i]) for i in intents if i in INTENT_CAP]
    if caps:
        level = min(level, min(caps))
    return TONES[level]
