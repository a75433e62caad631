"""The REST API of the approval queue: who may list and decide what, and every bad request
answered with a clear 4xx JSON message."""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from ledger.models import AuditLog, Draft, Outbox, Promise
from tests.web_fixtures import make_web

PROMISE = "We will pay INV-20417 by 30 November 2026."
DISPUTE = "INV-20418: we were billed $14.20/unit but our PO says $12.80. Please correct."
PLAN = "Could we pay the balance in 3 monthly installments?"


@pytest.fixture
def web(engine, sessions, tmp_path):
    w = make_web(engine, sessions, tmp_path)
    yield w
    w.agent.close()


@pytest.fixture
def client(web):
    with TestClient(web.app()) as c:
        yield c


def outbox_count(web) -> int:
    with web.sessions() as s:
        return s.scalar(select(func.count()).select_from(Outbox))


def test_the_api_needs_a_valid_token(web, client):
    assert client.get("/api/drafts").status_code == 401
    r = client.get("/api/drafts", headers={"Authorization": "Bearer ara_not-a-token"})
    assert r.status_code == 401 and r.json()["detail"] == "invalid or revoked API token"
    assert client.get("/api/drafts", headers={"Authorization": "Basic abc"}).status_code == 401
    assert client.get("/api/drafts", headers=web.auth("alice")).status_code == 200


def test_a_revoked_token_no_longer_opens_the_api(web, client):
    from ledger.db import transaction
    from ledger.models import ApiToken
    from ledger.users import revoke_token

    with transaction(web.sessions) as s:
        token_id = s.scalar(select(ApiToken.id).where(ApiToken.user_id == web.users["alice"]))
        revoke_token(s, token_id, actor="test")
    assert client.get("/api/drafts", headers=web.auth("alice")).status_code == 401


def test_the_queue_lists_disputes_before_promises_with_counts(web, client):
    promise = web.item(PROMISE)
    dispute = web.item(DISPUTE)
    body = client.get("/api/drafts", headers=web.auth("dana")).json()
    assert [i["id"] for i in body["items"]] == [dispute, promise]
    assert body["total"] == 2
    assert body["counts"]["intent"] == {"promise_to_pay": 1, "dispute": 1}
    only = client.get("/api/drafts", params={"intent": "promise_to_pay"}, headers=web.auth("dana")).json()
    assert [i["id"] for i in only["items"]] == [promise]
    paged = client.get("/api/drafts", params={"per_page": 1, "page": 2}, headers=web.auth("dana")).json()
    assert [i["id"] for i in paged["items"]] == [promise] and paged["total"] == 2


def test_collectors_see_their_own_customers_by_default(web, client):
    web.set_owner("C-ACME", "dana")
    acme = web.item(PROMISE)
    mine = client.get("/api/drafts", headers=web.auth("alice")).json()
    assert mine["items"] == []
    everyone = client.get("/api/drafts", params={"owner": "all"}, headers=web.auth("alice")).json()
    assert [i["id"] for i in everyone["items"]] == [acme]
    assert client.get("/api/drafts", headers=web.auth("dana")).json()["total"] == 1  # managers see all


def test_showing_one_item_gives_the_reading_and_the_actions_in_words(web, client):
    draft_id = web.item(PROMISE)
    body = client.get(f"/api/drafts/{draft_id}", headers=web.auth("alice")).json()
    assert body["intents"] == ["promise_to_pay"]
    assert body["actions"][0]["summary"] == "Record promise: the open balance by 2026-11-30 on INV-20417"
    assert body["reading"]["evidence"]
    assert client.get("/api/drafts/999999", headers=web.auth("alice")).status_code == 404
    r = client.get("/api/drafts/abc", headers=web.auth("alice"))
    assert r.status_code == 422 and "draft_id" in r.json()["detail"]


def test_approving_queues_the_reply_once_and_a_second_decision_is_a_conflict(web, client):
    draft_id = web.item(PROMISE)
    r = client.post(f"/api/drafts/{draft_id}/approve", headers=web.auth("alice"))
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "approved" and r.json()["outbox_id"]
    again = client.post(f"/api/drafts/{draft_id}/approve", headers=web.auth("dana"))
    assert again.status_code == 409 and "already decided" in again.json()["detail"]
    assert outbox_count(web) == 1
    with web.sessions() as s:
        assert s.scalar(select(Promise.status)) == "open"


