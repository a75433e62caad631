"""Speed and memory of the local embedding and the approved-replies memory.

Prints model load time, texts embedded per second (batched, as when a backlog of approvals is
remembered), single-message latency (as when one draft asks for examples), lookups per second
against a memory holding --replies approved replies, and the process's peak resident memory.

    python bench/embedding_bench.py [--texts 2000] [--threads 1] [--batch-size 16] [--replies 300]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

OPENINGS = ["Hi,", "Hello team,", "Good morning,", "Dear AR,", "Hi Dana,", ""]
BODIES = [
    "we will pay {inv} in full by Friday.",
    "payment for {inv} was released yesterday, reference {ref}.",
    "the unit price on {inv} does not match our PO {po}; please send a corrected invoice.",
    "could you send us a copy of {inv} and a current statement?",
    "we are short on cash this month and would like to pay {inv} in three instalments.",
    "what is our open balance, and which invoices are past due?",
    "please send invoices to ap-invoices@example.com from now on; I am leaving the company.",
    "we only received 40 of the 50 units billed on {inv}.",
    "{inv} appears to be a duplicate of an invoice we already paid.",
    "half of {inv} will go out on the 30th, the rest next month.",
]
CLOSINGS = ["Thanks", "Regards, Dana", "Best, Accounts Payable", "Kind regards", ""]


def compose(rng: random.Random) -> str:
    body = rng.choice(BODIES).format(inv=f"INV-{rng.randint(10000, 99999)}", ref=f"ACH{rng.randint(100000, 999999)}",
                                     po=f"PO-{rng.randint(1000, 9999)}")
    return " ".join(p for p in (rng.choice(OPENINGS), body, rng.choice(CLOSINGS)) if p)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--replies", type=int, default=300, help="approved replies in the memory (0 skips it)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    texts = [compose(rng) for _ in range(args.texts)]
    print(f"peak RSS before loading: {peak_mib():.0f} MiB")

    from agent.embedding import MiniLMEmbedding

    ef = MiniLMEmbedding(threads=args.threads, batch_size=args.batch_size)
    started = time.perf_counter()
    ef(["load"])
    print(f"model load: {time.perf_counter() - started:.2f} s; peak RSS {peak_mib():.0f} MiB")

    started, cpu_started = time.perf_counter(), time.process_time()
    ef(texts)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    mean_chars = statistics.mean(len(t) for t in texts)
    # CPU time as well as wall time: on a busy shared machine the wall-clock rate understates it.
    print(f"batched: {len(texts) / elapsed:,.0f} texts/s wall, {len(texts) / cpu:,.0f} texts/s per CPU second "
          f"({len(texts)} texts, mean {mean_chars:.0f} chars, batch {args.batch_size}, {args.threads} thread(s))")

    singles = []
    for text in texts[:200]:
        t0 = time.perf_counter()
        ef([text])
        singles.append(time.perf_counter() - t0)
    singles.sort()
    print(f"one at a time: median {statistics.median(singles) * 1000:.1f} ms, "
          f"p95 {singles[int(len(singles) * 0.95) - 1] * 1000:.1f} ms")

    if args.replies > 0:
        from agent.memory import ReplyMemory

        intents = ["promise_to_pay", "payment_sent", "dispute", "invoice_request", "balance_inquiry"]
        with tempfile.TemporaryDirectory(prefix="ar-embedding-bench-") as workdir:
            memory = ReplyMemory(path=Path(workdir) / "chroma", threads=args.threads)
            started = time.perf_counter()
            for i in range(args.replies):
                memory.remember(draft_id=i, customer_id=rng.randint(1, 50), intent=rng.choice(intents),
                                tone="friendly", inbound_text=compose(rng), reply_text=f"Approved reply {i}.",
                                edited=rng.random() < 0.3, similarity=None)
            elapsed = time.perf_counter() - started
            print(f"remember: {args.replies / elapsed:,.0f} replies/s, one at a time")
            queries = [compose(rng) for _ in range(200)]
            started = time.perf_counter()
            hits = sum(len(memory.similar(q, customer_id=rng.randint(1, 50), intent=rng.choice(intents)))
                       for q in queries)
            elapsed = time.perf_counter() - started
            print(f"similar: {len(queries) / elapsed:,.0f} lookups/s over {args.replies} replies "
                  f"({hits / len(queries):.1f} examples each)")

    print(f"peak RSS: {peak_mib():.0f} MiB")


if __name__ == "__main__":
    main()
