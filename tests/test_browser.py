"""The approval queue in a real browser (headless Chromium): log in, edit and approve a reply
that then leaves by SMTP, reject another, and show a hostile email without running any of it."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from ledger.models import Draft
from tests.mailservers import free_port
from tests.web_fixtures import PASSWORD, make_web

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).parent / "artifacts"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chromium():
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is required in CI (scripts/services.sh installs it)")
        pytest.skip("chromium is not installed; run scripts/services.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def web(sqlite_only_engine, sqlite_sessions, tmp_path):
    w = make_web(sqlite_only_engine, sqlite_sessions, tmp_path)
    yield w
    w.agent.close()


@pytest.fixture
def base_url(web):
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(web.app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(chromium, base_url):
    context = chromium.new_context(base_url=base_url, viewport={"width": 1400, "height": 1000})
    p = context.new_page()
    p.set_default_timeout(15_000)
    yield p
    context.close()


def log_in(page, name: str = "alice") -> None:
    page.goto("/")
    page.fill("input[name=login]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("table#queue")


def test_a_collector_edits_and_approves_a_reply_that_leaves_by_smtp_then_rejects_another(web, page, smtp_server):
    from connectors.smtp import SmtpTransport, deliver_once, parse_smtp_url

    promise = web.item("Hi, we will pay INV-20417 in full by Friday. Thanks, Dana\r\n\r\n"
                       "On Mon, Nov 16, 2026 AR Team wrote:\r\n> INV-20418 is 19 days past due.\r\n")
    dispute = web.item("INV-20418: we were billed $14.20/unit but our PO says $12.80. Please correct.")
    log_in(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "queue.png"), full_page=True)
    rows = page.locator("table#queue tbody tr[data-id]")
    assert rows.count() == 2
    assert rows.nth(0).get_attribute("data-id") == str(dispute)  # disputes first
    assert "selected" in rows.nth(0).get_attribute("class")
    page.keyboard.press("j")  # the keyboard moves to the promise, o opens it
    assert "selected" in rows.nth(1).get_attribute("class")
    page.keyboard.press("o")
    page.wait_for_url(f"**/drafts/{promise}")
    assert page.locator("mark.evidence").first.inner_text().find("INV-20417") >= 0
    assert not page.locator("details.quoted").get_attribute("open")
    page.screenshot(path=str(ARTIFACTS / "item.png"), full_page=True)

    page.fill("#body", "Dear Dana,\n\nThank you: we have noted payment of INV-20417 by Friday, November 20.\n\nAR Team")
    page.click("#approve")
    page.wait_for_selector("p.notice.ok")
    assert "Approved item" in page.locator("p.notice.ok").inner_text()
    assert page.locator(f'tr[data-id="{promise}"]').count() == 0

    report = deliver_once(web.sessions, SmtpTransport(parse_smtp_url(smtp_server.url)))
    assert len(report.sent) == 1
    assert len(smtp_server.received) == 1
    sent = smtp_server.received[0]
    assert sent.rcpt_tos == ["dana.ruiz@acme.example"]
    assert b"we have noted payment of INV-20417 by Friday" in sent.data

    page.click(f'tr[data-id="{dispute}"] a')
    page.wait_for_url(f"**/drafts/{dispute}")
    page.fill("#reason", "Credit note already issued by phone")
    page.click("#reject-form button[type=submit]")
    page.wait_for_selector("p.notice.ok")
    assert page.locator("table#queue tbody tr[data-id]").count() == 0
    with web.sessions() as s:
        assert s.scalar(select(Draft.status).where(Draft.id == dispute)) == "rejected"
    assert len(smtp_server.received) == 1


def test_a_hostile_email_is_shown_as_text_and_runs_nothing(web, page):
    draft_id = web.item('<script>window.__pwned = 1; alert("script")</script>'
                        '<img src=x onerror="window.__pwned = 2; alert(\'img\')"> '
                        "We will pay INV-20417 by 30 November 2026.",
                        subject='<svg onload="alert(3)"> INV-20417')
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    log_in(page)
    page.goto(f"/drafts/{draft_id}")
    page.wait_for_selector("#new-text")
    assert '<script>window.__pwned = 1; alert("script")</script>' in page.locator("#new-text").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#new-text script, #new-text img, h2 svg").count() == 0
    page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)
    page.goto("/")
    page.wait_for_selector("table#queue")
    assert page.evaluate("window.__pwned") is None
    assert dialogs == [] and errors == []