def test_edit_sends_the_edited_text_and_keeps_only_the_ticked_actions(web, client):
    draft_id = web.item(PROMISE)
    r = client.post(f"/api/drafts/{draft_id}/edit", headers=web.auth("alice"),
                    json={"body": "Thank you, Dana. Noted: INV-20417 by 30 November.\n", "enabled_actions": []})
    assert r.status_code == 200, r.text
    with web.sessions() as s:
        row = s.scalar(select(Outbox))
        assert row.body == "Thank you, Dana. Noted: INV-20417 by 30 November.\n"
        draft = s.get(Draft, draft_id)
        assert draft.decision == "edit" and draft.edit_similarity < 1
        assert s.scalar(select(func.count()).select_from(Promise)) == 0


@pytest.mark.parametrize("payload, words", [
    ({"body": "   "}, "body"),
    ({"subject": "Hi\r\nBcc: everyone@example.com"}, "one line"),
    ({"subject": "x" * 999}, "subject"),
    ({"body": "ok", "unexpected": 1}, "unexpected"),
    ({}, "an edit needs"),
    ({"enabled_actions": [7]}, "proposed actions"),
    ({"actions": [{"kind": "write_off_everything"}]}, "kind"),
])
def test_bad_edits_are_refused_with_a_message_and_change_nothing(web, client, payload, words):
    draft_id = web.item(PROMISE)
    r = client.post(f"/api/drafts/{draft_id}/edit", headers=web.auth("alice"), json=payload)
    assert r.status_code == 422, r.text
    assert words in r.json()["detail"]
    with web.sessions() as s:
        assert s.get(Draft, draft_id).status == "pending"


def test_malformed_json_is_a_422_not_a_crash(web, client):
    draft_id = web.item(PROMISE)
    r = client.post(f"/api/drafts/{draft_id}/edit", headers={**web.auth("alice"), "Content-Type": "application/json"},
                    content=b"{not json")
    assert r.status_code == 422 and r.json()["detail"]


def test_rejecting_needs_a_reason_and_sends_nothing(web, client):
    draft_id = web.item(DISPUTE)
    assert client.post(f"/api/drafts/{draft_id}/reject", headers=web.auth("alice"), json={"reason": " "}).status_code == 422
    r = client.post(f"/api/drafts/{draft_id}/reject", headers=web.auth("alice"), json={"reason": "settled by phone"})
    assert r.status_code == 200 and r.json()["status"] == "rejected"
    assert outbox_count(web) == 0
    with web.sessions() as s:
        entry = s.scalar(select(AuditLog).where(AuditLog.action == "draft.reject"))
        assert entry.actor == "user:alice" and entry.detail == "settled by phone"


def test_only_a_manager_approves_a_payment_plan(web, client):
    draft_id = web.item(PLAN)
    r = client.post(f"/api/drafts/{draft_id}/approve", headers=web.auth("alice"))
    assert r.status_code == 403 and "manager" in r.json()["detail"]
    assert client.post(f"/api/drafts/{draft_id}/approve", headers=web.auth("dana")).status_code == 200
    assert outbox_count(web) == 1


@pytest.mark.postgres
@pytest.mark.parametrize("engine", ["postgres"], indirect=True)
def test_two_collectors_approving_at_once_on_postgresql_send_it_once(web):
    draft_id = web.item(PROMISE)
    from ledger.db import transaction
    from ledger.models import User

    with transaction(web.sessions) as s:
        s.add(User(name="bo", email="bo@ourco.example", role="collector"))
    from ledger.users import issue_token

    with transaction(web.sessions) as s:
        web.tokens["bo"] = issue_token(s, "bo", actor="test")[1]
    app = web.app()
    barrier = threading.Barrier(2)
    codes: list[int] = []

    def approve(name: str) -> None:
        with TestClient(app) as c:
            barrier.wait()
            codes.append(c.post(f"/api/drafts/{draft_id}/approve", headers=web.auth(name)).status_code)

    threads = [threading.Thread(target=approve, args=(n,)) for n in ("alice", "bo")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(codes) == [200, 409]
    assert outbox_count(web) == 1
