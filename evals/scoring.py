"""Scores of a reader against labelled cases, as defined in evals/CASE_FORMAT.md.

Pure functions over (expected, read) pairs so any reasoner, and any case file in the format,
is scored the same way. Drafts are scored only when a case carries a draft result (filled by
`evals.drafts`); otherwise the report says "not measured" rather than inventing a figure.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pydantic import BaseModel, Field

from agent.reading import INTENTS, Usage

NOT_MEASURED = "not measured"
NONE_COLUMN = "(nothing)"


class DraftProblem(BaseModel):
    """One failed check on one case's draft, with the words that failed it."""

    check: str  # grounding | required | forbidden | length | tone | unexpected_draft | missing_draft
    detail: str
    excerpt: str = ""


class DraftResult(BaseModel):
    """What the draft checks found on the reply drafted for one case (see evals.drafts).

    A case whose message must get no reply (auto-reply, legal notice, unmatched sender) carries
    a result too, with `draft_expected` false, so a draft written for it is caught.
    """

    drafted: bool = True
    draft_expected: bool = True
    tone: str | None = None
    grounding_violations: int = 0  # figures or facts in the draft not backed by the ledger
    required_elements: list[str] = Field(default_factory=list)  # every element looked for
    required_elements_missing: list[str] = Field(default_factory=list)
    forbidden: list[str] = Field(default_factory=list)
    length: int | None = None
    length_ok: bool | None = None
    tone_ok: bool | None = None
    reading_wrong: list[str] = Field(default_factory=list)  # fields the reasoner read wrong
    problems: list[DraftProblem] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    seconds: float = 0.0


class CaseResult(BaseModel):
    id: str
    expected: dict[str, Any]
    read: dict[str, Any] | None = None  # Reading.case_view(); None when the case failed
    error: str | None = None
    confidence: float | None = None
    evidence: list[dict[str, Any]] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    seconds: float = 0.0
    draft: DraftResult | None = None


def _f1(tp: int, fp: int, fn: int) -> float:
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def _ratio(hits: int, total: int) -> float | None:
    return None if total == 0 else hits / total


def _promise_key(p: dict[str, Any]) -> tuple:
    amount = p.get("amount")
    if amount is not None:
        amount = f"{float(amount):.2f}"
    return (amount, p.get("date"), tuple(sorted(set(p.get("invoices") or []))))


def promises_equal(expected: list[dict], read: list[dict]) -> bool:
    """Same count and each promise's amount, date and invoice set equal, in any order."""
    return Counter(_promise_key(p) for p in expected) == Counter(_promise_key(p) for p in read)


def differences(expected: dict[str, Any], read: dict[str, Any] | None) -> list[str]:
    """Which scored fields of one case were read wrong."""
    if read is None:
        return ["error"]
    wrong = []
    if set(expected.get("intents", [])) != set(read.get("intents", [])):
        wrong.append("intents")
    if "dispute" in expected.get("intents", []) and set(expected.get("dispute_reasons", [])) != set(
        read.get("dispute_reasons", [])
    ):
        wrong.append("dispute_reasons")
    if not promises_equal(expected.get("promises", []), read.get("promises", [])):
        wrong.append("promises")
    if set(expected.get("invoices", [])) != set(read.get("invoices", [])):
        wrong.append("invoices")
    if (expected.get("new_contact") or None) != (read.get("new_contact") or None):
        wrong.append("new_contact")
    return wrong


