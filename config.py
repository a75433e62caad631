"""The effective configuration, from the environment (12-factor) and an optional `.env` file.

Every entry point (CLI, worker, server) reads settings from here; library code receives the
values it needs as arguments so it stays testable without environment tricks.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(default=Path("var"), alias="AR_DATA_DIR")
    database_url_override: str | None = Field(default=None, alias="AR_DATABASE_URL")
    imap_url: str | None = Field(default=None, alias="AR_IMAP_URL")
    imap_folders: str = Field(default="INBOX", alias="AR_IMAP_FOLDERS")
    imap_move: bool = Field(default=False, alias="AR_IMAP_MOVE")
    smtp_url: str | None = Field(default=None, alias="AR_SMTP_URL")
    from_address: str = Field(default="AR Team <ar@localhost>", alias="AR_FROM")
    openai_api_key: str | None = Field(default=None, alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, alias="OPENAI_BASE_URL")
    model: str = Field(default="gpt-4o-mini", alias="AR_MODEL")
    model_timeout_s: float = Field(default=60.0, gt=0, alias="AR_MODEL_TIMEOUT")
    model_retries: int = Field(default=3, ge=0, le=10, alias="AR_MODEL_RETRIES")
    reasoner_override: Literal["offline", "openai"] | None = Field(default=None, alias="AR_REASONER")
    chroma_url: str | None = Field(default=None, alias="AR_CHROMA_URL")
    slack_bot_token: str | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    slack_alert_channel: str | None = Field(default=None, alias="AR_SLACK_ALERT_CHANNEL")
    slack_api_url: str | None = Field(default=None, alias="AR_SLACK_API_URL")
    max_message_bytes: int = Field(default=25 * 1024 * 1024, alias="AR_MAX_MESSAGE_BYTES")
    secret_key: str | None = Field(default=None, alias="AR_SECRET_KEY")

    @property
    def database_url(self) -> str:
        if self.database_url_override:
            return self.database_url_override
        return f"sqlite:///{(self.data_dir / 'ar.db').resolve()}"

    @property
    def reasoner(self) -> Literal["offline", "openai"]:
        if self.reasoner_override:
            return self.reasoner_override
        return "openai" if self.openai_api_key else "offline"

    @property
    def demo_maildir(self) -> Path:
        return self.data_dir / "demo-mailbox"

    @property
    def file_outbox(self) -> Path:
        return self.data_dir / "outbox"

    def masked(self) -> dict[str, str | None]:
        """The configuration for display, secrets masked."""
        rows: dict[str, str | None] = {
            "AR_DATA_DIR": str(self.data_dir),
            "AR_DATABASE_URL": mask_url(self.database_url),
            "AR_IMAP_URL": mask_url(self.imap_url),
            "AR_IMAP_FOLDERS": self.imap_folders,
            "AR_IMAP_MOVE": str(self.imap_move).lower(),
            "AR_SMTP_URL": mask_url(self.smtp_url),
            "AR_FROM": self.from_address,
            "AR_REASONER": self.reasoner,
            "OPENAI_API_KEY": "****" if self.openai_api_key else None,
            "OPENAI_BASE_URL": self.openai_base_url,
            "AR_MODEL": self.model,
            "AR_MODEL_TIMEOUT": str(self.model_timeout_s),
            "AR_MODEL_RETRIES": str(self.model_retries),
            "AR_CHROMA_URL": self.chroma_url,
            "SLACK_BOT_TOKEN": "****" if self.slack_bot_token else None,
            "SLACK_SIGNING_SECRET": "****" if self.slack_signing_secret else None,
            "AR_SLACK_ALERT_CHANNEL": self.slack_alert_channel,
            "AR_SLACK_API_URL": self.slack_api_url,
            "AR_MAX_MESSAGE_BYTES": str(self.max_message_bytes),
        }
        return rows


def mask_url(url: str | None) -> str | None:
    """Hide the password of a URL such as imaps://user:secret@host/INBOX."""
    if not url:
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":****@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def reset_settings() -> None:
    """Forget cached settings (tests and commands that change the environment)."""
    get_settings.cache_clear()


__all__ = ["Settings", "get_settings", "reset_settings", "mask_url"]
