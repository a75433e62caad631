"""Draft checks of the eval: each one catches a planted defect and lets a good reply through."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from agent.analysis import analyze_raw
from agent.cleaning import CleanMessage
from agent.drafting import DraftText
from agent.reading import Reading
from agent.replying import Reply
from evals.drafts import CaseLedger, check_draft, draft_case, draft_check, forbidden_content, tone_problems
from evals.runner import Case, run_cases
from evals.scoring import DraftResult, score


def eml(body: str, *, sender: str = "Dana Ruiz <druiz@northwind.example>", subject: str = "RE: Invoice past due") -> str:
    return (f"From: {sender}\r\nTo: ar@ourco.example\r\nSubject: {subject}\r\n"
            "Date: Tue, 02 Jun 2026 09:14:00 -0500\r\nMessage-ID: <m1@northwind.example>\r\n\r\n" + body + "\r\n")


PROMISE = {
    "id": "ptp-planted-1",
    "eml": eml("We will pay $1,250.00 on INV-20417 by Friday."),
    "expected": {"intents": ["promise_to_pay"], "dispute_reasons": [],
                 "promises": [{"amount": "1250.00", "currency": "USD", "date": "2026-06-05", "invoices": ["INV-20417"]}],
                 "invoices": ["INV-20417"], "new_contact": None},
}
PAID = {
    "id": "paid-planted-1",
    "eml": eml("We paid INV-20417 by wire yesterday, reference FT-99812."),
    "expected": {"intents": ["payment_sent"], "invoices": ["INV-20417"]},
}
DISPUTE = {
    "id": "dsp-planted-1",
    "eml": eml("INV-20417 is priced at $14.20/unit but our PO says $12.80. Please correct it."),
    "expected": {"intents": ["dispute"], "dispute_reasons": ["pricing"], "invoices": ["INV-20417"]},
}
OUT_OF_OFFICE = {
    "id": "auto-planted-1",
    "eml": eml("I am out of the office until June 15 with limited access to e-mail.",
               subject="Automatic reply: Invoice past due"),
    "expected": {"intents": ["auto_reply"]},
}


@dataclass
class Drafted:
    case: Case
    clean: CleanMessage
    reading: Reading
    ledger: CaseLedger
    reply: Reply

    @property
    def body(self) -> str:
        assert self.reply.draft is not None
        return self.reply.draft.body

    def check(self, body: str | None = None) -> DraftResult:
        reply = self.reply
        if body is not None:
            assert reply.draft is not None
            reply = reply.model_copy(update={"draft": reply.draft.model_copy(update={"body": body})})
        return check_draft(self.case, self.clean, self.reading, self.ledger, reply)


def drafted(raw: dict) -> Drafted:
    case = Case.model_validate(raw)
    clean, reading = analyze_raw(case.eml.encode())
    ledger, reply = draft_case(case, clean, reading)
    return Drafted(case, clean, reading, ledger, reply)


@pytest.fixture(scope="module")
def promise() -> Drafted:
    return drafted(PROMISE)


def checks_failed(result: DraftResult) -> set[str]:
    return {p.check for p in result.problems}


def test_a_good_promise_reply_passes_every_check(promise):
    result = promise.check()
    assert result.drafted and result.draft_expected
    assert result.problems == []
    assert result.grounding_violations == 0 and result.forbidden == []
    assert result.length_ok and result.tone_ok
    assert "promise date Friday, June 5, 2026" in result.required_elements
    assert "promise amount 1,250.00" in result.required_elements
    assert "Friday, June 5, 2026" in promise.body and "1,250.00" in promise.body and "INV-20417" in promise.body


def test_the_synthetic_ledger_holds_the_named_invoices_one_more_and_is_deterministic(promise):
    snap = promise.ledger.snapshot
    numbers = [i.number for i in snap.open_invoices]
    assert "INV-20417" in numbers and len(numbers) == 2
    assert promise.ledger.other.invoice not in numbers
    assert promise.ledger.other.invoice not in PROMISE["eml"]
    again = drafted(PROMISE)
    assert again.ledger == promise.ledger and again.body == promise.body


def test_an_invented_amount_is_a_grounding_violation(promise):
    body = promise.body.replace("1,250.00", "1,950.00")
    result = promise.check(body)
    assert result.grounding_violations == 1
    grounding = [p for p in result.problems if p.check == "grounding"]
    assert "1,950.00" in grounding[0].detail and "1,950.00" in grounding[0].excerpt


def test_a_promise_reply_without_the_date_misses_a_required_element(promise):
    body = promise.body.replace(" by Friday, June 5, 2026", "")
    result = promise.check(body)
    assert result.required_elements_missing == ["promise date Friday, June 5, 2026"]
    assert checks_failed(result) == {"required"}


@pytest.mark.parametrize("threat", [
    "Otherwise we will take legal action.",
    "Failing that, the account goes to a collections agency.",
    "Sin el pago iniciaremos acciones legales.",
    "Sinon nous transmettrons le dossier à une agence de recouvrement.",
    "Andernfalls übergeben wir die Forderung an ein Inkassobüro.",
])
def test_a_threat_in_any_language_is_forbidden_content(promise, threat):
    first, rest = promise.body.split("\n\n", 1)
    result = promise.check(f"{first}\n\n{threat} {rest}")
    assert len(result.forbidden) == 1 and result.forbidden[0].startswith("threat:")


def test_ordinary_words_that_contain_a_threat_word_are_not_threats(promise):
    other = promise.ledger.other
    text = "We will look into the issue and pursue a resolution; courtesy copy for your records."
    assert forbidden_content(text, allowed_emails=set(), other=other) == []


def test_another_customers_invoice_or_address_in_a_draft_is_forbidden(promise):
    leaked = promise.body.replace("INV-20417", f"INV-20417 and {promise.ledger.other.invoice}")
    result = promise.check(leaked)
    assert any(promise.ledger.other.invoice in f for f in result.forbidden)
    assert result.grounding_violations >= 1  # it is not this customer's invoice either
    wrong_recipient = promise.body + "\nCopy to billing@elsewhere.example\n"
    assert any("billing@elsewhere.example" in f for f in promise.check(wrong_recipient).forbidden)
    assert promise.check(promise.body + "\nReply to druiz@northwind.example\n").forbidden == []


def test_a_friendly_reply_with_final_notice_wording_fails_the_tone_check():
    paid = drafted(PAID)
    assert paid.reply.draft.tone == "friendly"
    assert paid.check().tone_ok
    result = paid.check(paid.body.replace("Many thanks,", "This is a final notice.\n\nRegards,"))
    assert result.tone_ok is False
    assert any("final notice" in p.detail for p in result.problems if p.check == "tone")
    firm_sign_off = tone_problems(paid.body.replace("Many thanks,", "Regards,"), "friendly")
    assert any("firm closing 'Regards,'" in p for p in firm_sign_off)


def test_a_dispute_reply_names_the_invoice_the_reason_and_a_next_step():
    dispute = drafted(DISPUTE)
    result = dispute.check()
    assert result.problems == []
    assert {"disputed invoice (INV-20417)", "dispute reason (pricing)", "dispute next step"} <= set(
        result.required_elements)
    vague = dispute.check("Hello,\n\nThank you for your message. A member of our team will get back to you.\n\n"
                          "Kind regards,\nAccounts Receivable\n")
    assert {"disputed invoice (INV-20417)", "dispute reason (pricing)"} <= set(vague.required_elements_missing)


def test_a_reply_too_short_or_too_long_fails_the_length_check(promise):
    assert promise.check("Hi,\nOK.\nRegards,\n").length_ok is False
    assert promise.check(promise.body + "x" * 1200).length_ok is False


def test_an_out_of_office_reply_gets_no_draft_and_a_draft_for_it_is_caught():
    auto = drafted(OUT_OF_OFFICE)
    assert auto.reply.draft is None
    result = auto.check()
    assert not result.drafted and not result.draft_expected and result.problems == []
    paid = drafted(PAID)
    wrongly = check_draft(auto.case, auto.clean, auto.reading, auto.ledger, paid.reply)
    assert "unexpected_draft" in checks_failed(wrongly)


def test_draft_scores_in_the_eval_output():
    results = run_cases([Case.model_validate(c) for c in (PROMISE, PAID, DISPUTE, OUT_OF_OFFICE)],
                        draft_check=draft_check())
    scores = score(results)
    assert scores["drafts.cases"] == 3
    assert scores["drafts.grounding_violations"] == 0 and scores["drafts.forbidden"] == 0
    assert scores["drafts.required_elements"] == 1.0
    assert scores["drafts.length_ok"] == 1.0 and scores["drafts.tone_ok"] == 1.0
    assert scores["drafts.no_draft_ok"] == 1.0 and scores["drafts.no_draft_cases"] == 1
    assert scores["drafts.failing"] == []
    assert scores["drafts"]["cases"] == 3


def test_a_model_draft_copied_from_another_customers_reply_is_replaced_by_the_template():
    case = Case.model_validate(PROMISE)
    clean, reading = analyze_raw(case.eml.encode())
    calls = []

    def copying_drafter(ctx, flags):
        calls.append(flags)
        return DraftText(subject="Re: Invoice past due", body=ctx.examples[0], tone=ctx.tone,
                         prompt_version="1", source="model")

    ledger, reply = draft_case(case, clean, reading, model_drafter=copying_drafter)
    assert len(calls) == 2 and calls[0] is None and calls[1]  # written again once, told what was wrong
    assert reply.draft.source == "template"
    assert all(f.get("replaced") for f in reply.flags)
    assert check_draft(case, clean, reading, ledger, reply).problems == []


def test_eval_command_reports_drafts_for_several_case_files(tmp_path):
    import json

    from typer.testing import CliRunner

    from cli.main import _register, app

    first, second = tmp_path / "test.jsonl", tmp_path / "dev.jsonl"
    first.write_text("\n".join(json.dumps(c) for c in (PROMISE, OUT_OF_OFFICE)) + "\n", encoding="utf-8")
    second.write_text("\n".join(json.dumps(c) for c in (PAID, DISPUTE)) + "\n", encoding="utf-8")
    report = tmp_path / "REPORT.md"
    _register()
    out = CliRunner().invoke(app, ["eval", "--cases", str(first), "--cases", str(second), "--json",
                                   "--markdown", str(report)])
    assert out.exit_code == 0, out.output
    scores = json.loads(out.stdout)
    assert scores[str(first)]["drafts.cases"] == 1 and scores[str(first)]["drafts.no_draft_cases"] == 1
    assert scores[str(second)]["drafts.cases"] == 2
    assert scores[str(second)]["drafts.grounding_violations"] == 0
    text = report.read_text()
    assert "| score | test.jsonl | dev.jsonl |" in text and "on commit " in text
    assert "| draft grounding violations (target 0) | 0 | 0 |" in text
    assert "### Drafts" in text and "### Confusion matrix" in text


def test_a_name_in_the_greeting_is_not_a_threat():
    from evals.drafts import forbidden_content

    class Other:
        invoice = "INV-99999"
        name = "Globex"
        email = "ap@globex.example"

    body = "Dear Sue,\n\nWe will send the requested document shortly.\n\nKind regards,\nAR Team\n"
    assert not [p for p in forbidden_content(body, allowed_emails=set(), other=Other()) if "threat" in p.detail]
    threat = "Dear Sue,\n\nPay now or we will sue.\n"
    assert [p for p in forbidden_content(threat, allowed_emails=set(), other=Other()) if "threat" in p.detail]


def test_a_plan_offered_for_two_invoices_states_their_ledger_total_and_is_grounded():
    plan = drafted({
        "id": "plan-planted-1",
        "eml": eml("Cash is tight this quarter. Could we pay INV-20417 and INV-20418 in three monthly instalments?"),
        "expected": {"intents": ["payment_plan_request"], "invoices": ["INV-20417", "INV-20418"]},
    })
    named = [i for i in plan.ledger.snapshot.open_invoices if i.number in ("INV-20417", "INV-20418")]
    total = sum(i.open_balance for i in named)
    result = plan.check()
    assert f"{total:,.2f}" in plan.body
    assert result.grounding_violations == 0
