"""Authoring source of the `dev3` split: a third tuning set aimed at the reader's weak spots.

`dev` and `dev2` are scored at close to 1.0 by the offline reader, so they no longer tell us
where it reads wrongly. `dev3` is written fresh, by topic, to widen exactly the boundaries that
matter most in collections mail:

- `dev3_disputes.py` (English), `dev3_disputes_intl.py` (Spanish, French) and
  `dev3_disputes_de.py` (German): every dispute reason phrased the many ways AP staff write it,
  including two-reason complaints and disputes that never use the word "dispute";
- `dev3_promises.py` and `dev3_promises_intl.py` (es, fr, de): commitments with every kind of
  date and amount, next to look-alikes that are not promises (conditional, hoped-for, negated,
  already paid);
- `dev3_boundaries.py`: the intents that blur into each other (payment sent vs promised,
  balance questions vs document requests, redirects vs legal notices) and mail that carries
  no collections intent at all.

Each topic file registers its cases through `dev2_cases.case`, so the MIME assembly and every
label check are the ones all splits share.

    python evals/cases/sources/dev3_cases.py          # check and write dev3.jsonl
    python evals/cases/sources/dev3_cases.py --check  # check only
"""

from __future__ import annotations

import importlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dev_cases as base  # noqa: E402  (the shared assembly and checks)
import dev2_cases  # noqa: E402,F401  (the `case` helper; its own cases are cleared below)

OUT = Path(__file__).resolve().parent.parent / "dev3.jsonl"
TOPICS = ("dev3_disputes", "dev3_disputes_intl", "dev3_disputes_de", "dev3_promises", "dev3_promises_intl",
          "dev3_boundaries")

base.CASES.clear()
for topic in TOPICS:
    importlib.import_module(topic)


def main(argv: list[str]) -> int:
    base._check_resolver()
    ids = [c.id for c in base.CASES]
    dupes = [k for k, v in Counter(ids).items() if v > 1]
    assert not dupes, dupes
    for c in base.CASES:
        base.check(c)
    lines = [json.dumps(base.record(c), ensure_ascii=False) for c in base.CASES]
    if "--check" not in argv:
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(base.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
