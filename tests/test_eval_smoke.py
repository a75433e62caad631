"""The offline reader must keep its scores on the smoke set (a fast slice of the dev split)."""

import json
from pathlib import Path

from evals.runner import load_cases, run_cases
from evals.scoring import score

ROOT = Path(__file__).resolve().parents[1]


def test_smoke_set_scores_stay_above_thresholds():
    thresholds = json.loads((ROOT / "evals" / "thresholds.json").read_text())
    scores = score(run_cases(load_cases(ROOT / thresholds["cases"])))
    assert scores["errors"] == 0
    below = {
        name: (scores[name], minimum)
        for name, minimum in thresholds["minimum"].items()
        if scores[name] is None or scores[name] < minimum
    }
    assert not below, f"scores below threshold: {below}; failed cases: {[f['id'] for f in scores['failed']]}"
