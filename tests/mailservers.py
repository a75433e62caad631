"""Real mail servers on loopback for the tests: Dovecot (IMAP) and aiosmtpd (SMTP).

Dovecot runs as a foreground child with a throwaway configuration: a static password for any
user name, one Maildir per user, no TLS (loopback only). One server serves the whole test run;
each test gets its own user, hence its own empty mailbox.
aiosmtpd collects what it accepts and answers 4xx/5xx for recipients whose local part asks for
it ("tempfail…", "reject…"), the way a real server refuses.
"""

from __future__ import annotations

import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
PASSWORD = "test-secret"


def dovecot_missing() -> bool:
    return not os.access(DOVECOT, os.X_OK)


def require_dovecot() -> None:
    """Skip without Dovecot on a developer machine; in CI its absence is a failure."""
    if dovecot_missing():
        if os.environ.get("CI"):
            pytest.fail("dovecot is required in CI (scripts/services.sh installs dovecot-imapd)")
        pytest.skip("dovecot is not installed (run scripts/services.sh)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Dovecot:
    port: int
    root: Path
    process: subprocess.Popen[bytes]
    host: str = "127.0.0.1"
    password: str = PASSWORD

    def url(self, user: str, folder: str = "INBOX") -> str:
        return f"imap://{user}:{self.password}@{self.host}:{self.port}/{folder}"

    def client(self, user: str) -> imaplib.IMAP4:
        conn = imaplib.IMAP4(self.host, self.port)
        conn.login(user, self.password)
        return conn

    def maildir(self, user: str) -> Path:
        return self.root / "mail" / user

    def append(self, user: str, raw: bytes, folder: str = "INBOX") -> int:
        """Deliver one message the way a mail client files it; returns its UID."""
        conn = self.client(user)
        try:
            if folder != "INBOX":
                conn.create(f'"{folder}"')
            typ, data = conn.append(f'"{folder}"', None, None, raw)
            assert typ == "OK", data
            text = data[0].decode()
            return int(text.split("APPENDUID", 1)[1].split()[1].rstrip("]"))
        finally:
            conn.logout()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def start_dovecot(root: Path | None = None) -> Dovecot:
    """Start a private Dovecot on a free loopback port; the caller stops it."""
    # Dovecot's mail processes refuse to run as root and must reach the Maildirs, so the
    # tree lives outside pytest's private temp dir and belongs to the mail user.
    root = Path(root or tempfile.mkdtemp(prefix="ar-dovecot-"))
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o755)
    if os.geteuid() == 0:
        account = pwd.getpwnam("dovecot")
        uid, gid = account.pw_uid, account.pw_gid
        internal, login = "dovecot", "dovenull"
    else:
        uid, gid = os.getuid(), os.getgid()
        internal = login = pwd.getpwuid(uid).pw_name
    for sub in ("mail", "home"):
        (root / sub).mkdir(exist_ok=True)
        os.chown(root / sub, uid, gid)
    port = free_port()
    conf = root / "dovecot.conf"
    conf.write_text(
        f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
imap_idle_notify_interval = 1 secs
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""
    )
    process = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    server = Dovecot(port=port, root=root, process=process)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode() if process.stderr else ""
            log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
            raise RuntimeError(f"dovecot exited: {err} {log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                if s.recv(100).startswith(b"* OK"):
                    return server
        except OSError:
            time.sleep(0.05)
    server.stop()
    raise RuntimeError("dovecot did not start within 20 s")


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    require_dovecot()
    server = start_dovecot()
    yield server
    server.stop()


@pytest.fixture
def imap_user(dovecot: Dovecot) -> str:
    """A fresh user name: an empty mailbox of its own on the shared server."""
    return f"ar{uuid.uuid4().hex[:10]}"


# --- SMTP ---------------------------------------------------------------------------------------
@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class SmtpCatcher:
    received: list[Received] = field(default_factory=list)
    # Answers to give to the next RCPT commands, before the normal rules apply.
    next_answers: list[str] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if self.next_answers:
            return self.next_answers.pop(0)
        local = address.split("@", 1)[0].lower()
        if local.startswith("reject"):
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if local.startswith("tempfail"):
            return "451 4.7.1 Greylisted, please try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 2.0.0 Ok: queued"


@dataclass
class SmtpServer:
    host: str
    port: int
    catcher: SmtpCatcher

    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}"

    @property
    def received(self) -> list[Received]:
        return self.catcher.received


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    from aiosmtpd.controller import Controller

    catcher = SmtpCatcher()
    port = free_port()
    controller = Controller(catcher, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", port, catcher)
    finally:
        controller.stop()
