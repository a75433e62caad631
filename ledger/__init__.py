"""The ledger: the data of receivables and its rules.

Everything that writes goes through functions in this package, which record the audit log in
the same transaction. The ledger imports nothing from agent/, tools/, connectors/ or server.
"""
