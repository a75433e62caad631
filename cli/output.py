"""How every command talks to people and machines.

Tables go to stdout for people, `--json` prints machine-readable JSON, and errors are one
clear line on stderr with a non-zero exit (a traceback only with `--debug`).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NoReturn

import typer
from pydantic import BaseModel
from rich.console import Console

console = Console()
err_console = Console(stderr=True)


class CliError(Exception):
    """An expected failure with a message for the user; exit code defaults to 1."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(value: Any, *, indent: int | None = 2) -> str:
    return json.dumps(value, default=_default, indent=indent, ensure_ascii=False)


def print_json(value: Any, *, indent: int | None = 2) -> None:
    # Plain print: rich would wrap long lines and break the JSON.
    print(to_json(value, indent=indent), flush=True)


def fail(message: str, exit_code: int = 1) -> NoReturn:
    raise CliError(message, exit_code)
