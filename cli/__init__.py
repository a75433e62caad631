"""The `ar-agent` command line: one module per command group, wired in `cli.main`."""
