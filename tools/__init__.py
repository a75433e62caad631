"""The agent's typed window onto the ledger: read tools and proposals of writes.

Reads return views (Pydantic), never live rows; proposals return action models that are only
applied when a person approves the item. No tool sends mail, marks an invoice paid, changes an
amount or writes anything off.
"""
