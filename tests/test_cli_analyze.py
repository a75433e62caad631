"""`ar-agent analyze`: one JSON line per file, in order, a failing file reported and skipped,
and the configured ledger used (when there is one) to recognise the sender's invoices."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.agent_fixtures import email, seed_ledger


def _analyze(env_dir, *files, extra_env=None):  # type: ignore[no-untyped-def]
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("AR_", "OPENAI_"))}
    env.update(AR_DATA_DIR=str(env_dir), **(extra_env or {}))
    return subprocess.run([sys.executable, "-m", "cli.main", "analyze", *map(str, files), "--json"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_each_file_gets_one_line_in_order_and_a_bad_one_an_error(tmp_path):
    good = tmp_path / "promise.eml"
    good.write_bytes(email("We will pay INV-20417 by 30 November 2026."))
    bad = tmp_path / "empty.eml"
    bad.write_bytes(b"")
    done = _analyze(tmp_path, good, bad, good)
    assert done.returncode != 0  # one file failed
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["path"] for line in lines] == [str(good), str(bad), str(good)]
    assert lines[0]["intents"] == ["promise_to_pay"]
    assert lines[0]["promises"] == [{"amount": None, "currency": None, "date": "2026-11-30",
                                     "invoices": ["INV-20417"]}]
    assert "error" in lines[1] and "intents" not in lines[1]


def test_the_ledger_tells_a_bare_number_is_the_senders_invoice(tmp_path, sqlite_sessions):
    seed_ledger(sqlite_sessions)
    url = sqlite_sessions.kw["bind"].url.render_as_string(hide_password=False)
    msg = tmp_path / "bare.eml"
    msg.write_bytes(email("Payment for 20418 goes out on 30 November 2026.", subject="Payment"))
    with_ledger = json.loads(_analyze(tmp_path, msg, extra_env={"AR_DATABASE_URL": url}).stdout)
    assert "INV-20418" in with_ledger["invoices"]
