"""Run the real `melod run` as a subprocess against a test broker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from tests.broker import Broker, Client


def write_config(tmp: Path, broker: Broker, base: str, **sections: dict[str, Any]) -> Path:
    """A melod config for this test: its own base topic, client id, queue and models dir."""
    config: dict[str, Any] = {
        "mqtt": {
            "host": "127.0.0.1",
            "port": broker.port,
            "base_topic": base,
            "client_id": f"melod-{base.rsplit('/', 1)[-1]}",
            "reconnect_max_s": 2,
        },
        "tts": {"models_dir": str(tmp / "models")},
        "output": {"mode": "reply"},
        "limits": {"queue_path": str(tmp / "queue.sqlite3")},
        "logging": {"format": "logfmt", "level": "DEBUG"},
    }
    for name, values in sections.items():
        config.setdefault(name, {}).update(values)
    path = tmp / "melod.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


class MelodProcess:
    """`python -m melod -c CONFIG run`, with its log in tmp/melod.log."""

    def __init__(self, config: Path, env: dict[str, str] | None = None) -> None:
        self.config, self.env = config, env or {}
        self.log = config.parent / "melod.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, client: Client | None = None, timeout: float = 60.0) -> None:
        env = {**os.environ, **self.env, "PYTHONUNBUFFERED": "1"}
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "melod", "-c", str(self.config), "run"],
                stdout=subprocess.DEVNULL,
                stderr=log,
                env=env,
            )
        if client is not None:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                msg = client.wait("status", timeout=max(0.1, deadline - time.monotonic()))
                if msg.payload == b"online":
                    return
                self._check_alive()
            raise AssertionError("melod did not come online:\n" + self.tail())

    def _check_alive(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"melod exited {self.proc.returncode}:\n{self.tail()}")

    def terminate(self, timeout: float = 15.0) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(5)

    def tail(self, n: int = 60) -> str:
        if not self.log.exists():
            return "(no log)"
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])

    def stop_quietly(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
