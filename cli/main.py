"""Entry point of the `ar-agent` console script.

Each command group lives in its own module and is registered here; `run()` turns any
expected error into one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import logging
import sys

import typer

from cli.output import CliError, err_console

app = typer.Typer(
    name="ar-agent",
    help="AI collections agent for B2B accounts receivable.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

_debug = False


@app.callback()
def _main(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks and debug logs."),
) -> None:
    global _debug
    _debug = debug
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )


def _register() -> None:
    # Imported here so `--help` of one group never pays for another's imports at module load.
    from cli import db_commands

    db_commands.register(app)


def run() -> None:
    _register()
    debug = "--debug" in sys.argv
    try:
        app(standalone_mode=False)
    except CliError as exc:
        if debug:
            raise
        err_console.print(f"error: {exc}", style="red", highlight=False, markup=False)
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        err_console.print("aborted", style="red")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - last line of defence for the one-line rule
        if debug:
            raise
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        err_console.print(
            f"error: {type(exc).__name__}: {exc} (run with --debug for the traceback)",
            highlight=False,
            markup=False,
        )
        sys.exit(1)


if __name__ == "__main__":
    run()
