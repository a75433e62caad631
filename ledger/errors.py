"""Errors the ledger raises for bad requests (shown to users as one clear line)."""


class LedgerError(ValueError):
    """A request the ledger refuses: unknown customer, overpayment, illegal state change."""


class NotFound(LedgerError):
    pass


class Conflict(LedgerError):
    """The row changed under us or is already in a final state (HTTP 409)."""


class Forbidden(LedgerError):
    """The user's role does not allow this (HTTP 403)."""
