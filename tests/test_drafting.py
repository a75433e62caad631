"""How drafts address people and what they ask when the customer leaves something out."""

import pytest
from sqlalchemy import select

from agent.drafting import first_name
from ledger.models import Draft
from tests.agent_fixtures import agent_for, email, seed_ledger, store


@pytest.mark.parametrize(("display", "expected"), [
    ("Dana Ruiz", "Dana"),
    ("Ruiz, Dana", "Dana"),
    ("Dr. Jane Okafor", "Dr. Okafor"),
    ("Accounts Payable", None),
    ("Treasury", None),
    ("Purchase Ledger Team", None),
    ("", None),
])
def test_people_are_greeted_by_name_and_shared_mailboxes_are_not(display, expected):
    assert first_name(display, "x@example.com") == expected


def test_a_dispute_that_names_no_invoice_gets_asked_which_one(sqlite_only_engine, sqlite_sessions, tmp_path):
    seed_ledger(sqlite_sessions)
    mid = store(sqlite_sessions, email("Your last delivery arrived damaged, two pallets were crushed. "
                                       "We will not pay for damaged goods.", subject="Damaged delivery"))
    with agent_for(sqlite_only_engine, sqlite_sessions, tmp_path) as agent:
        agent.process(mid)
    with sqlite_sessions() as s:
        draft = s.scalar(select(Draft))
        assert "dispute" in draft.intents
        assert "which invoice" in draft.body
        assert draft.grounding_flags == []
