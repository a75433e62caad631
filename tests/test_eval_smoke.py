"""The offline reader, and the replies drafted from its readings, must keep their scores on the
smoke set (a fast slice of the dev split): no draft may carry an ungrounded figure or forbidden
content, and the draft pass rates stay above the thresholds set from the measured baseline."""

import json
from pathlib import Path

from evals.drafts import draft_check
from evals.runner import load_cases, run_cases
from evals.scoring import score

ROOT = Path(__file__).resolve().parents[1]


def test_smoke_set_readings_and_drafts_stay_within_thresholds():
    thresholds = json.loads((ROOT / "evals" / "thresholds.json").read_text())
    scores = score(run_cases(load_cases(ROOT / thresholds["cases"]), draft_check=draft_check()))
    assert scores["errors"] == 0
    assert scores["drafts.cases"], "no case was drafted"
    below = {
        name: (scores[name], minimum)
        for name, minimum in thresholds["minimum"].items()
        if scores[name] is None or scores[name] < minimum
    }
    above = {
        name: (scores[name], maximum)
        for name, maximum in thresholds["maximum"].items()
        if scores[name] is None or scores[name] > maximum
    }
    failing_drafts = [(d["id"], d["check"], d["detail"]) for d in scores["drafts.failing"]]
    assert not below, (f"scores below threshold: {below}; failed cases: {[f['id'] for f in scores['failed']]}; "
                       f"failing drafts: {failing_drafts}")
    assert not above, f"draft counts above their limit: {above}; failing drafts: {failing_drafts}"
