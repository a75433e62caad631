"""`ar-agent users …`: the people who approve drafts, their roles and their API tokens."""

from __future__ import annotations

import sys

import typer
from rich.table import Table

from cli.context import ledger_sessions
from cli.output import console, fail, print_json

users_app = typer.Typer(help="Users, roles and API tokens.", no_args_is_help=True)
ACTOR = "cli"


def _run(fn):  # type: ignore[no-untyped-def]
    """One transaction; ledger refusals become one-line errors."""
    from ledger.db import transaction
    from ledger.errors import LedgerError

    try:
        with transaction(ledger_sessions()) as s:
            return fn(s)
    except LedgerError as exc:
        fail(str(exc))


@users_app.command("add")
def add(
    name: str = typer.Argument(..., help="Login name (letters, digits, . _ -)."),
    email: str = typer.Option(..., "--email", help="E-mail address."),
    role: str = typer.Option("collector", "--role", help="collector, manager or admin."),
    slack_id: str | None = typer.Option(None, "--slack-id", help="Slack user id (U…)."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read a password from standard input."),
) -> None:
    """Add a user (with a password for the web page when --password-stdin is given)."""
    from pydantic import ValidationError

    from ledger.users import UserIn, create_user

    password = sys.stdin.readline().rstrip("\r\n") if password_stdin else None
    try:
        data = UserIn(name=name, email=email, role=role, slack_id=slack_id)
    except ValidationError as exc:
        fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()))
    user = _run(lambda s: create_user(s, data, password=password, actor=ACTOR))
    console.print(f"added {user.name} ({user.role})")


@users_app.command("set-role")
def set_role_cmd(name: str = typer.Argument(...), role: str = typer.Argument(..., help="collector, manager or admin.")) -> None:
    """Change a user's role."""
    from ledger.users import set_role

    user = _run(lambda s: set_role(s, name, role, actor=ACTOR))
    console.print(f"{user.name} is now {user.role}")


@users_app.command("password")
def password_cmd(name: str = typer.Argument(...)) -> None:
    """Set a user's password, read from standard input."""
    from ledger.users import set_password

    password = sys.stdin.readline().rstrip("\r\n")
    _run(lambda s: set_password(s, name, password, actor=ACTOR))
    console.print(f"password set for {name}")


@users_app.command("token")
def token_cmd(name: str = typer.Argument(...)) -> None:
    """Make an API token for the user; it is printed once, as the last line."""
    from ledger.users import issue_token

    row, token = _run(lambda s: issue_token(s, name, actor=ACTOR))
    console.print(f"API token {row.id} for {name} (shown once; send it as 'Authorization: Bearer <token>'):")
    print(token, flush=True)


@users_app.command("revoke-token")
def revoke_cmd(token_id: int = typer.Argument(..., help="The token's number.")) -> None:
    """Revoke an API token."""
    from ledger.users import revoke_token

    _run(lambda s: revoke_token(s, token_id, actor=ACTOR))
    console.print(f"token {token_id} revoked")


@users_app.command("list")
def list_cmd(json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List users and their roles."""
    from ledger.users import list_users

    rows = _run(lambda s: [{"name": u.name, "email": u.email, "role": u.role, "slack_id": u.slack_id,
                            "active": u.active, "password": bool(u.password_hash)} for u in list_users(s)])
    if json_out:
        print_json(rows)
        return
    table = Table("name", "email", "role", "slack", "active", "password")
    for r in rows:
        table.add_row(r["name"], r["email"], r["role"], r["slack_id"] or "", "yes" if r["active"] else "no",
                      "set" if r["password"] else "none")
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
