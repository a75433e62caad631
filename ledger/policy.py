"""The collections policy: the limits drafts and dunning must stay within.

One place for the numbers a finance team would set (and later configure): what a payment
plan may offer, how often a contact may be written to, what balance is worth chasing.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel


class Policy(BaseModel):
    max_plan_instalments: int = 3
    max_plan_days: int = 90
    first_instalment_within_days: int = 14
    promise_grace_business_days: int = 2
    payment_claim_hold_days: int = 7
    dispute_sla_business_days: int = 10
    min_contact_interval_days: int = 3
    min_balance_to_chase: Decimal = Decimal("25.00")
    business_hours: tuple[int, int] = (8, 18)
    dunning_cap_reminders: int = 8


DEFAULT_POLICY = Policy()
