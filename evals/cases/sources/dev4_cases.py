"""Authoring source of the `dev4` split: fresh tuning mail written after `dev3` was read well.

Once a tuning split is read at close to 1.0 it stops telling us where the reader is wrong, so
`dev4` is written fresh, by topic, in wording the earlier splits do not use:

- `dev4_disputes_en.py` (English) and `dev4_disputes_intl.py` (Spanish, French, German): every
  dispute reason in the many ways AP staff put it, two-reason complaints, disputes mixed with a
  promise or a document request, and look-alikes that contest nothing;
- `dev4_promises.py`: commitments with every kind of date, amount and currency, next to the
  replies that only look like one (conditional, hoped-for, vague, negated, already paid);
- `dev4_mixed.py`: multi-intent mail and the intents that blur into each other.

Each topic file registers its cases through `dev2_cases.case`, so the MIME assembly and every
label check are the ones all splits share.

    python evals/cases/sources/dev4_cases.py          # check and write dev4.jsonl
    python evals/cases/sources/dev4_cases.py --check  # check only
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

OUT = Path(__file__).resolve().parent.parent / "dev4.jsonl"
TOPICS = (
    "dev4_disputes_en", "dev4_disputes_b", "dev4_disputes_c", "dev4_disputes_d", "dev4_disputes_e",
    "dev4_disputes_intl", "dev4_mixed", "dev4_mixed_b", "dev4_mixed_c", "dev4_promises", "dev4_promises_b", "dev4_promises_c", "dev4_promises_d",
    "dev4_threads",
)

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
