"""An app on a real ledger for the web tests: users with passwords and tokens, a running agent,
and a way to turn a customer's email into a pending approval item."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session, sessionmaker

from agent.triage import Agent
from config import Settings
from ledger.db import transaction
from ledger.models import Customer, Draft
from ledger.users import issue_token, set_password
from tests.agent_fixtures import agent_for, email, seed_ledger, store
from web.app import create_app

PASSWORD = "correct horse battery"


@dataclass
class Web:
    engine: Engine
    sessions: sessionmaker[Session]
    agent: Agent
    settings: Settings
    users: dict[str, int]
    tokens: dict[str, str] = field(default_factory=dict)
    _n: int = 0

    def app(self):  # type: ignore[no-untyped-def]
        return create_app(self.settings, self.sessions, self.agent)

    def auth(self, name: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[name]}"}

    def item(self, body: str, **kw: str) -> int:
        """A customer's email, processed by the agent: the id of its pending approval item."""
        self._n += 1
        kw.setdefault("message_id", f"<web-{self._n}@acme.example>")
        mid = store(self.sessions, email(body, **kw))
        self.agent.process(mid)
        with self.sessions() as s:
            return s.scalar(select(Draft.id).where(Draft.message_id == mid))

    def set_owner(self, customer: str, user: str | None) -> None:
        with transaction(self.sessions) as s:
            s.execute(update(Customer).where(Customer.external_id == customer)
                      .values(owner_id=self.users[user] if user else None))


def make_web(engine: Engine, sessions: sessionmaker[Session], tmp_path: Path) -> Web:
    users = seed_ledger(sessions)
    tokens = {}
    with transaction(sessions) as s:
        for name in users:
            set_password(s, name, PASSWORD, actor="test")
            tokens[name] = issue_token(s, name, actor="test")[1]
    agent = agent_for(engine, sessions, tmp_path)
    settings = Settings(AR_DATA_DIR=tmp_path, AR_DATABASE_URL=engine.url.render_as_string(hide_password=False),
                        AR_FROM="Acme Receivables <ar@ourco.example>", AR_REASONER="offline",
                        AR_SECRET_KEY="test-secret-key")
    return Web(engine, sessions, agent, settings, users, tokens)
