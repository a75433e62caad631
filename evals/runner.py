"""Runs labelled cases through the production reading path and collects per-case results.

Each case's raw message goes through `agent.analysis.analyze_raw`, exactly as mail from the
mailbox does; with a draft check (`evals.drafts.draft_check`) the reply is then drafted and
checked as well. A message that cannot be parsed or read is recorded as a failed case with its
error, never a crash of the run.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Callable, Iterable

from pydantic import BaseModel, Field, ValidationError

from agent.analysis import analyze_raw
from agent.reasoner import Reasoner, ReadingContext, get_reasoner
from evals.scoring import CaseResult, DraftResult


class Expected(BaseModel):
    intents: list[str]
    dispute_reasons: list[str] = Field(default_factory=list)
    promises: list[dict[str, Any]] = Field(default_factory=list)
    invoices: list[str] = Field(default_factory=list)
    new_contact: str | None = None


class Case(BaseModel):
    id: str
    eml: str
    expected: Expected
    notes: str | None = None
    context: ReadingContext | None = None  # optional: what the ledger would know


class CaseFileError(ValueError):
    """A case file that is not JSONL in the case format; names the line."""


def load_cases(path: str | Path, *, limit: int | None = None) -> list[Case]:
    cases: list[Case] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                cases.append(Case.model_validate(json.loads(line)))
            except (json.JSONDecodeError, ValidationError) as exc:
                first = str(exc).splitlines()[0]
                raise CaseFileError(f"{path}:{number}: not a valid case: {first}") from exc
            if limit is not None and len(cases) >= limit:
                break
    return cases


# (case, cleaned message, reading) → what the draft checks found; see `evals.drafts.draft_check`.
DraftCheck = Callable[[Case, Any, Any], DraftResult | None]


def run_case(case: Case, reasoner: Reasoner, *, draft_check: DraftCheck | None = None) -> CaseResult:
    started = time.perf_counter()
    expected = case.expected.model_dump()
    try:
        message, reading = analyze_raw(
            case.eml.encode("utf-8", "surrogateescape"), reasoner=reasoner, context=case.context
        )
    except Exception as exc:  # noqa: BLE001 - one broken case must not stop the run
        return CaseResult(
            id=case.id,
            expected=expected,
            error=f"{type(exc).__name__}: {exc}",
            seconds=time.perf_counter() - started,
        )
    seconds = time.perf_counter() - started  # reading only; drafting is timed on its own
    draft = None
    if draft_check is not None:
        drafting = time.perf_counter()
        draft = draft_check(case, message, reading)
        if draft is not None:
            draft.seconds = time.perf_counter() - drafting
    return CaseResult(
        id=case.id,
        expected=expected,
        read=reading.case_view(),
        confidence=reading.confidence,
        evidence=[e.model_dump() for e in reading.evidence],
        usage=reading.usage,
        seconds=seconds,
        draft=draft,
    )


def run_cases(
    cases: Iterable[Case],
    *,
    reasoner: Reasoner | None = None,
    draft_check: DraftCheck | None = None,
) -> list[CaseResult]:
    """Read every case; with `draft_check`, also draft the reply to it and check the draft."""
    reader = reasoner or get_reasoner(None)
    return [run_case(case, reader, draft_check=draft_check) for case in cases]
