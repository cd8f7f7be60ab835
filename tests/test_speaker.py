"""The daemon on a real speaker: PulseAudio null sink, recorded back with parec."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.broker import Broker, Client
from tests.daemon_proc import MelodProcess, write_config
from tests.pulse import DEVICE, PulseServer, Recorder, active_seconds, onset

pytestmark = pytest.mark.integration

LONG = "This is a long message that keeps the speaker busy for a while. " * 3


def start(
    tmp_path: Path,
    broker: Broker,
    base: str,
    client: Client,
    pulse: PulseServer,
    **sections: dict[str, object],
) -> MelodProcess:
    output = {"mode": "speaker", "device": DEVICE, "preroll_ms": 100}
    output.update(sections.pop("output", {}))
    proc = MelodProcess(
        write_config(tmp_path, broker, base, output=output, **sections), env=pulse.env
    )
    proc.start(client)
    return proc


@pytest.fixture
def speaker(
    tmp_path: Path, broker: Broker, base: str, client: Client, pulse_server: PulseServer
) -> Iterator[MelodProcess]:
    proc = start(tmp_path, broker, base, client, pulse_server)
    yield proc
    proc.stop_quietly()


def wait_speaking(client: Client, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if client.json("state", timeout=timeout)["state"] == "speaking":
            return
    raise AssertionError("melod never started speaking")


def test_heard_on_the_speaker(client: Client, speaker: MelodProcess, recorder: Recorder) -> None:
    client.publish("say/KR", "현관문이 열렸습니다")
    done = client.json("done", timeout=30)
    time.sleep(0.3)
    samples = recorder.stop()
    assert done["output"] == "speaker"
    heard = active_seconds(samples, recorder.rate)
    assert heard == pytest.approx(done["audio_s"], rel=0.25, abs=0.3), (heard, done)
    assert np.sqrt(np.mean(samples**2)) > 0.005
    assert 0 < done["latency_ms"] < 10_000


def test_priority_order_on_the_speaker(client: Client, speaker: MelodProcess) -> None:
    client.publish("say/EN", json.dumps({"text": LONG, "id": "first"}))
    wait_speaking(client)
    for pid in ("low", "normal", "high"):
        client.publish("say/EN", json.dumps({"text": f"{pid} one.", "id": pid, "priority": pid}))
    order = [client.json("done", timeout=60)["id"] for _ in range(4)]
    assert order == ["first", "high", "normal", "low"]


def test_alert_cuts_in_and_the_cut_message_comes_back(
    client: Client, speaker: MelodProcess
) -> None:
    client.publish("say/EN", json.dumps({"text": LONG, "id": "chatter"}))
    wait_speaking(client)
    cut_at = time.monotonic()
    client.publish(
        "say/EN", json.dumps({"text": "Smoke alarm!", "id": "fire", "priority": "alert"})
    )
    first = client.json("done", timeout=30)
    assert first["id"] == "fire"
    assert time.monotonic() - cut_at < 5
    again = client.json("done", timeout=60)
    assert again["id"] == "chatter"


def test_stop_cuts_the_current_utterance(client: Client, speaker: MelodProcess) -> None:
    client.publish("say/EN", json.dumps({"text": LONG, "id": "long"}))
    wait_speaking(client)
    sent = time.monotonic()
    client.publish("cmd", "stop")
    err = client.json("error", id="long", timeout=10)
    assert err["code"] == "cancelled"
    assert time.monotonic() - sent < 2


def test_flush_drops_the_queue(client: Client, speaker: MelodProcess) -> None:
    client.publish("say/EN", json.dumps({"text": LONG, "id": "playing"}))
    wait_speaking(client)
    for i in range(3):
        client.publish("say/EN", json.dumps({"text": "queued", "id": f"q{i}"}))
    time.sleep(0.3)
    client.publish("cmd", "flush")
    codes = {client.json("error", id=f"q{i}", timeout=10)["code"] for i in range(3)}
    assert codes == {"cancelled"}
    assert client.json("done", id="playing", timeout=60)["id"] == "playing"


def test_volume_and_mute_commands(
    client: Client, speaker: MelodProcess, recorder: Recorder
) -> None:
    client.publish("cmd", json.dumps({"volume": 0.5}))
    assert client.json("state", volume=0.5)["volume"] == 0.5
    client.publish("cmd", json.dumps({"mute": True}))
    assert client.json("state", muted=True)["muted"] is True
    client.publish("say/EN", "You should not hear this.")
    client.json("done", timeout=30)
    assert np.abs(recorder.stop()).max() < 0.02


def test_chime_plays_before_the_message(
    tmp_path: Path,
    broker: Broker,
    base: str,
    client: Client,
    pulse_server: PulseServer,
    recorder: Recorder,
) -> None:
    rate = 22050
    t = np.arange(int(rate * 0.6)) / rate
    chime = tmp_path / "ding.wav"
    sf.write(chime, (0.5 * np.sin(2 * np.pi * 880 * t)).astype(np.float32), rate)
    proc = start(
        tmp_path, broker, base, client, pulse_server, output={"chimes": {"default": str(chime)}}
    )
    try:
        client.publish("say/EN", json.dumps({"text": "Dinner is ready.", "chime": True}))
        done = client.json("done", timeout=30)
        time.sleep(0.3)
        samples = recorder.stop()
        start_at = onset(samples, recorder.rate)
        assert start_at is not None
        head = samples[int(start_at * recorder.rate) :][: int(0.4 * recorder.rate)]
        spectrum = np.abs(np.fft.rfft(head))
        peak_hz = np.argmax(spectrum) * recorder.rate / len(head)
        assert abs(peak_hz - 880) < 20, peak_hz
        assert active_seconds(samples, recorder.rate) > done["audio_s"]
    finally:
        proc.stop_quietly()


def test_missing_device_errors_and_replies_instead(
    tmp_path: Path, broker: Broker, base: str, client: Client, pulse_server: PulseServer
) -> None:
    proc = start(tmp_path, broker, base, client, pulse_server, output={"device": "no-such-card"})
    try:
        client.publish("say/EN", json.dumps({"text": "Hello", "id": "nodev"}))
        err = client.json("error", id="nodev", timeout=30)
        assert err["code"] == "playback_failed"
        assert f"{base}/audio/nodev" in err["message"]
        assert client.wait("audio/nodev").payload[:4] == b"RIFF"
    finally:
        proc.stop_quietly()


def test_kill_9_while_speaking_then_stale_requests_expire(
    client: Client, speaker: MelodProcess
) -> None:
    client.publish("say/EN", json.dumps({"text": LONG, "id": "busy"}))
    wait_speaking(client)
    client.publish("say/EN", json.dumps({"text": "soon stale", "id": "stale", "ttl_s": 2}))
    client.publish("say/EN", json.dumps({"text": "still fresh", "id": "fresh"}))
    time.sleep(0.5)
    speaker.kill()
    time.sleep(2.5)
    speaker.start(client)
    assert client.json("error", id="stale", timeout=30)["code"] == "expired"
    assert client.json("done", id="busy", timeout=60)["id"] == "busy"
    assert client.json("done", id="fresh", timeout=60)["id"] == "fresh"


def test_sigterm_while_speaking_keeps_the_queue(client: Client, speaker: MelodProcess) -> None:
    client.publish("say/EN", json.dumps({"text": LONG, "id": "cut"}))
    wait_speaking(client)
    for i in range(2):
        client.publish("say/EN", json.dumps({"text": f"Waiting {i}.", "id": f"w{i}"}))
    time.sleep(0.5)
    started = time.monotonic()
    assert speaker.terminate() == 0
    assert time.monotonic() - started < 8
    while client.wait("status", timeout=10).payload != b"offline":
        pass
    assert not [m for m in client.seen if m.topic.endswith(("/done", "/error"))]
    speaker.start(client)
    ids = {str(client.json("done", timeout=90)["id"]) for _ in range(3)}
    assert ids == {"cut", "w0", "w1"}


def test_request_waiting_past_its_ttl_expires(client: Client, speaker: MelodProcess) -> None:
    client.publish("say/EN", json.dumps({"text": LONG, "id": "long"}))
    wait_speaking(client)
    client.publish("say/EN", json.dumps({"text": "too late", "id": "late", "ttl_s": 1}))
    err = client.json("error", id="late", timeout=90)
    assert err["code"] == "expired"
    assert "ttl_s 1" in err["message"]
    assert client.json("done", id="long", timeout=90)["id"] == "long"
