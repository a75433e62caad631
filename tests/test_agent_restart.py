"""A process killed while a message waits for approval: the next process resumes the graph from
its checkpoint in the database, makes no second item, and applies the decision once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from sqlalchemy import func, select

from ledger.approvals import Decision
from ledger.models import Draft, Outbox, Promise
from tests.agent_fixtures import agent_for, email, seed_ledger, store

CHILD = textwrap.dedent("""
    import sys, time
    from datetime import date
    from ledger.db import make_engine, session_factory
    from agent.triage import make_agent
    from config import Settings

    url, data_dir, message_row_id = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sessions = session_factory(make_engine(url))
    settings = Settings(AR_DATA_DIR=data_dir, AR_DATABASE_URL=url, AR_REASONER="offline",
                        AR_FROM="Acme Receivables <ar@ourco.example>")
    agent = make_agent(settings, sessions, today=lambda: date(2026, 11, 20))
    print(agent.process(message_row_id), flush=True)
    time.sleep(600)  # still "running" with the item waiting: the test kills us here
""")


def test_a_killed_process_leaves_the_item_waiting_and_the_next_one_resumes_it(engine, sessions, tmp_path):
    users = seed_ledger(sessions)
    mid = store(sessions, email("We will pay INV-20417 by 30 November 2026."))
    url = engine.url.render_as_string(hide_password=False)
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, str(tmp_path), str(mid)],
                             stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    try:
        line = child.stdout.readline().strip()
        assert line == "awaiting_approval"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    time.sleep(0.1)

    with agent_for(engine, sessions, tmp_path) as agent:
        assert agent.process(mid) == "awaiting_approval"  # picked up, not redone
        with sessions() as s:
            assert s.scalar(select(func.count()).select_from(Draft)) == 1
            draft_id, thread = s.execute(select(Draft.id, Draft.graph_thread_id)).one()
        state = agent.graph.get_state(agent._config(thread))
        assert state.next == ("await_approval",)  # resumed from the checkpoint, not re-run
        result = agent.decide(draft_id, Decision(action="approve"), user_id=users["alice"])
        assert result.status == "approved"
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Promise)) == 1
        assert s.scalar(select(func.count()).select_from(Outbox)) == 1
