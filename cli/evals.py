"""`ar-agent eval`: score a reasoner on a labelled case file (evals/CASE_FORMAT.md)."""

from __future__ import annotations

from pathlib import Path

import typer

from cli.output import console, fail, print_json, to_json


def eval_command(
    cases: Path = typer.Option(..., "--cases", help="JSONL file of labelled cases."),
    reasoner: str = typer.Option("offline", "--reasoner", help="offline or openai."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object with every score."),
    report: Path | None = typer.Option(None, "--report", help="Also write the JSON scores here."),
    markdown: Path | None = typer.Option(None, "--markdown", help="Also write a Markdown report here."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N cases."),
) -> None:
    """Read every case through the production path and print the scores."""
    from agent.reasoner import UnknownReasoner, get_reasoner
    from evals.report import markdown as render_markdown
    from evals.report import print_scores
    from evals.runner import CaseFileError, load_cases, run_cases
    from evals.scoring import score

    if not cases.is_file():
        fail(f"case file not found: {cases}")
    try:
        loaded = load_cases(cases, limit=limit)
        reader = get_reasoner(reasoner)
    except (CaseFileError, UnknownReasoner) as exc:
        fail(str(exc))
    if not loaded:
        fail(f"no cases in {cases}")
    scores = score(run_cases(loaded, reasoner=reader))
    scores["reasoner"] = reader.name
    scores["case_file"] = str(cases)
    if report:
        report.write_text(to_json(scores) + "\n", encoding="utf-8")
    if markdown:
        markdown.write_text(render_markdown(scores, title=f"Reading eval: {cases.name} ({reader.name})"), encoding="utf-8")
    if as_json:
        print_json(scores)
    else:
        print_scores(scores, console)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
