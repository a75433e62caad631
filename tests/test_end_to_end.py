"""The whole product as a finance team runs it, through the `ar-agent` command, against a real
IMAP server (Dovecot) and a real SMTP server (aiosmtpd) on loopback:

demo ledger → customers' replies land in the IMAP inbox → the agent triages them → items wait
→ approve one (actions applied, reply delivered once, in thread, copied to Sent) → reject one
(nothing sent, nothing applied) → edit one (the edited text is what is sent and remembered).
"""

from __future__ import annotations

import email
import json
import mailbox
import os
import subprocess
import sys
from email import policy

import pytest
from sqlalchemy import func, select

from ledger.db import make_engine, session_factory
from ledger.models import Dispute, Draft, Message, Outbox, Promise
from tests.mailservers import Dovecot, SmtpServer


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cli.main", *args], env=env, capture_output=True, text=True,
                          timeout=300, cwd=os.getcwd())


def _ok(env: dict[str, str], *args: str) -> str:
    done = _cli(env, *args)
    assert done.returncode == 0, f"ar-agent {' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture
def product(tmp_path, dovecot: Dovecot, imap_user: str, smtp_server: SmtpServer):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AR_", "OPENAI_"))}
    env.update(AR_DATA_DIR=str(tmp_path), AR_IMAP_URL=dovecot.url(imap_user),
               AR_SMTP_URL=smtp_server.url, AR_FROM="Acme Receivables <ar@ourco.example>", AR_REASONER="offline")
    _ok(env, "demo", "seed", "--customers", "30", "--seed", "11")
    for _, msg in mailbox.Maildir(tmp_path / "demo-mailbox", create=False).items():
        dovecot.append(imap_user, msg.as_bytes())
    return env, tmp_path


def _items(env: dict[str, str]) -> list[dict]:
    return json.loads(_ok(env, "queue", "list", "--json", "--limit", "500"))


def test_mail_in_decisions_and_mail_out(product, dovecot: Dovecot, imap_user: str, smtp_server: SmtpServer):
    env, data_dir = product
    triaged = json.loads(_ok(env, "triage", "--json"))
    assert triaged["stored"] == triaged["pending_items"] > 30

    items = _items(env)
    promise = next(i for i in items if i["intents"] == ["promise_to_pay"] and i["to"])
    dispute = next(i for i in items if "dispute" in i["intents"] and i["to"])
    other = next(i for i in items if i["to"] and i["id"] not in (promise["id"], dispute["id"])
                 and not i["needs_manager"])

    _ok(env, "queue", "approve", str(promise["id"]), "--user", "alice")
    _ok(env, "queue", "reject", str(dispute["id"]), "--user", "alice", "--reason", "called them instead")
    body = data_dir / "edited.txt"
    body.write_text("Thanks — noted, we will be in touch shortly.\nAcme Receivables\n")
    _ok(env, "queue", "edit", str(other["id"]), "--body-file", str(body), "--user", "alice")

    # a second decision on a decided item is refused with one clear line
    again = _cli(env, "queue", "approve", str(promise["id"]), "--user", "dana")
    assert again.returncode != 0 and again.stderr.startswith("error: ") and "already decided" in again.stderr

    sent = json.loads(_ok(env, "send", "--json"))
    assert len(sent["sent"]) == 2
    assert json.loads(_ok(env, "send", "--json"))["sent"] == []  # delivered once, never twice
    received = {r.rcpt_tos[0]: email.message_from_bytes(r.data, policy=policy.default)
                for r in smtp_server.received}
    assert set(received) == {promise["to"], other["to"]}
    edited = received[other["to"]]
    assert edited.get_content().strip().startswith("Thanks — noted")

    engine = make_engine(f"sqlite:///{data_dir / 'ar.db'}")
    sessions = session_factory(engine)
    with sessions() as s:
        original = s.scalar(select(Message).join(Outbox, Outbox.to_addr == Message.from_addr)
                            .where(Message.from_addr == promise["to"]))
        reply = received[promise["to"]]
        assert reply["In-Reply-To"].strip("<>") == original.message_id
        assert original.message_id in reply["References"]
        row = s.scalar(select(Outbox).where(Outbox.to_addr == promise["to"]))
        assert reply["Message-ID"].strip("<>") == row.message_id and row.status == "sent"
        proposed = [a for item in (promise, other) for a in s.get(Draft, item["id"]).actions
                    if a["kind"] == "record_promise" and a["enabled"]]
        assert proposed  # the approved items proposed promises, and each was recorded once
        assert s.scalar(select(func.count()).select_from(Promise)
                        .where(Promise.source_message_id.is_not(None))) == len(proposed)
        # the rejected dispute was not opened
        rejected = s.get(Draft, dispute["id"])
        assert s.scalar(select(func.count()).select_from(Dispute)
                        .where(Dispute.source_message_id == rejected.message_id)) == 0
    engine.dispose()

    imap = dovecot.client(imap_user)
    try:
        imap.select('"Sent"', readonly=True)
        typ, data = imap.search(None, "ALL")
        assert typ == "OK" and len(data[0].split()) == 2  # a copy of each sent reply
        imap.select("INBOX", readonly=True)
        typ, data = imap.search(None, "KEYWORD", "$ARTriaged")
        assert typ == "OK" and len(data[0].split()) == triaged["stored"]  # every message labelled
    finally:
        imap.logout()

    # what the collector approved (after editing) is what the drafter will see as an example
    probe = ("from agent.memory import ReplyMemory\nfrom pathlib import Path\nimport sys\n"
             "m = ReplyMemory.for_data_dir(Path(sys.argv[1]), None)\n"
             "print('\\n'.join(m.similar('noted, we will be in touch', customer_id=None, intent=sys.argv[2], k=3)))\n")
    found = subprocess.run([sys.executable, "-c", probe, str(data_dir), other["intents"][0]], capture_output=True,
                           text=True, timeout=120)
    assert "Thanks — noted, we will be in touch shortly." in found.stdout, found.stderr