def score(results: list[CaseResult]) -> dict[str, Any]:
    """Every score of the report, as one JSON-ready dict (dotted keys mirror the nested ones)."""
    counts = {i: Counter() for i in INTENTS}
    confusion: dict[str, Counter] = {i: Counter() for i in INTENTS}
    inv_tp = inv_fp = inv_fn = 0
    reason_hits = reason_total = 0
    promise_hits = promise_total = 0
    promise_hits_expected = promise_total_expected = 0
    contact_hits = 0
    contact_hits_set = contact_total_set = 0
    failures = []
    for r in results:
        exp = r.expected
        got = r.read or {}
        exp_intents = set(exp.get("intents", []))
        got_intents = set(got.get("intents", []))
        for intent in INTENTS:
            if intent in exp_intents and intent in got_intents:
                counts[intent]["tp"] += 1
            elif intent in got_intents:
                counts[intent]["fp"] += 1
            elif intent in exp_intents:
                counts[intent]["fn"] += 1
        for e in exp_intents:
            if e not in confusion:
                confusion[e] = Counter()
            if not got_intents:
                confusion[e][NONE_COLUMN] += 1
            for g in got_intents:
                confusion[e][g] += 1

        exp_inv, got_inv = set(exp.get("invoices", [])), set(got.get("invoices", []))
        inv_tp += len(exp_inv & got_inv)
        inv_fp += len(got_inv - exp_inv)
        inv_fn += len(exp_inv - got_inv)

        if "dispute" in exp_intents:
            reason_total += 1
            reason_hits += r.read is not None and set(exp.get("dispute_reasons", [])) == set(
                got.get("dispute_reasons", [])
            )

        exp_p, got_p = exp.get("promises", []), got.get("promises", [])
        if exp_p or got_p or r.read is None:
            promise_total += 1
            promise_hits += r.read is not None and promises_equal(exp_p, got_p)
        if exp_p:
            promise_total_expected += 1
            promise_hits_expected += r.read is not None and promises_equal(exp_p, got_p)

        exp_c, got_c = exp.get("new_contact") or None, got.get("new_contact") or None
        contact_hits += r.read is not None and exp_c == got_c
        if exp_c or got_c:
            contact_total_set += 1
            contact_hits_set += r.read is not None and exp_c == got_c

        wrong = differences(exp, r.read)
        if wrong:
            failures.append(
                {
                    "id": r.id,
                    "wrong": wrong,
                    "error": r.error,
                    "expected": exp,
                    "read": r.read,
                    "evidence": r.evidence,
                }
            )

    per_intent = {}
    for intent, c in counts.items():
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        per_intent[intent] = {
            "precision": _ratio(tp, tp + fp),
            "recall": _ratio(tp, tp + fn),
            "f1": _f1(tp, fp, fn),
            "support": tp + fn,
            "predicted": tp + fp,
        }
    total_tp = sum(c["tp"] for c in counts.values())
    total_fp = sum(c["fp"] for c in counts.values())
    total_fn = sum(c["fn"] for c in counts.values())
    # Macro F1 averages over intents that occur in the expected labels or the predictions, so an
    # intent absent from a small case file neither helps nor hurts.
    active = [i for i, v in per_intent.items() if v["support"] or v["predicted"]]
    micro = _f1(total_tp, total_fp, total_fn)
    macro = sum(per_intent[i]["f1"] for i in active) / len(active) if active else 0.0

    n = len(results)
    usage_calls = sum(r.usage.model_calls for r in results)
    prompt = sum(r.usage.prompt_tokens for r in results)
    completion = sum(r.usage.completion_tokens for r in results)
    seconds = sum(r.seconds for r in results)
    cost = {
        "model_calls": usage_calls / n if n else 0.0,
        "prompt_tokens": prompt / n if n else 0.0,
        "completion_tokens": completion / n if n else 0.0,
        "wall_seconds": seconds / n if n else 0.0,
        "messages_per_second": n / seconds if seconds else None,
    }
    drafts = [r.draft for r in results if r.draft is not None and r.draft.drafted]
    draft_scores: dict[str, Any] | str
    if drafts:
        draft_scores = {
            "cases": len(drafts),
            "grounding_violations_per_draft": sum(d.grounding_violations for d in drafts) / len(drafts),
            "drafts_with_missing_elements": sum(1 for d in drafts if d.required_elements_missing) / len(drafts),
            "tone_ok_rate": _ratio(
                sum(1 for d in drafts if d.tone_ok), sum(1 for d in drafts if d.tone_ok is not None)
            ),
        }
    else:
        draft_scores = NOT_MEASURED
    draft_usage = [r.draft for r in results if r.draft is not None]
    cost.update({
        "draft_model_calls": sum(d.usage.model_calls for d in draft_usage) / n if n else 0.0,
        "draft_prompt_tokens": sum(d.usage.prompt_tokens for d in draft_usage) / n if n else 0.0,
        "draft_completion_tokens": sum(d.usage.completion_tokens for d in draft_usage) / n if n else 0.0,
        "draft_wall_seconds": sum(d.seconds for d in draft_usage) / n if n else 0.0,
    })

    intents = {"micro_f1": micro, "macro_f1": macro, "macro_over": active, "per_intent": per_intent}
    return {
        "cases": n,
        "errors": sum(1 for r in results if r.read is None),
        "intents.micro_f1": micro,
        "intents.macro_f1": macro,
        "intents": intents,
        "confusion": {
            "kind": "multi-label co-occurrence: rows are expected intents, columns predicted intents; "
            "a cell counts the cases carrying both (the diagonal is the hits of that intent)",
            "matrix": {e: dict(c) for e, c in confusion.items() if c},
        },
        "dispute_reason_accuracy": _ratio(reason_hits, reason_total),
        "dispute_cases": reason_total,
        "promise_exact": _ratio(promise_hits, promise_total),
        "promise_cases": promise_total,
        "promise_exact_on_expected": _ratio(promise_hits_expected, promise_total_expected),
        "invoices_f1": _f1(inv_tp, inv_fp, inv_fn) if (inv_tp + inv_fp + inv_fn) else 1.0,
        "new_contact_exact": _ratio(contact_hits, n),
        "new_contact_exact_when_set": _ratio(contact_hits_set, contact_total_set),
        "cost_per_case": cost,
        "drafts": draft_scores,
        **score_drafts(results),
        "failed": failures,
    }


