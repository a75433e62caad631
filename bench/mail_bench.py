"""Mail pipeline benchmark: a 10,000-message Dovecot mailbox synced and cleaned.

Prints initial sync throughput (messages stored per second, IMAP fetch + commit to SQLite),
cleaning throughput (the default processor: clean + store the cleaned fields), and memory:
resident size sampled at every fetched batch, so a mailbox held in memory would show as growth
between the first and the last thousand messages.

    python bench/mail_bench.py [--messages 10000] [--batch-size 200]

Targets: sync >= 200 msg/s, cleaning >= 500 msg/s, memory flat in mailbox size.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connectors.imap import ImapMailbox, parse_imap_url  # noqa: E402
from connectors.worker import default_processor, process_pending, sync_once  # noqa: E402
from ledger.db import make_engine, migrate, session_factory  # noqa: E402
from tests.mailservers import start_dovecot  # noqa: E402

COMPANIES = ["Northwind", "Contoso", "Fabrikam", "Initech", "Globex", "Umbrella", "Hooli", "Vandelay"]
REPLIES = [
    "We will pay INV-{inv} by Friday.",
    "Payment for INV-{inv} was sent yesterday, reference ACH-{ref}.",
    "We were billed $14.20/unit on INV-{inv} but our PO says $12.80. Please send a credit note.",
    "Could you send a copy of INV-{inv}? We cannot find it in our system.",
    "I am out of the office until Monday with limited access to email.",
    "Please contact ap@{domain} for invoices from now on.",
]


def message(n: int, rng: random.Random) -> bytes:
    company = rng.choice(COMPANIES)
    domain = f"{company.lower()}.example"
    inv = 20000 + n
    text = rng.choice(REPLIES).format(inv=inv, ref=rng.randint(10**6, 10**7), domain=domain)
    quoted = "\r\n".join(
        f"> {line}"
        for line in (
            f"Dear {company} team,",
            f"Invoice INV-{inv} for $1,{rng.randint(100, 999)}.00 was due on 1 June 2026.",
            "Please let us know when we can expect payment.",
            "Kind regards, Accounts Receivable",
        )
        * 6
    )
    return (
        f"From: AP {company} <ap@{domain}>\r\n"
        f"To: ar@ourco.example\r\n"
        f"Subject: RE: Invoice INV-{inv} past due\r\n"
        f"Date: Tue, 02 Jun 2026 09:{n % 60:02d}:00 -0500\r\n"
        f"Message-ID: <bench-{n}@{domain}>\r\n"
        f"In-Reply-To: <dunning-{n}@ourco.example>\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hello,\r\n\r\n{text}\r\n\r\nThanks,\r\nDana Ruiz\r\nAccounts Payable, {company}\r\n\r\n"
        f"On Mon, 1 Jun 2026 at 08:00, AR Team <ar@ourco.example> wrote:\r\n{quoted}\r\n"
    ).encode()


def fill_maildir(path: Path, count: int) -> int:
    """Write the messages straight into the Maildir (far faster than APPEND); returns bytes."""
    rng = random.Random(7)
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    total = 0
    base = int(time.time()) - count
    for n in range(count):
        raw = message(n, rng)
        total += len(raw)
        (path / "cur" / f"{base + n}.M{n}P{os.getpid()}.bench:2,").write_bytes(raw)
    return total


def rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class Sampled:
    """An ImapMailbox that notes resident memory and progress at each fetched batch."""

    def __init__(self, box: ImapMailbox):
        self.box = box
        self.fetched = 0
        self.samples: list[tuple[int, float]] = []

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.box, name)

    def fetch(self, uids, *, max_bytes=None):  # type: ignore[no-untyped-def]
        got = self.box.fetch(uids, max_bytes=max_bytes)
        self.fetched += len(got)
        self.samples.append((self.fetched, rss_mib()))
        return got


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=200)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ar-mail-bench-"))
    server = start_dovecot()
    try:
        user = "bench"
        maildir = server.maildir(user)
        started = time.perf_counter()
        size = fill_maildir(maildir, args.messages)
        owner = server.maildir("x").parent.stat()
        for dirpath, _, files in os.walk(maildir):
            os.chown(dirpath, owner.st_uid, owner.st_gid)
            for name in files:
                os.chown(os.path.join(dirpath, name), owner.st_uid, owner.st_gid)
        written = time.perf_counter() - started

        started = time.perf_counter()
        client = server.client(user)
        client.select("INBOX")
        client.logout()
        indexed = time.perf_counter() - started

        engine = make_engine(f"sqlite:///{work / 'ar.db'}")
        migrate(engine)
        sessions = session_factory(engine)

        box = Sampled(ImapMailbox(parse_imap_url(server.url(user))).connect())
        started = time.perf_counter()
        report = sync_once(sessions, box, ["INBOX"], process=None, batch_size=args.batch_size)
        synced = time.perf_counter() - started
        box.close()
        assert report.stored == args.messages, report

        # The cleaner alone, over the stored bytes read back in batches.
        from sqlalchemy import select

        from agent.cleaning import clean_message
        from ledger.models import Message

        started = time.perf_counter()
        with sessions() as session:
            for raw in session.scalars(select(Message.raw).execution_options(yield_per=500)):
                clean_message(raw)
        pure = time.perf_counter() - started

        started = time.perf_counter()
        cleaned = process_pending(sessions, default_processor(sessions))
        cleaning = time.perf_counter() - started
        assert cleaned.processed == args.messages, cleaned

        early = next(rss for n, rss in box.samples if n >= min(1000, args.messages))
        late = box.samples[-1][1]
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"mailbox: {args.messages} messages, {size / 2**20:.1f} MiB "
              f"(written in {written:.1f} s, indexed by Dovecot in {indexed:.1f} s)")
        print(f"initial sync: {args.messages / synced:.0f} msg/s stored ({synced:.1f} s, batches of "
              f"{args.batch_size}; target >= 200)")
        print(f"cleaning: {args.messages / pure:.0f} msg/s for clean_message alone (target >= 500); "
              f"{args.messages / cleaning:.0f} msg/s with the cleaned fields stored and the state committed")
        print(f"memory: resident {early:.0f} MiB after {min(1000, args.messages)} messages, {late:.0f} MiB after "
              f"{args.messages} (growth {late - early:+.0f} MiB); peak {peak:.0f} MiB")
        engine.dispose()
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
