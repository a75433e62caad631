"""Connections to the outside world: the AR mailbox in (IMAP or a demo Maildir) and mail out.

Sources hand the worker raw bytes with a stable location (folder, UIDVALIDITY, UID); they never
interpret a message. Everything they fetch goes straight into the ledger.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class FetchedMessage:
    """One message as a source delivers it. `truncated`: only the header (it was too large)."""

    uid: int
    raw: bytes
    size: int
    truncated: bool = False


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses, where a plain (unencrypted) protocol is allowed."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)
