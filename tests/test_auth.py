"""Logging in: argon2 passwords, a signed HttpOnly session cookie, CSRF on every form, audited."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from ledger.db import transaction
from ledger.errors import Conflict, LedgerError
from ledger.models import ApiToken, AuditLog, User
from ledger.users import UserIn, authenticate, create_user, issue_token, set_role, verify_token
from tests.web_fixtures import PASSWORD, make_web


@pytest.fixture
def web(sqlite_only_engine, sqlite_sessions, tmp_path):
    w = make_web(sqlite_only_engine, sqlite_sessions, tmp_path)
    yield w
    w.agent.close()


def csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_passwords_are_stored_as_argon2_hashes_and_tokens_as_sha256(sqlite_sessions):
    with transaction(sqlite_sessions) as s:
        user = create_user(s, UserIn(name="eve", email="eve@ourco.example"), password="long enough pw", actor="test")
        assert user.password_hash.startswith("$argon2id$")
        _, token = issue_token(s, "eve", actor="test")
        stored = s.scalar(select(ApiToken.token_hash))
        assert token not in stored and len(stored) == 64
        assert verify_token(s, token).name == "eve"
        assert authenticate(s, "eve", "long enough pw").name == "eve"
        assert authenticate(s, "EVE@ourco.example", "long enough pw").name == "eve"
        assert authenticate(s, "eve", "wrong password") is None
        assert authenticate(s, "nobody", "long enough pw") is None
        with pytest.raises(Conflict):
            create_user(s, UserIn(name="eve", email="other@ourco.example"), actor="test")
        with pytest.raises(LedgerError):
            set_role(s, "eve", "owner", actor="test")
        set_role(s, "eve", "manager", actor="test")
        actions = [a for (a,) in s.execute(select(AuditLog.action).order_by(AuditLog.id))]
        assert actions == ["user.create", "token.create", "user.role"]


def test_login_sets_a_safe_cookie_and_logout_ends_it(web):
    with TestClient(web.app()) as c:
        page = c.get("/login").text
        r = c.post("/login", data={"login": "alice", "password": PASSWORD, "csrf_token": csrf(page), "next": "/"},
                   follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/"
        cookie = r.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie
        queue = c.get("/")
        assert queue.status_code == 200 and "alice" in queue.text
        c.post("/logout", data={"csrf_token": csrf(queue.text)})
        assert c.get("/", follow_redirects=False).status_code == 303


def test_a_wrong_password_is_refused_and_both_attempts_are_audited(web):
    with TestClient(web.app()) as c:
        page = c.get("/login").text
        r = c.post("/login", data={"login": "alice", "password": "guess", "csrf_token": csrf(page)})
        assert r.status_code == 401 and "Wrong name or password" in r.text
        c.post("/login", data={"login": "alice", "password": PASSWORD, "csrf_token": csrf(r.text)})
    with web.sessions() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.actor).where(AuditLog.action.like("user.login%"))
                         .order_by(AuditLog.id)).all()
    assert rows == [("user.login_failed", "login:alice"), ("user.login", "user:alice")]


def test_forms_without_the_csrf_token_are_refused(web):
    with TestClient(web.app()) as c:
        c.get("/login")
        r = c.post("/login", data={"login": "alice", "password": PASSWORD})
        assert r.status_code == 403
        r = c.post("/login", data={"login": "alice", "password": PASSWORD, "csrf_token": "forged"})
        assert r.status_code == 403


def test_login_never_redirects_off_site(web):
    with TestClient(web.app()) as c:
        page = c.get("/login", params={"next": "//evil.example/x"}).text
        assert 'value="/"' in page
        r = c.post("/login", data={"login": "alice", "password": PASSWORD, "csrf_token": csrf(page),
                                   "next": "https://evil.example"}, follow_redirects=False)
        assert r.headers["location"] == "/"


def test_an_inactive_user_cannot_log_in_or_use_a_token(web):
    with transaction(web.sessions) as s:
        s.get(User, web.users["alice"]).active = False
    with TestClient(web.app()) as c:
        page = c.get("/login").text
        assert c.post("/login", data={"login": "alice", "password": PASSWORD, "csrf_token": csrf(page)}).status_code == 401
        assert c.get("/api/drafts", headers=web.auth("alice")).status_code == 401


def test_audit_log_is_for_managers(web):
    with TestClient(web.app()) as c:
        page = c.get("/login").text
        c.post("/login", data={"login": "alice", "password": PASSWORD, "csrf_token": csrf(page)})
        assert c.get("/audit").status_code == 403
        assert c.get("/audit.csv").status_code == 403


def test_users_cli_adds_a_user_and_prints_a_token_last(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from cli.main import _register, app
    from config import reset_settings

    monkeypatch.setenv("AR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("AR_DATABASE_URL", raising=False)
    reset_settings()
    _register()
    runner = CliRunner()
    r = runner.invoke(app, ["users", "add", "zoe", "--email", "zoe@ourco.example", "--role", "manager",
                            "--password-stdin"], input="a fine password\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["users", "token", "zoe"])
    assert r.exit_code == 0
    token = r.output.strip().splitlines()[-1]
    assert token.startswith("ara_")
    r = runner.invoke(app, ["users", "set-role", "zoe", "admin"])
    assert r.exit_code == 0
    r = runner.invoke(app, ["users", "list", "--json"])
    assert '"role": "admin"' in r.output
    reset_settings()
