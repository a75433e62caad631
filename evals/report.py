"""People-facing renderings of scores: Rich tables for the terminal and a Markdown report."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from agent.reading import INTENTS
from evals.scoring import NONE_COLUMN, NOT_MEASURED


def _pct(value: float | None) -> str:
    return NOT_MEASURED if value is None else f"{value:.3f}"


def headline(scores: dict[str, Any]) -> list[tuple[str, str]]:
    cost = scores["cost_per_case"]
    rows = [
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
        ("drafts", NOT_MEASURED if scores["drafts"] == NOT_MEASURED else json.dumps(scores["drafts"])),
    ]
    return rows


def _confusion_columns(scores: dict[str, Any]) -> tuple[list[str], list[str]]:
    matrix = scores["confusion"]["matrix"]
    rows = [i for i in INTENTS if i in matrix]
    used = {c for row in matrix.values() for c in row}
    cols = [i for i in INTENTS if i in used] + ([NONE_COLUMN] if NONE_COLUMN in used else [])
    return rows, cols


def print_scores(scores: dict[str, Any], console: Console, *, failures: int = 20) -> None:
    table = Table(title="Scores", show_header=False)
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


def markdown(scores: dict[str, Any], *, title: str = "Reading eval report", worst: int = 15) -> str:
    lines = [f"# {title}", ""]
    lines += ["## Scores", "", "| score | value |", "| --- | --- |"]
    lines += [f"| {name} | {value} |" for name, value in headline(scores)]
    lines += [
        "",
        "Promise exact match is measured on the cases where either the label or the reading has "
        "a promise; macro-F1 averages the intents present in the labels or the readings.",
        "",
        "## Per intent",
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
    lines += ["", "## Confusion matrix", "", scores["confusion"]["kind"] + ".", ""]
    lines.append("| expected \\ read | " + " | ".join(cols) + " |")
    lines.append("| --- |" + " --- |" * len(cols))
    for r in rows:
        lines.append(f"| {r} | " + " | ".join(str(matrix[r].get(c, "")) for c in cols) + " |")
    cost = scores["cost_per_case"]
    lines += [
        "",
        "## Cost per case",
        "",
        f"- model calls: {cost['model_calls']:.2f}",
        f"- prompt tokens: {cost['prompt_tokens']:.0f}, completion tokens: {cost['completion_tokens']:.0f}",
        f"- wall time: {cost['wall_seconds'] * 1000:.2f} ms"
        + (f" ({cost['messages_per_second']:.0f} messages/s)" if cost["messages_per_second"] else ""),
        "",
        "## Drafts",
        "",
        NOT_MEASURED if scores["drafts"] == NOT_MEASURED else "```\n" + json.dumps(scores["drafts"], indent=2) + "\n```",
        "",
        f"## Worst cases ({len(scores['failed'])} failed)",
        "",
    ]
    ranked = sorted(scores["failed"], key=lambda f: (f["error"] is None, -len(f["wrong"])))
    for f in ranked[:worst]:
        lines.append(f"### {f['id']} — wrong: {', '.join(f['wrong'])}")
        if f["error"]:
            lines += ["", f"error: `{f['error']}`", ""]
            continue
        lines += ["", "| field | expected | read |", "| --- | --- | --- |"]
        for key in f["wrong"]:
            exp = json.dumps(f["expected"].get(key), ensure_ascii=False).replace("|", "\\|")
            got = json.dumps((f["read"] or {}).get(key), ensure_ascii=False).replace("|", "\\|")
            lines.append(f"| {key} | `{exp}` | `{got}` |")
        lines.append("")
    return "\n".join(lines) + "\n"
