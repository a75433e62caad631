"""Throughput of the full inbound graph (offline reasoner, SQLite): messages/s and peak memory.

Seeds the demo ledger, composes N demo-style customer replies (the demo mailbox's scenes with
fresh seeds, so senders, invoices, dates and wording vary), stores them, then times the graph
from stored message to approval item. With a model endpoint configured (AR_REASONER=openai) it
also reports model calls and tokens per message.

    python bench/triage_bench.py [--messages 2000] [--customers 200]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--customers", type=int, default=200)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="ar-triage-bench-"))
    os.environ["AR_DATA_DIR"] = str(workdir)
    os.environ.setdefault("AR_REASONER", "offline")
    from rich.console import Console
    from rich.progress import Progress
    from sqlalchemy import func, select

    from agent.triage import make_agent
    from cli.context import ledger_sessions
    from config import get_settings
    from connectors.demo_mailbox import compose_demo_mail
    from ledger.db import transaction
    from ledger.demo import DemoOptions, seed_demo
    from ledger.messages import store_raw
    from ledger.models import Draft, Message

    console = Console()
    settings = get_settings()
    sessions = ledger_sessions()
    as_of = date(2026, 11, 20)
    with transaction(sessions) as s:
        seed_demo(s, DemoOptions(customers=args.customers, seed=7, as_of=as_of))

    stored = 0
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("composing and storing messages", total=args.messages)
        seed = 0
        while stored < args.messages:
            with transaction(sessions) as s:
                for _, msg in compose_demo_mail(s, as_of=as_of, seed=1000 + seed):
                    if stored >= args.messages:
                        break
                    del msg["Message-ID"]
                    msg["Message-ID"] = f"<bench-{stored}@bench.example>"
                    if store_raw(s, msg.as_bytes(), source="bench", folder="INBOX").created:
                        stored += 1
                        progress.advance(task)
            seed += 1

    agent = make_agent(settings, sessions, today=lambda: as_of)
    with sessions() as s:
        ids = list(s.scalars(select(Message.id).order_by(Message.id)))
    agent.process(ids[0])  # warm-up: imports, compiled templates, lexicons
    timings = []
    started = time.perf_counter()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("triaging", total=len(ids) - 1)
        for mid in ids[1:]:
            t0 = time.perf_counter()
            agent.process(mid)
            timings.append(time.perf_counter() - t0)
            progress.advance(task)
    elapsed = time.perf_counter() - started
    agent.close()
    with sessions() as s:
        items = s.scalar(select(func.count()).select_from(Draft))
        states = dict(s.execute(select(Message.state, func.count()).group_by(Message.state)).all())
        usage = [m for m in s.scalars(select(Message.analysis)) if m]
    calls = sum(u.get("usage", {}).get("model_calls", 0) for u in usage)
    tokens = sum(u.get("usage", {}).get("prompt_tokens", 0) + u.get("usage", {}).get("completion_tokens", 0)
                 for u in usage)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    timings.sort()
    console.print(f"reasoner            {settings.reasoner}")
    console.print(f"messages            {len(timings)} (+1 warm-up), approval items {items}, states {states}")
    console.print(f"throughput          {len(timings) / elapsed:.1f} messages/s")
    console.print(f"per message         p50 {statistics.median(timings) * 1000:.1f} ms, "
                  f"p95 {timings[int(len(timings) * 0.95)] * 1000:.1f} ms")
    console.print(f"peak memory (RSS)   {peak_mb:.0f} MB")
    if calls:
        console.print(f"model calls/message {calls / len(usage):.2f}, tokens/message {tokens / len(usage):.0f}")


if __name__ == "__main__":
    main()
