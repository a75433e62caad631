"""The agent's view of a customer's open invoices marks what holds each one back."""

from datetime import date
from decimal import Decimal

from ledger.db import transaction
from ledger.disputes import DisputeIn, open_dispute
from ledger.holds import pause_dunning
from ledger.invoices import get_invoice
from tests.agent_fixtures import seed_ledger
from tools.ledger_reads import open_invoices, snapshot


def test_disputed_and_paused_invoices_are_marked_on_both_engines(sessions):
    seed_ledger(sessions)
    with transaction(sessions) as s:
        open_dispute(s, DisputeIn(invoice_number="INV-20417", reason="pricing", amount=Decimal("10")), actor="t")
        inv = get_invoice(s, "INV-20418")
        pause_dunning(s, customer_id=inv.customer_id, invoice_id=inv.id, until=date(2026, 12, 31),
                      reason="promise", actor="t")
        customer_id = inv.customer_id
    with sessions() as s:
        views = {v.number: (v.disputed, v.paused) for v in open_invoices(s, customer_id, date(2026, 11, 20))}
        assert views == {"INV-20417": (True, False), "INV-20418": (False, True), "INV-20419": (False, False)}
        # a pause that ended is no hold any more
        later = {v.number: v.paused for v in open_invoices(s, customer_id, date(2027, 1, 5))}
        assert later["INV-20418"] is False
    with transaction(sessions) as s:
        pause_dunning(s, customer_id=customer_id, invoice_id=None, until=None, reason="account", actor="t")
    with sessions() as s:
        snap = snapshot(s, customer_id, date(2026, 11, 20), mentioned=["INV-20417", "INV-30001"])
        assert all(v.paused for v in snap.open_invoices)
        assert snap.mentioned_invoices == []  # INV-20417 is open already; INV-30001 is another customer's
