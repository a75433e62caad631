"""`ar-agent eval`: score a reasoner, and the replies drafted from its readings, on labelled
case files (evals/CASE_FORMAT.md)."""

from __future__ import annotations

import subprocess
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import typer

from cli.output import console, fail, print_json, to_json


def _commit() -> str:
    """The commit the scores were measured on, marked when tracked files differ from it."""
    root = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head} (with uncommitted changes)" if dirty else head


def eval_command(
    cases: list[Path] = typer.Option(..., "--cases", help="JSONL file of labelled cases; repeat for several."),
    reasoner: str = typer.Option("offline", "--reasoner", help="offline or openai."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object with every score."),
    report: Path | None = typer.Option(None, "--report", help="Also write the JSON scores here."),
    markdown: Path | None = typer.Option(None, "--markdown", help="Also write a Markdown report here."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N cases of each file."),
    drafts: bool = typer.Option(True, "--drafts/--no-drafts", help="Also draft each reply and check it."),
) -> None:
    """Read every case through the production path, draft the replies, and print the scores.

    With one case file the JSON is that file's scores; with several, an object keyed by file.
    """
    from agent.reasoner import UnknownReasoner, get_reasoner
    from evals.report import markdown as render_markdown
    from evals.report import markdown_report, print_scores
    from evals.runner import CaseFileError, load_cases, run_cases
    from evals.scoring import score

    for path in cases:
        if not path.is_file():
            fail(f"case file not found: {path}")
    try:
        loaded = [load_cases(path, limit=limit) for path in cases]
        reader = get_reasoner(reasoner)
    except (CaseFileError, UnknownReasoner) as exc:
        fail(str(exc))
    for path, found in zip(cases, loaded):
        if not found:
            fail(f"no cases in {path}")
    check = _draft_check(reader) if drafts else None
    runs: list[dict[str, Any]] = []
    for path, found in zip(cases, loaded):
        scores = score(run_cases(found, reasoner=reader, draft_check=check))
        scores["reasoner"] = reader.name
        scores["case_file"] = str(path)
        runs.append(scores)
    result: dict[str, Any] = runs[0] if len(runs) == 1 else {r["case_file"]: r for r in runs}
    if report:
        report.write_text(to_json(result) + "\n", encoding="utf-8")
    if markdown:
        if len(runs) == 1:
            text = render_markdown(runs[0], title=f"Reading eval: {cases[0].name} ({reader.name})")
        else:
            text = markdown_report(runs, generated=datetime.now(timezone.utc).date().isoformat(), commit=_commit())
        markdown.write_text(text, encoding="utf-8")
    if as_json:
        print_json(result)
    else:
        for scores in runs:
            print_scores(scores, console)


def _draft_check(reader: Any) -> Any:
    """Drafts as production writes them: with the model drafter when the reasoner is the model."""
    from evals.drafts import draft_check

    if getattr(reader, "name", "offline") != "openai":
        return draft_check()
    from agent.drafting import model_drafter
    from agent.llm import client_from_settings

    return draft_check(model_drafter=model_drafter(client_from_settings()))


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
