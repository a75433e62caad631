"""What the agent proposes for a reading: one proposal per finding."""

from datetime import date
from decimal import Decimal

from agent.planning import plan_actions
from agent.reading import DisputeFinding, PaymentClaimFinding, Reading
from tools.ledger_reads import AgingView, ContactView, CustomerView, InvoiceView, LedgerSnapshot


def _snapshot() -> LedgerSnapshot:
    inv = InvoiceView(number="INV-10853", po_number=None, issue_date=date(2026, 10, 1), due_date=date(2026, 10, 31),
                      amount=Decimal("500.00"), open_balance=Decimal("500.00"), currency="USD", status="open",
                      days_past_due=20)
    customer = CustomerView(id=1, external_id="C1", name="Acme", segment="reliable", terms_days=30, currency="USD",
                            timezone="UTC", owner=None, do_not_contact=False, on_hold=False, automation_stopped=False,
                            contacts=[ContactView(email="ap@acme.example", name=None, role="ap", primary=True,
                                                  opt_out=False)])
    return LedgerSnapshot(as_of=date(2026, 11, 20), customer=customer, open_invoices=[inv], payments=[], promises=[],
                          disputes=[], aging=AgingView(), dunning_stage="escalation", broken_promises_12m=0)


def test_a_vague_reason_gives_way_to_a_specific_one_on_the_same_invoice():
    reading = Reading(intents=["dispute"], dispute_reasons=["pricing", "other"], invoices=["INV-10853"],
                      disputes=[DisputeFinding(invoice="INV-10853", reason="other"),
                                DisputeFinding(invoice="INV-10853", reason="pricing")])
    plan = plan_actions(reading, _snapshot(), sender="ap@acme.example", as_of=date(2026, 11, 20))
    assert [(a.kind, a.reason) for a in plan.actions] == [("open_dispute", "pricing")]


def test_two_readings_of_one_payment_make_one_claim_with_every_detail():
    reading = Reading(intents=["payment_sent"], invoices=["INV-10853"], payments=[
        PaymentClaimFinding(invoices=["INV-10853"], paid_on=date(2026, 11, 6)),
        PaymentClaimFinding(invoices=["INV-10853"], reference="FT26317814328", amount=Decimal("500.00")),
    ])
    plan = plan_actions(reading, _snapshot(), sender="ap@acme.example", as_of=date(2026, 11, 20))
    claims = [a for a in plan.actions if a.kind == "record_payment_claim"]
    assert len(claims) == 1
    assert (claims[0].paid_on, claims[0].reference, claims[0].amount) == (date(2026, 11, 6), "FT26317814328",
                                                                         Decimal("500.00"))
