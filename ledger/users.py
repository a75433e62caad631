"""The people who work the queue: accounts, roles, passwords and API tokens.

Passwords are kept only as argon2 hashes. An API token is shown once when it is made; the
database keeps its SHA-256, so a stolen copy of the database opens nothing. Every change to an
account, and every token made or revoked, is written to the audit log in the same transaction.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from pydantic import BaseModel, EmailStr, Field, field_validator
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.errors import Conflict, LedgerError, NotFound
from ledger.models import USER_ROLES, ApiToken, User, utcnow

_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password")
TOKEN_PREFIX = "ara_"
MIN_PASSWORD = 8


class UserIn(BaseModel):
    name: str = Field(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9._-]+$")
    email: EmailStr
    role: str = "collector"
    slack_id: str | None = Field(default=None, max_length=32)

    @field_validator("role")
    @classmethod
    def _role(cls, value: str) -> str:
        return check_role(value)


def check_role(role: str) -> str:
    if role not in USER_ROLES:
        raise LedgerError(f"unknown role {role!r}; use one of {', '.join(USER_ROLES)}")
    return role


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise LedgerError(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def get_user(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise NotFound(f"unknown user {name!r}")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.name)))


def create_user(session: Session, data: UserIn, *, password: str | None = None, actor: str) -> User:
    taken = session.scalar(select(User).where(or_(User.name == data.name,
                                                  func.lower(User.email) == data.email.lower())))
    if taken is not None:
        raise Conflict(f"a user named {data.name!r} or with e-mail {data.email} already exists")
    user = User(name=data.name, email=data.email, role=data.role, slack_id=data.slack_id,
                password_hash=hash_password(password) if password else None)
    session.add(user)
    session.flush()
    audit.record(session, actor=actor, action="user.create", entity="user", entity_id=user.id,
                 after={"name": user.name, "email": user.email, "role": user.role,
                        "slack_id": user.slack_id, "password": bool(password)})
    return user


def set_role(session: Session, name: str, role: str, *, actor: str) -> User:
    user = get_user(session, name)
    check_role(role)
    if user.role != role:
        before = user.role
        user.role = role
        audit.record(session, actor=actor, action="user.role", entity="user", entity_id=user.id,
                     before={"role": before}, after={"role": role})
    return user


def set_password(session: Session, name: str, password: str, *, actor: str) -> User:
    user = get_user(session, name)
    user.password_hash = hash_password(password)
    audit.record(session, actor=actor, action="user.password", entity="user", entity_id=user.id)
    return user


def authenticate(session: Session, login: str, password: str) -> User | None:
    """The active user with this name or e-mail and password, or None. Writes nothing."""
    login = login.strip()
    user = session.scalar(select(User).where(or_(User.name == login, func.lower(User.email) == login.lower())))
    stored = user.password_hash if user is not None and user.password_hash else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or not user.password_hash or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, name: str, *, actor: str) -> tuple[ApiToken, str]:
    """A new API token for the user: (row, the token itself — shown once, never stored)."""
    user = get_user(session, name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id, token_hash=_digest(token))
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="token.create", entity="api_token", entity_id=row.id,
                 after={"user": user.name})
    return row, token


def verify_token(session: Session, token: str) -> User | None:
    """The active user an unrevoked token belongs to, or None."""
    if not token or len(token) > 200:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token)))
    if row is None or row.revoked or not row.user.active:
        return None
    row.last_used_at = utcnow()
    return row.user


def revoke_token(session: Session, token_id: int, *, actor: str) -> ApiToken:
    row = session.get(ApiToken, token_id)
    if row is None:
        raise NotFound(f"no API token {token_id}")
    if not row.revoked:
        row.revoked = True
        audit.record(session, actor=actor, action="token.revoke", entity="api_token", entity_id=row.id,
                     before={"revoked": False}, after={"revoked": True})
    return row
