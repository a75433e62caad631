"""Entry point of the `ar-agent` console script.

Each command group lives in its own module and is registered here; `run()` turns any
expected error into one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import logging
import sys

import typer

from cli.output import CliError

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
    # Commands print their own results; logs are for --debug and the worker (which raises
    # its own loggers to INFO).
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )


def _register() -> None:
    # Imported here so `--help` of one group never pays for another's imports at module load.
    from cli import db_commands

    db_commands.register(app)
    __import__("cli.clean", fromlist=["register"]).register(app)
    __import__("cli.demo", fromlist=["register"]).register(app)
    __import__("cli.imports", fromlist=["register"]).register(app)
    __import__("cli.reports", fromlist=["register"]).register(app)
    __import__("cli.analyze", fromlist=["register"]).register(app)
    __import__("cli.evals", fromlist=["register"]).register(app)
    __import__("cli.users", fromlist=["register"]).register(app)
    __import__("cli.serve", fromlist=["register"]).register(app)
    __import__("cli.queue", fromlist=["register"]).register(app)
    __import__("cli.mail", fromlist=["register"]).register(app)


def run() -> None:
    _register()
    debug = "--debug" in sys.argv
    try:
        # Without standalone mode click returns (rather than raises) the code of typer.Exit.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except CliError as exc:
        if debug:
            raise
        _error_line(str(exc))
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _error_line("aborted")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - last line of defence for the one-line rule
        if debug:
            raise
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):  # click's usage errors
            exc.show()
            sys.exit(exc.exit_code)
        _error_line(f"{type(exc).__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(1)


def _error_line(message: str) -> None:
    # One physical line, never wrapped, so scripts and people can grep it.
    sys.stderr.write("error: " + " ".join(message.split()) + "\n")
    sys.stderr.flush()


if __name__ == "__main__":
    run()
