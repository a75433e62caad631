"""People-facing renderings of scores: Rich tables for the terminal and a Markdown report.

One case file gives one set of scores; `markdown_report` puts several (the test and dev
splits, say) side by side in one document, with the date and the commit they were measured on.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from agent.reading import INTENTS
from evals.scoring import NONE_COLUMN, NOT_MEASURED


def _pct(value: float | None) -> str:
    return NOT_MEASURED if value is None else f"{value:.3f}"


def _count(value: int | None) -> str:
    return NOT_MEASURED if value is None else str(value)


def reading_rows(scores: dict[str, Any]) -> list[tuple[str, str]]:
    cost = scores["cost_per_case"]
    return [
        ("cases", str(scores["cases"])),
        ("errors", str(scores["errors"])),
        ("intents micro-F1", _pct(scores["intents.micro_f1"])),
        ("intents macro-F1", _pct(scores["intents.macro_f1"])),
        ("dispute-reason accuracy", f"{_pct(scores['dispute_reason_accuracy'])} (n={scores['dispute_cases']})"),
        ("promise exact match", f"{_pct(scores['promise_exact'])} (n={scores['promise_cases']})"),
        ("invoices F1", _pct(scores["invoices_f1"])),
        ("new_contact exact", _pct(scores["new_contact_exact"])),
        ("model calls / case", f"{cost['model_calls']:.2f}"),
        ("tokens / case (prompt+completion)", f"{cost['prompt_tokens']:.0f}+{cost['completion_tokens']:.0f}"),
        ("wall time / case", f"{cost['wall_seconds'] * 1000:.2f} ms"),
    ]


def draft_rows(scores: dict[str, Any]) -> list[tuple[str, str]]:
    if scores.get("drafts.cases") is None:
        return [("drafts", NOT_MEASURED)]
    return [
        ("drafted cases", str(scores["drafts.cases"])),
        ("draft grounding violations (target 0)", _count(scores["drafts.grounding_violations"])),
        ("draft required elements present",
         f"{_pct(scores['drafts.required_elements'])} (n={scores['drafts.required_elements_cases']})"),
        ("… on cases read right", _pct(scores["drafts.required_elements_read_right"])),
        ("draft forbidden content (target 0)", _count(scores["drafts.forbidden"])),
        ("draft length within bounds", _pct(scores["drafts.length_ok"])),
        ("draft tone as requested", _pct(scores["drafts.tone_ok"])),
        ("no draft where none is due", f"{_pct(scores['drafts.no_draft_ok'])} (n={scores['drafts.no_draft_cases']})"),
        ("drafts missing where one is due", _count(scores["drafts.missing"])),
    ]


def headline(scores: dict[str, Any]) -> list[tuple[str, str]]:
    return reading_rows(scores) + draft_rows(scores)


def _confusion_columns(scores: dict[str, Any]) -> tuple[list[str], list[str]]:
    matrix = scores["confusion"]["matrix"]
    rows = [i for i in INTENTS if i in matrix]
    used = {c for row in matrix.values() for c in row}
    cols = [i for i in INTENTS if i in used] + ([NONE_COLUMN] if NONE_COLUMN in used else [])
    return rows, cols


def print_scores(scores: dict[str, Any], console: Console, *, failures: int = 20) -> None:
    table = Table(title=f"Scores: {scores['case_file']}" if scores.get("case_file") else "Scores", show_header=False)
    for name, value in headline(scores):
        table.add_row(name, value)
    console.print(table)

    per = Table(title="Per intent")
    for col in ("intent", "precision", "recall", "F1", "support", "predicted"):
        per.add_column(col, justify="right" if col != "intent" else "left")
    for intent, v in scores["intents"]["per_intent"].items():
        if v["support"] or v["predicted"]:
            per.add_row(intent, _pct(v["precision"]), _pct(v["recall"]), f"{v['f1']:.3f}", str(v["support"]), str(v["predicted"]))
    console.print(per)

    rows, cols = _confusion_columns(scores)
    matrix = scores["confusion"]["matrix"]
    conf = Table(title="Confusion (rows expected, columns predicted; multi-label co-occurrence)")
    conf.add_column("expected \\ read")
    for c in cols:
        conf.add_column(c[:10], justify="right")
    for r in rows:
        conf.add_row(r, *[str(matrix[r].get(c, "")) for c in cols])
    console.print(conf)

    failed = scores["failed"]
    console.print(f"[bold]Failed cases: {len(failed)}[/bold]")
    for f in failed[:failures]:
        console.print(f"[red]{f['id']}[/red] wrong: {', '.join(f['wrong'])}", highlight=False)
        if f["error"]:
            console.print(f"  error: {f['error']}", highlight=False, markup=False)
            continue
        for key in f["wrong"]:
            console.print(f"  {key}: expected {json.dumps(f['expected'].get(key))}", highlight=False, markup=False)
            console.print(f"  {' ' * len(key)}  read     {json.dumps((f['read'] or {}).get(key))}", highlight=False, markup=False)
    if len(failed) > failures:
        console.print(f"... and {len(failed) - failures} more (use --json or --markdown for all)")

    failing = scores.get("drafts.failing") or []
    if scores.get("drafts.cases") is not None:
        console.print(f"[bold]Failing draft checks: {len(failing)}[/bold]")
        for d in failing[:failures]:
            console.print(f"[red]{escape(d['id'])}[/red] {d['check']}: {escape(d['detail'])}", highlight=False)
            if d["excerpt"]:
                console.print(f"  “{d['excerpt']}”", highlight=False, markup=False)
        if len(failing) > failures:
            console.print(f"... and {len(failing) - failures} more (use --json or --markdown for all)")


def _cell(value: Any) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _sections(scores: dict[str, Any], *, level: int, worst: int, failing_drafts: int) -> list[str]:
    h = "#" * level
    lines = [f"{h} Scores", "", "| score | value |", "| --- | --- |"]
    lines += [f"| {name} | {value} |" for name, value in headline(scores)]
    lines += [
        "",
        "Promise exact match is measured on the cases where either the label or the reading has "
        "a promise; macro-F1 averages the intents present in the labels or the readings.",
        "",
        f"{h} Per intent",
        "",
        "| intent | precision | recall | F1 | support | predicted |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for intent, v in scores["intents"]["per_intent"].items():
        if v["support"] or v["predicted"]:
            lines.append(
                f"| {intent} | {_pct(v['precision'])} | {_pct(v['recall'])} | {v['f1']:.3f} | {v['support']} | {v['predicted']} |"
            )
    rows, cols = _confusion_columns(scores)
    matrix = scores["confusion"]["matrix"]
    lines += ["", f"{h} Confusion matrix", "", scores["confusion"]["kind"] + ".", ""]
    lines.append("| expected \\ read | " + " | ".join(cols) + " |")
    lines.append("| --- |" + " --- |" * len(cols))
    for r in rows:
        lines.append(f"| {r} | " + " | ".join(str(matrix[r].get(c, "")) for c in cols) + " |")
    cost = scores["cost_per_case"]
    lines += [
        "",
        f"{h} Cost per case",
        "",
        f"- model calls: {cost['model_calls']:.2f} reading"
        + (f", {cost['draft_model_calls']:.2f} drafting" if "draft_model_calls" in cost else ""),
        f"- prompt tokens: {cost['prompt_tokens']:.0f}, completion tokens: {cost['completion_tokens']:.0f}"
        + (f" (drafting: {cost['draft_prompt_tokens']:.0f} + {cost['draft_completion_tokens']:.0f})"
           if "draft_prompt_tokens" in cost else ""),
        f"- wall time: {cost['wall_seconds'] * 1000:.2f} ms reading"
        + (f" ({cost['messages_per_second']:.0f} messages/s)" if cost["messages_per_second"] else "")
        + (f", {cost['draft_wall_seconds'] * 1000:.2f} ms drafting and checking" if "draft_wall_seconds" in cost else ""),
        "",
        f"{h} Drafts",
        "",
    ]
    if scores.get("drafts.cases") is None:
        lines.append(NOT_MEASURED)
    else:
        failing = scores["drafts.failing"]
        by_case: dict[str, list[dict[str, Any]]] = {}
        for d in failing:
            by_case.setdefault(d["id"], []).append(d)
        lines += [
            "Each case is drafted on a synthetic ledger built from its labels (the sender's open invoices "
            "and one more, plus another customer whose data must not appear), through the same plan → "
            "draft → validate functions as the inbound graph, from the reasoner's reading. Required "
            "elements come from the labels, so a misread message shows up here as well; the line "
            "“on cases read right” isolates drafting.",
            "",
            f"Failing draft checks: {len(failing)} on {len(by_case)} drafts.",
            "",
        ]
        if failing:
            lines += ["| case | checks | what failed | draft begins |", "| --- | --- | --- | --- |"]
            for case_id, problems in list(by_case.items())[:failing_drafts]:
                checks = ", ".join(dict.fromkeys(p["check"] for p in problems))
                details = "; ".join(p["detail"] for p in problems)
                lines.append(f"| {_cell(case_id)} | {checks} | {_cell(details)} | {_cell(problems[0]['excerpt'])} |")
            if len(by_case) > failing_drafts:
                lines.append(f"\n… and {len(by_case) - failing_drafts} more drafts (in the `--json` output).")
    lines += ["", f"{h} Worst cases ({len(scores['failed'])} failed)", ""]
    ranked = sorted(scores["failed"], key=lambda f: (f["error"] is None, -len(f["wrong"])))
    for f in ranked[:worst]:
        lines.append(f"{h}# {f['id']} — wrong: {', '.join(f['wrong'])}")
        if f["error"]:
            lines += ["", f"error: `{f['error']}`", ""]
            continue
        lines += ["", "| field | expected | read |", "| --- | --- | --- |"]
        for key in f["wrong"]:
            exp = json.dumps(f["expected"].get(key), ensure_ascii=False).replace("|", "\\|")
            got = json.dumps((f["read"] or {}).get(key), ensure_ascii=False).replace("|", "\\|")
            lines.append(f"| {key} | `{exp}` | `{got}` |")
        lines.append("")
    return lines


def markdown(scores: dict[str, Any], *, title: str = "Reading eval report", worst: int = 15,
             failing_drafts: int = 40) -> str:
    lines = [f"# {title}", ""] + _sections(scores, level=2, worst=worst, failing_drafts=failing_drafts)
    return "\n".join(lines).rstrip("\n") + "\n"


def _split_name(scores: dict[str, Any]) -> str:
    return str(scores.get("case_file") or "cases").rsplit("/", 1)[-1]


def markdown_report(runs: list[dict[str, Any]], *, generated: str, commit: str, worst: int = 15,
                    failing_drafts: int = 40) -> str:
    """Several case files' scores in one report: a side-by-side summary, then each in full."""
    reasoners = sorted({str(r.get("reasoner", "?")) for r in runs})
    names = [_split_name(r) for r in runs]
    lines = [
        "# Eval report",
        "",
        f"Generated {generated} on commit {commit} with the {', '.join(reasoners)} reasoner; "
        "regenerate with `make eval`.",
        "",
        "## Summary",
        "",
        "| score | " + " | ".join(names) + " |",
        "| --- |" + " --- |" * len(runs),
    ]
    tables = [dict(headline(r)) for r in runs]
    for name in dict.fromkeys(n for t in tables for n in t):
        lines.append(f"| {name} | " + " | ".join(t.get(name, "") for t in tables) + " |")
    for run, name in zip(runs, names):
        lines += ["", f"## {name} ({run.get('reasoner', '?')})", ""]
        lines += _sections(run, level=3, worst=worst, failing_drafts=failing_drafts)
    return "\n".join(lines).rstrip("\n") + "\n"
