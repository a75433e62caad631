"""Scoring and running labelled cases: the figures the project reports about its own reading."""

import json

from typer.testing import CliRunner

from cli.main import _register, app
from evals.runner import Case, load_cases, run_cases
from evals.scoring import NOT_MEASURED, CaseResult, DraftResult, promises_equal, score

EML = (
    "From: Dana <dana@northwind.example>\r\nTo: ar@ourco.example\r\nSubject: RE: Overdue notice INV-20417\r\n"
    "Date: Tue, 02 Jun 2026 09:14:00 -0500\r\nMessage-ID: <a@b>\r\n\r\nWe will pay INV-20417 by Friday.\r\n"
)
GOOD = {
    "id": "ptp-1",
    "eml": EML,
    "expected": {
        "intents": ["promise_to_pay"],
        "dispute_reasons": [],
        "promises": [{"amount": None, "currency": None, "date": "2026-06-05", "invoices": ["INV-20417"]}],
        "invoices": ["INV-20417"],
        "new_contact": None,
    },
}
BROKEN = {"id": "broken-1", "eml": "", "expected": {"intents": ["other"]}}


def result(expected: dict, read: dict | None) -> CaseResult:
    return CaseResult(id="c", expected=expected, read=read)


def test_promises_match_in_any_order_with_amounts_compared_as_money():
    a = [{"amount": "100.00", "date": "2026-06-05", "invoices": ["INV-1", "INV-2"]}, {"amount": None, "date": "2026-06-12", "invoices": []}]
    b = [{"amount": None, "date": "2026-06-12", "invoices": []}, {"amount": "100", "date": "2026-06-05", "invoices": ["INV-2", "INV-1"]}]
    assert promises_equal(a, b)
    assert not promises_equal(a, b[:1])
    assert not promises_equal(a[:1], [{"amount": "100.00", "date": "2026-06-06", "invoices": ["INV-1", "INV-2"]}])


def test_multi_label_f1_dispute_accuracy_and_invoices():
    scores = score(
        [
            result({"intents": ["dispute", "promise_to_pay"], "dispute_reasons": ["pricing"], "invoices": ["INV-1"]},
                   {"intents": ["dispute"], "dispute_reasons": ["pricing"], "invoices": ["INV-1", "INV-2"]}),
            result({"intents": ["payment_sent"], "invoices": []}, {"intents": ["payment_sent"], "invoices": []}),
        ]
    )
    # tp=2 (dispute, payment_sent), fn=1 (promise) → micro F1 = 4 / 5
    assert scores["intents.micro_f1"] == 0.8
    assert scores["intents"]["per_intent"]["promise_to_pay"]["recall"] == 0.0
    assert scores["dispute_reason_accuracy"] == 1.0 and scores["dispute_cases"] == 1
    assert round(scores["invoices_f1"], 3) == 0.667
    assert scores["confusion"]["matrix"]["promise_to_pay"] == {"dispute": 1}
    assert [f["id"] for f in scores["failed"]] == ["c"]


def test_a_message_that_cannot_be_read_is_a_failed_case_not_a_crash():
    results = run_cases([Case.model_validate(GOOD), Case.model_validate(BROKEN)])
    assert results[0].read is not None and results[0].error is None
    assert results[1].read is None and "UnreadableMessage" in results[1].error
    scores = score(results)
    assert scores["errors"] == 1
    assert scores["failed"][0]["wrong"] == ["error"]
    assert scores["drafts"] == NOT_MEASURED


def test_draft_results_are_scored_only_when_present():
    with_draft = CaseResult(id="d", expected={"intents": ["other"]}, read={"intents": ["other"]},
                            draft=DraftResult(grounding_violations=1, required_elements_missing=["date"], tone_ok=True))
    drafts = score([with_draft, result({"intents": ["other"]}, {"intents": ["other"]})])["drafts"]
    assert drafts == {"cases": 1, "grounding_violations_per_draft": 1.0, "drafts_with_missing_elements": 1.0, "tone_ok_rate": 1.0}


def test_eval_command_prints_one_json_object_and_writes_reports(tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(GOOD) + "\n" + json.dumps(BROKEN) + "\n", encoding="utf-8")
    report, markdown = tmp_path / "r.json", tmp_path / "r.md"
    _register()
    out = CliRunner().invoke(app, ["eval", "--cases", str(cases), "--json", "--report", str(report), "--markdown", str(markdown)])
    assert out.exit_code == 0, out.output
    scores = json.loads(out.stdout)
    for key in ("intents.micro_f1", "intents.macro_f1", "dispute_reason_accuracy", "promise_exact",
                "invoices_f1", "new_contact_exact", "cases", "cost_per_case", "failed"):
        assert key in scores
    assert scores["cases"] == 2 and scores["promise_exact"] == 0.5
    assert json.loads(report.read_text())["cases"] == 2
    text = markdown.read_text()
    assert "## Confusion matrix" in text and "broken-1" in text and "not measured" in text


def test_eval_limit_and_a_bad_case_file(tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(GOOD) + "\n" + json.dumps(GOOD | {"id": "ptp-2"}) + "\n", encoding="utf-8")
    assert [c.id for c in load_cases(cases, limit=1)] == ["ptp-1"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    _register()
    out = CliRunner().invoke(app, ["eval", "--cases", str(bad)])
    assert out.exit_code != 0


def test_analyze_reads_files_in_order_and_reports_a_failing_one(tmp_path):
    good, bad = tmp_path / "good.eml", tmp_path / "bad.eml"
    good.write_bytes(EML.encode())
    bad.write_bytes(b"")
    _register()
    out = CliRunner().invoke(app, ["analyze", str(good), str(bad), "--json"])
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert [line["path"] for line in lines] == [str(good), str(bad)]
    assert lines[0]["intents"] == ["promise_to_pay"] and lines[0]["promises"][0]["date"] == "2026-06-05"
    assert "evidence" in lines[0] and "confidence" in lines[0]
    assert "error" in lines[1]
