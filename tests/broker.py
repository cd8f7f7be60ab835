"""A real mosquitto per test (or per module), plus a small MQTT test client."""

from __future__ import annotations

import json
import os
import queue
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import paho.mqtt.client as paho
import pytest
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

MOSQUITTO = shutil.which("mosquitto") or "/usr/sbin/mosquitto"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def unique_base() -> str:
    """A topic prefix no other test uses."""
    return f"melodtest/{uuid.uuid4().hex[:10]}"


@dataclass
class Tls:
    ca: Path
    cert: Path
    key: Path


def make_client_cert(tmp: Path, tls: Tls) -> tuple[Path, Path]:
    """A client certificate signed by the test CA (for require_certificate brokers)."""
    ca_key = tls.ca.with_suffix(".key")
    subprocess.run(
        [
            "openssl",
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=melod",
            "-keyout",
            "client.key",
            "-out",
            "client.csr",
        ],
        check=True,
        capture_output=True,
        cwd=tmp,
    )
    subprocess.run(
        [
            "openssl",
            "x509",
            "-req",
            "-in",
            "client.csr",
            "-CA",
            str(tls.ca),
            "-CAkey",
            str(ca_key),
            "-CAcreateserial",
            "-days",
            "2",
            "-out",
            "client.crt",
        ],
        check=True,
        capture_output=True,
        cwd=tmp,
    )
    return tmp / "client.crt", tmp / "client.key"


def make_tls(tmp: Path) -> Tls:
    """A throw-away CA and a server certificate for 127.0.0.1, made with openssl."""

    def ssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=tmp)

    ssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=melod-test-ca",
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
    )
    ssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
    )
    (tmp / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    ssl(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "san.ext",
        "-out",
        "server.crt",
    )
    return Tls(tmp / "ca.crt", tmp / "server.crt", tmp / "server.key")


class Broker:
    """mosquitto on a free loopback port with its own config file."""

    def __init__(
        self,
        tmp: Path,
        *,
        password: tuple[str, str] | None = None,
        tls: Tls | None = None,
        require_certificate: bool = False,
    ) -> None:
        self.tmp, self.port = tmp, free_port()
        self.password, self.tls = password, tls
        self.proc: subprocess.Popen[bytes] | None = None
        lines = [
            f"listener {self.port} 127.0.0.1",
            "persistence false",
            # as root, mosquitto would drop to 'mosquitto', who cannot read tmp files
            *(["user root"] if os.geteuid() == 0 else []),
            "log_dest stderr",
            "max_queued_messages 1000",
        ]
        if password:
            pwfile = tmp / "passwd"
            pwfile.write_text(f"{password[0]}:{password[1]}\n")
            pwfile.chmod(0o600)
            subprocess.run(["mosquitto_passwd", "-U", str(pwfile)], check=True)
            lines += ["allow_anonymous false", f"password_file {pwfile}"]
        else:
            lines.append("allow_anonymous true")
        if tls:
            lines += [f"cafile {tls.ca}", f"certfile {tls.cert}", f"keyfile {tls.key}"]
            if require_certificate:
                lines += ["require_certificate true", "use_identity_as_username true"]
        self.conf = tmp / "mosquitto.conf"
        self.conf.write_text("\n".join(lines) + "\n")

    def start(self) -> None:
        with (self.tmp / "mosquitto.log").open("ab") as log:
            self.proc = subprocess.Popen(
                [MOSQUITTO, "-c", str(self.conf)], stdout=subprocess.DEVNULL, stderr=log
            )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
            except OSError:
                time.sleep(0.05)
            else:
                return
        raise RuntimeError("mosquitto did not start: " + (self.tmp / "mosquitto.log").read_text())

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(5)
            self.proc = None


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    if not Path(MOSQUITTO).exists():
        pytest.skip("mosquitto is not installed (scripts/test installs it as root)")
    b = Broker(tmp_path)
    b.start()
    yield b
    b.stop()


@pytest.fixture
def base() -> str:
    """A topic prefix of this test's own."""
    return unique_base()


@pytest.fixture
def client(broker: Broker, base: str) -> Iterator[Client]:
    """A test client recording everything under `base` on the test broker."""
    c = Client(broker, base)
    yield c
    c.close()


class Client:
    """A test-side MQTT v5 client that records everything under a base topic."""

    def __init__(
        self,
        broker: Broker,
        base: str,
        *,
        tls: Tls | None = None,
        auth: tuple[str, str] | None = None,
        client_cert: tuple[Path, Path] | None = None,
    ) -> None:
        self.base = base
        self.messages: queue.Queue[paho.MQTTMessage] = queue.Queue()
        self.seen: list[paho.MQTTMessage] = []
        self.c = paho.Client(
            CallbackAPIVersion.VERSION2,
            client_id=f"test-{uuid.uuid4().hex[:8]}",
            protocol=paho.MQTTv5,
        )
        if auth:
            self.c.username_pw_set(*auth)
        if tls:
            cert, key = client_cert or (None, None)
            self.c.tls_set(
                ca_certs=str(tls.ca),
                certfile=str(cert) if cert else None,
                keyfile=str(key) if key else None,
            )
        self.c.on_message = lambda _c, _u, m: self.messages.put(m)
        self.c.connect("127.0.0.1", broker.port)
        self.c.loop_start()
        result, _mid = self.c.subscribe(f"{base}/#", qos=1)
        assert result == 0
        time.sleep(0.2)

    def publish(
        self,
        topic: str,
        payload: bytes | str,
        *,
        qos: int = 1,
        response_topic: str | None = None,
        correlation: bytes | None = None,
    ) -> None:
        props = None
        if response_topic or correlation:
            props = Properties(PacketTypes.PUBLISH)
            if response_topic:
                props.ResponseTopic = response_topic
            if correlation:
                props.CorrelationData = correlation
        self.c.publish(f"{self.base}/{topic}", payload, qos=qos, properties=props).wait_for_publish(
            5
        )

    def wait(
        self, suffix: str, timeout: float = 30.0, *, where: dict[str, object] | None = None
    ) -> paho.MQTTMessage:
        """The next message on {base}/{suffix} (and matching JSON fields), or fail."""
        topic = f"{self.base}/{suffix}"
        for m in self.seen:
            if m.topic == topic and _matches(m, where):
                self.seen.remove(m)
                return m
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                m = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if m.topic == topic and _matches(m, where):
                return m
            self.seen.append(m)
        got = [(m.topic, m.payload[:120]) for m in self.seen[-10:]]
        raise AssertionError(f"nothing on {topic} {where or ''} in {timeout} s; saw {got}")

    def wait_any(self, match: Callable[[str], bool], timeout: float = 30.0) -> paho.MQTTMessage:
        """The next message whose full topic satisfies `match`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                m = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if match(m.topic):
                return m
        raise AssertionError(f"no matching message under {self.base} in {timeout} s")

    def drain(self, quiet_s: float) -> None:
        """Forget everything received until nothing arrives for `quiet_s`."""
        while True:
            try:
                self.messages.get(timeout=quiet_s)
            except queue.Empty:
                self.seen.clear()
                return

    def json(self, suffix: str, timeout: float = 30.0, **where: object) -> dict[str, object]:
        return dict(json.loads(self.wait(suffix, timeout, where=where or None).payload))

    def close(self) -> None:
        self.c.loop_stop()
        self.c.disconnect()


def _matches(m: paho.MQTTMessage, where: dict[str, object] | None) -> bool:
    if not where:
        return True
    try:
        data = json.loads(m.payload)
    except ValueError:
        return False
    return all(data.get(k) == v for k, v in where.items())
