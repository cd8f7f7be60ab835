"""systemd integration: the unit file verifies, and melod speaks the notify protocol."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.broker import Broker, Client, unique_base
from tests.daemon_proc import MelodProcess, write_config

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_unit_file_verifies(tmp_path: Path) -> None:
    unit = (ROOT / "systemd" / "melod.service").read_text()
    melod = Path(sys.executable).with_name("melod")
    unit = unit.replace("/opt/melod/.venv/bin/melod", str(melod))
    path = tmp_path / "melod.service"
    path.write_text(unit)
    result = subprocess.run(
        ["systemd-analyze", "verify", str(path)], capture_output=True, text=True, check=False
    )
    problems = [line for line in result.stderr.splitlines() if "melod.service" in line]
    assert problems == [], result.stderr


@pytest.mark.integration
def test_ready_watchdog_and_stopping(tmp_path: Path, broker: Broker) -> None:
    base = unique_base()
    sock_path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(sock_path))
    sock.settimeout(30)
    client = Client(broker, base)
    proc = MelodProcess(
        write_config(tmp_path, broker, base),
        env={"NOTIFY_SOCKET": str(sock_path), "WATCHDOG_USEC": "1000000"},
    )
    try:
        proc.start(client)
        seen: list[str] = []
        deadline = time.monotonic() + 20
        while "WATCHDOG=1" not in seen and time.monotonic() < deadline:
            seen += sock.recv(4096).decode().splitlines()
        assert "READY=1" in seen
        assert "WATCHDOG=1" in seen
        assert proc.terminate() == 0
        while "STOPPING=1" not in seen:
            seen += sock.recv(4096).decode().splitlines()
    finally:
        proc.stop_quietly()
        client.close()
        sock.close()
