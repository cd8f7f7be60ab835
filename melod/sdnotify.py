"""systemd's notify protocol (READY, STATUS, WATCHDOG) over $NOTIFY_SOCKET."""

from __future__ import annotations

import os
import socket


def notify(*lines: str) -> bool:
    """Send state lines to systemd; False (and nothing done) outside systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]  # abstract namespace socket
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(address)
            sock.sendall("\n".join(lines).encode())
        except OSError:
            return False
    return True


def watchdog_interval() -> float | None:
    """Half of WatchdogSec when systemd asked for pings, else None."""
    usec = os.environ.get("WATCHDOG_USEC")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec or (pid and int(pid) != os.getpid()):
        return None
    return int(usec) / 2_000_000