def score_drafts(results: list[CaseResult]) -> dict[str, Any]:
    """The draft scores as `drafts.*` keys; None everywhere when no case carried draft checks.

    Rates are over the cases that got a draft; cases that must get none are scored apart
    (`drafts.no_draft_ok`), and a draft missing where one was due counts in `drafts.missing`.
    """
    checked = [(r.id, r.draft) for r in results if r.draft is not None]
    drafted = [d for _, d in checked if d.drafted]
    with_elements = [d for d in drafted if d.required_elements]
    read_right = [d for d in with_elements if not d.reading_wrong]
    silent = [d for _, d in checked if not d.draft_expected]
    measured = bool(checked)
    failing = [
        {"id": case_id, "check": p.check, "detail": p.detail, "excerpt": p.excerpt}
        for case_id, d in checked for p in d.problems
    ]
    return {
        "drafts.cases": len(drafted) if measured else None,
        "drafts.grounding_violations": sum(d.grounding_violations for d in drafted) if measured else None,
        "drafts.required_elements": _ratio(sum(1 for d in with_elements if not d.required_elements_missing),
                                           len(with_elements)),
        "drafts.required_elements_cases": len(with_elements) if measured else None,
        "drafts.required_elements_read_right": _ratio(
            sum(1 for d in read_right if not d.required_elements_missing), len(read_right)),
        "drafts.forbidden": sum(len(d.forbidden) for d in drafted) if measured else None,
        "drafts.length_ok": _ratio(sum(1 for d in drafted if d.length_ok), len(drafted)),
        "drafts.tone_ok": _ratio(sum(1 for d in drafted if d.tone_ok), len(drafted)),
        "drafts.no_draft_ok": _ratio(sum(1 for d in silent if not d.drafted), len(silent)),
        "drafts.no_draft_cases": len(silent) if measured else None,
        "drafts.missing": sum(1 for _, d in checked if d.draft_expected and not d.drafted) if measured else None,
        "drafts.failing": failing if measured else [],
    }
