"""The pages collectors work in: queue, item, decisions from forms, bulk approval, audit, reports."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from ledger.db import transaction
from ledger.models import AuditLog, Draft, MessageAttachment, Outbox
from tests.web_fixtures import PASSWORD, make_web

PROMISE = "We will pay INV-20417 by 30 November 2026."
DISPUTE = "INV-20418: we were billed $14.20/unit but our PO says $12.80. Please correct."
PAID = "We paid INV-20418 yesterday by ACH, reference 889123."
AWAY = "I am out of the office until December 1 with limited access to email."
PLAN = "Could we pay the balance in 3 monthly installments?"


@pytest.fixture
def web(sqlite_only_engine, sqlite_sessions, tmp_path):
    w = make_web(sqlite_only_engine, sqlite_sessions, tmp_path)
    yield w
    w.agent.close()


def csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def logged_in(web, name: str = "alice") -> TestClient:
    c = TestClient(web.app())
    c.__enter__()
    page = c.get("/login").text
    r = c.post("/login", data={"login": name, "password": PASSWORD, "csrf_token": csrf(page)}, follow_redirects=False)
    assert r.status_code == 303
    return c


@pytest.fixture
def alice(web):
    c = logged_in(web)
    yield c
    c.__exit__(None, None, None)


def test_the_queue_shows_pending_items_by_priority_with_filter_counts(web, alice):
    promise, dispute = web.item(PROMISE), web.item(DISPUTE)
    page = alice.get("/").text
    assert page.index(f'data-id="{dispute}"') < page.index(f'data-id="{promise}"')
    assert "dispute (1)" in page and "promise to pay (1)" in page
    only = alice.get("/", params={"intent": "dispute"}).text
    assert f'data-id="{dispute}"' in only and f'data-id="{promise}"' not in only
    assert alice.get("/", params={"customer": "globex"}).text.count("data-id=") == 0
    assert alice.get("/", params={"intent": "nonsense"}).status_code == 422


def test_the_item_page_highlights_the_evidence_and_folds_the_quoted_thread(web, alice):
    draft_id = web.item("Hi, we will pay INV-20417 in full by Friday. Thanks, Dana\r\n\r\n"
                        "On Mon, Nov 16, 2026 AR Team wrote:\r\n> INV-20418 is 19 days past due.\r\n")
    page = alice.get(f"/drafts/{draft_id}").text
    assert re.search(r'<mark class="evidence">[^<]*INV-20417[^<]*</mark>', page)
    assert re.search(r"<details class=\"quoted\"><summary>Quoted thread</summary><pre>[^<]*INV-20418", page)
    assert "Record promise: the open balance by 2026-11-20 on INV-20417" in page
    assert "Acme Industrial" in page and "INV-20419" in page  # the customer panel's open invoices


def test_html_in_an_email_is_shown_as_text(web, alice):
    draft_id = web.item('<script>alert("pwned")</script> We will pay INV-20417 by 30 November 2026.',
                        subject='<img src=x onerror=alert(1)> INV-20417')
    page = alice.get(f"/drafts/{draft_id}").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in page
    queue = alice.get("/").text
    assert "<img src=x" not in queue and "&lt;img src=x onerror=alert(1)&gt;" in queue
    assert "script-src 'self'" in alice.get("/").headers["content-security-policy"]


def test_edit_and_approve_from_the_form_sends_the_edited_text(web, alice):
    draft_id = web.item(PROMISE)
    page = alice.get(f"/drafts/{draft_id}").text
    r = alice.post(f"/drafts/{draft_id}/decide", data={
        "csrf_token": csrf(page), "action": "approve", "subject": "RE: Invoice INV-20417 past due",
        "body": "Thanks Dana,\r\nnoted for 30 November.\r\n", "actions_shown": "true", "enabled_actions": ["0"]})
    assert r.status_code == 200 and "Approved item" in r.text and f'data-id="{draft_id}"' not in r.text
    with web.sessions() as s:
        assert s.scalar(select(Outbox.body)) == "Thanks Dana,\nnoted for 30 November.\n"
        assert s.get(Draft, draft_id).decision == "edit"
    again = alice.post(f"/drafts/{draft_id}/decide", data={"csrf_token": csrf(page), "action": "approve"})
    assert "already decided" in again.text


def test_reject_from_the_form_needs_a_reason_and_csrf(web, alice):
    draft_id = web.item(DISPUTE)
    page = alice.get(f"/drafts/{draft_id}").text
    assert alice.post(f"/drafts/{draft_id}/decide", data={"action": "reject", "reason": "x"}).status_code == 403
    empty = alice.post(f"/drafts/{draft_id}/decide", data={"csrf_token": csrf(page), "action": "reject", "reason": " "})
    assert "needs a reason" in empty.text
    alice.post(f"/drafts/{draft_id}/decide", data={"csrf_token": csrf(page), "action": "reject", "reason": "phoned"})
    with web.sessions() as s:
        assert s.get(Draft, draft_id).status == "rejected"
        assert s.scalar(select(func.count()).select_from(Outbox)) == 0


def test_a_collector_cannot_approve_what_needs_a_manager(web, alice):
    draft_id = web.item(PLAN)
    page = alice.get(f"/drafts/{draft_id}").text
    assert "needs a manager" in page and 'id="approve"' not in page
    r = alice.post(f"/drafts/{draft_id}/decide", data={"csrf_token": csrf(page), "action": "approve"})
    assert "needs a manager" in r.text
    with web.sessions() as s:
        assert s.get(Draft, draft_id).status == "pending"


def test_bulk_approval_confirms_then_approves_only_low_risk_items(web, alice):
    paid, away, dispute = web.item(PAID), web.item(AWAY), web.item(DISPUTE)
    queue = alice.get("/").text
    assert f'name="ids" value="{paid}"' in queue and f'name="ids" value="{dispute}"' not in queue
    confirm = alice.post("/bulk/review", data={"csrf_token": csrf(queue), "ids": [str(paid), str(away), str(dispute)]})
    assert "Approve 2 items?" in confirm.text and "send reply" in confirm.text and "file, no reply" in confirm.text
    assert "Not included (1)" in confirm.text
    done = alice.post("/bulk/approve", data={"csrf_token": csrf(confirm.text), "ids": [str(paid), str(away), str(dispute)]})
    assert "Approved 2 items." in done.text
    with web.sessions() as s:
        status = dict(s.execute(select(Draft.id, Draft.status)).all())
    assert status == {paid: "approved", away: "filed", dispute: "pending"}


def test_attachments_download_and_never_render_inline(web, alice):
    draft_id = web.item(PROMISE)
    with transaction(web.sessions) as s:
        msg_id = s.get(Draft, draft_id).message_id
        row = MessageAttachment(message_id=msg_id, filename="remit.html", content_type="text/html", size=20,
                                sha256="0" * 64, data=b"<script>alert(1)</script>")
        s.add(row)
        s.flush()
        att = row.id
    assert "remit.html" in alice.get(f"/drafts/{draft_id}").text
    r = alice.get(f"/drafts/{draft_id}/attachments/{att}")
    assert r.content == b"<script>alert(1)</script>"
    assert r.headers["content-disposition"].startswith("attachment;")
    assert r.headers["content-type"] == "application/octet-stream"
    assert alice.get(f"/drafts/{draft_id}/attachments/{att + 1}").status_code == 404


def test_the_audit_log_shows_the_edit_as_a_diff_and_exports_csv(web):
    draft_id = web.item(PROMISE)
    dana = logged_in(web, "dana")
    page = dana.get(f"/drafts/{draft_id}").text
    dana.post(f"/drafts/{draft_id}/decide", data={"csrf_token": csrf(page), "action": "approve",
                                                  "body": "<b>Short</b> and sweet."})
    audit = dana.get("/audit", params={"action": "draft"}).text
    assert '<span class="add">+&lt;b&gt;Short&lt;/b&gt; and sweet.</span>' in audit
    assert "<td>draft.edit</td>" in audit and "<td>user.login</td>" not in audit
    csv_text = dana.get("/audit.csv", params={"action": "user.login"}).text
    assert csv_text.splitlines()[0] == "at,actor,action,entity,entity_id,before,after,detail"
    assert "user:dana" in csv_text and "draft.edit" not in csv_text
    with web.sessions() as s:
        assert s.scalar(select(AuditLog.detail).where(AuditLog.action == "draft.edit")).startswith("similarity")
    dana.__exit__(None, None, None)


def test_the_reports_page_draws_its_charts_on_the_server(web, alice):
    draft_id = web.item(PROMISE)
    page = alice.get(f"/drafts/{draft_id}").text
    alice.post(f"/drafts/{draft_id}/decide", data={"csrf_token": csrf(page), "action": "approve"})
    r = alice.get("/reports", params={"as_of": "2026-11-20"})
    assert r.status_code == 200
    assert r.text.count("<svg") == 6 and "Acme Industrial" in r.text
    r = alice.get("/reports")  # decisions are counted over the 30 days before today
    assert "Collector activity" in r.text and re.search(r"<td>alice</td><td class=\"num\">1</td>", r.text)
    assert "http://" not in r.text.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_the_reports_page_never_adds_currencies_together(web, alice):
    from datetime import date as day
    from decimal import Decimal

    from ledger.customers import upsert_customer
    from ledger.db import transaction
    from ledger.invoices import upsert_invoice
    from ledger.schemas import CustomerIn, InvoiceIn

    with transaction(web.sessions) as s:
        upsert_customer(s, CustomerIn(external_id="C-EU", name="Bluepeak GmbH", currency="EUR"), actor="test")
        upsert_invoice(s, InvoiceIn(invoice_number="INV-40001", customer_id="C-EU", issue_date=day(2026, 10, 1),
                                    due_date=day(2026, 10, 31), amount=Decimal("999.00")), actor="test")
    usd = alice.get("/reports", params={"as_of": "2026-11-20"}).text
    assert "Total open AR <b>USD 7,208.27</b>" in " ".join(usd.split())  # the larger book, alone
    assert '<option value="EUR">EUR</option>' in usd
    eur = alice.get("/reports", params={"as_of": "2026-11-20", "currency": "eur"}).text
    assert "Total open AR <b>EUR 999.00</b>" in " ".join(eur.split())
