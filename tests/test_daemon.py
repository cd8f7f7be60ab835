"""The daemon end to end: real mosquitto, real `melod run`, the espeak-ng fallback voice."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import soundfile as sf

from melod.text import normalize
from tests.broker import Broker, Client, make_client_cert, make_tls
from tests.daemon_proc import MelodProcess, write_config

pytestmark = pytest.mark.integration

SAMPLES = {
    "KR": "현관문이 열렸습니다",
    "EN": "The washing machine has finished.",
    "JP": "洗濯が終わりました",
    "ZH": "洗衣机已经洗好了",
    "FR": "La porte d'entrée est ouverte.",
    "ES": "La lavadora ha terminado.",
}


@pytest.fixture
def melod(tmp_path: Path, broker: Broker, base: str, client: Client) -> Iterator[MelodProcess]:
    proc = MelodProcess(write_config(tmp_path, broker, base))
    proc.start(client)
    yield proc
    proc.stop_quietly()


def wav(payload: bytes) -> tuple[int, float, int]:
    data, rate = sf.read(io.BytesIO(payload), dtype="int16")
    info = sf.info(io.BytesIO(payload))
    assert info.subtype == "PCM_16"
    assert info.channels == 1
    return rate, len(data) / rate, int(abs(data).max())


def test_plain_text_in_every_language_comes_back_as_wav(
    client: Client, melod: MelodProcess
) -> None:
    for lang, text in SAMPLES.items():
        client.publish(f"say/{lang}", text)
        done = client.json("done", lang=lang)
        audio = client.wait(f"audio/{done['id']}")
        rate, seconds, peak = wav(audio.payload)
        assert rate == 22050
        assert 0.4 < seconds < 10, (lang, seconds)
        assert peak > 1000, "silence"
        assert done["engine"] == "espeak-ng"
        assert done["output"] == "reply"
        assert done["chars"] >= len(text) // 2
        assert abs(done["audio_s"] - seconds) < 0.05
        assert 0 <= done["latency_ms"] < 10_000


def test_json_request_with_response_topic_and_correlation(
    client: Client, melod: MelodProcess, base: str
) -> None:
    client.publish(
        "say",
        json.dumps({"text": "Hello", "lang": "EN", "output": "reply", "id": "req-1"}),
        response_topic=f"{base}/my/reply",
        correlation=b"\x01corr",
    )
    msg = client.wait("my/reply")
    assert msg.properties.CorrelationData == b"\x01corr"
    assert wav(msg.payload)[2] > 1000
    done = client.json("done", id="req-1")
    assert done["lang"] == "EN"


def test_reply_topic_from_json(client: Client, melod: MelodProcess, base: str) -> None:
    client.publish(
        "say/FR", json.dumps({"text": "Bonjour", "reply_topic": f"{base}/r/1", "output": "reply"})
    )
    assert wav(client.wait("r/1").payload)[1] > 0.2


@pytest.mark.parametrize(
    ("topic", "payload", "code"),
    [
        ("say/KR", b"{not json", "bad_payload"),
        ("say/KR", b"", "bad_payload"),
        ("say/KR", b"\xff\xfe\xfa", "bad_utf8"),
        ("say/KR", "가" * 3000, "too_long"),
        ("say/XX", b"hello", "unknown_language"),
        ("say", json.dumps({"text": "hi", "lang": "klingon"}), "unknown_language"),
        ("say/EN", json.dumps({"text": "hi", "sped": 1.2}), "bad_field"),
        ("say/EN", json.dumps({"text": "hi", "speed": 9}), "bad_field"),
        ("cmd", b"dance", "bad_payload"),
    ],
)
def test_bad_input_gets_a_precise_error_and_melod_carries_on(
    client: Client, melod: MelodProcess, topic: str, payload: bytes | str, code: str
) -> None:
    client.publish(topic, payload)
    err = client.json("error", code=code)
    assert err["topic"].endswith(topic)
    assert err["message"]
    client.publish("say/EN", "still here")
    assert client.json("done", lang="EN")["engine"] == "espeak-ng"


def test_every_request_ends_in_exactly_one_event(client: Client, melod: MelodProcess) -> None:
    ids = [f"n{i}" for i in range(6)]
    for i in ids:
        client.publish("say/EN", json.dumps({"text": f"Message {i}.", "id": i}))
    client.publish("say/EN", json.dumps({"text": "bad", "id": "bad", "volume": 7}))
    seen = {client.json("done", id=i)["id"] for i in ids}
    assert seen == set(ids)
    assert client.json("error", id="bad")["code"] == "bad_field"
    time.sleep(0.5)
    extra = [m for m in client.seen if m.topic.endswith(("/done", "/error"))]
    assert extra == []


def test_queue_full(tmp_path: Path, broker: Broker, base: str, client: Client) -> None:
    proc = MelodProcess(write_config(tmp_path, broker, base, limits={"queue_max": 1}))
    proc.start(client)
    try:
        for i in range(6):
            client.publish(
                "say/EN", json.dumps({"text": "Long words are spoken here. " * 6, "id": f"q{i}"})
            )
        err = client.json("error", code="queue_full")
        assert "queue" in err["message"]
    finally:
        proc.stop_quietly()


def test_configured_speaker_and_speed_are_the_defaults(
    tmp_path: Path, broker: Broker, base: str, client: Client
) -> None:
    """`tts.speakers` and `tts.speed` apply to requests that name neither: a British voice
    reads a date the British way, and speech comes out faster."""
    config = write_config(tmp_path, broker, base, tts={"speakers": {"en": "en-br"}, "speed": 1.6})
    proc = MelodProcess(config)
    proc.start(client)
    text = "Your parcel arrives on 12/02 between 9 and 11."
    british = normalize(text, "EN", speaker="EN-BR")
    assert british != normalize(text, "EN"), "the test text must read differently"
    try:
        client.publish("say/EN", json.dumps({"text": text, "id": "default"}))
        client.publish("say/EN-US", json.dumps({"text": text, "id": "us", "speed": 1.0}))
        default, american = client.json("done", id="default"), client.json("done", id="us")
        assert default["chars"] == len(british)
        assert american["chars"] == len(normalize(text, "EN", speaker="EN-US"))
        assert default["audio_s"] < 0.85 * american["audio_s"]
    finally:
        proc.stop_quietly()


def test_model_unavailable_without_fallback(
    tmp_path: Path, broker: Broker, base: str, client: Client
) -> None:
    proc = MelodProcess(write_config(tmp_path, broker, base, tts={"fallback": "none"}))
    proc.start(client)
    try:
        client.publish("say/KR", "안녕하세요")
        err = client.json("error", code="model_unavailable")
        assert "pull" in err["message"] or "missing" in err["message"]
    finally:
        proc.stop_quietly()


def test_sigterm_exits_zero_quickly_and_says_offline(client: Client, melod: MelodProcess) -> None:
    client.publish("say/EN", "One more thing.")
    client.json("done")
    started = time.monotonic()
    assert melod.terminate() == 0
    assert time.monotonic() - started < 8
    assert client.wait("status").payload == b"offline"


def test_qos1_requests_sent_while_down_are_spoken_after_restart(
    client: Client, melod: MelodProcess
) -> None:
    assert melod.terminate() == 0
    client.wait("status")
    client.publish("say/EN", json.dumps({"text": "while you were out", "id": "away"}), qos=1)
    melod.start(client)
    assert client.json("done", id="away")["lang"] == "EN"


def test_kill_9_mid_queue_loses_nothing(client: Client, melod: MelodProcess) -> None:
    ids = [f"k{i}" for i in range(5)]
    for i in ids:
        client.publish("say/EN", json.dumps({"text": f"Number {i}. " * 10, "id": i}))
    client.json("done", id="k0")
    melod.kill()
    melod.start(client)
    finished = {"k0"}
    while finished != set(ids):
        done = client.json("done", timeout=60)
        finished.add(str(done["id"]))
    assert finished == set(ids)


def test_broker_restart_mid_stream(
    client: Client, melod: MelodProcess, broker: Broker, base: str
) -> None:
    broker.stop()
    time.sleep(1)
    broker.start()
    fresh = Client(broker, base)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if fresh.wait("status", timeout=30).payload == b"online":
                break
        fresh.publish("say/EN", json.dumps({"text": "back again", "id": "again"}))
        assert fresh.json("done", id="again")["engine"] == "espeak-ng"
    finally:
        fresh.close()


def test_password_and_tls_broker(tmp_path: Path, base: str) -> None:
    tls = make_tls(tmp_path)
    b = Broker(tmp_path, password=("melod", "s3cret"), tls=tls)
    b.start()
    c = Client(b, base, tls=tls, auth=("melod", "s3cret"))
    config = write_config(
        tmp_path,
        b,
        base,
        mqtt={"username": "melod", "tls": {"enabled": True, "ca_file": str(tls.ca)}},
    )
    proc = MelodProcess(config, env={"MELOD_MQTT__PASSWORD": "s3cret"})
    try:
        proc.start(c)
        c.publish("say/EN", "secure hello")
        assert c.json("done")["engine"] == "espeak-ng"
    finally:
        proc.stop_quietly()
        c.close()
        b.stop()


def test_tls_with_client_certificate(tmp_path: Path, base: str) -> None:
    tls = make_tls(tmp_path)
    cert, key = make_client_cert(tmp_path, tls)
    b = Broker(tmp_path, tls=tls, require_certificate=True)
    b.start()
    c = Client(b, base, tls=tls, client_cert=(cert, key))
    tls_config = {
        "enabled": True,
        "ca_file": str(tls.ca),
        "cert_file": str(cert),
        "key_file": str(key),
    }
    proc = MelodProcess(write_config(tmp_path, b, base, mqtt={"tls": tls_config}))
    try:
        proc.start(c)
        c.publish("say/EN", "mutual TLS")
        assert c.json("done")["engine"] == "espeak-ng"
    finally:
        proc.stop_quietly()
        c.close()
        b.stop()


def test_mqtt_311_session(tmp_path: Path, broker: Broker, base: str, client: Client) -> None:
    proc = MelodProcess(write_config(tmp_path, broker, base, mqtt={"protocol": "3.1.1"}))
    try:
        proc.start(client)
        client.publish("say/EN", json.dumps({"text": "old protocol", "id": "v3"}))
        assert client.json("done", id="v3")["lang"] == "EN"
        assert proc.terminate() == 0
        client.publish("say/EN", json.dumps({"text": "while down", "id": "v3-away"}), qos=1)
        proc.start(client)
        assert client.json("done", id="v3-away")["lang"] == "EN"
    finally:
        proc.stop_quietly()


def test_will_says_offline_when_killed(client: Client, melod: MelodProcess) -> None:
    melod.kill()
    deadline = time.monotonic() + 60  # the broker notices within 1.5 x keepalive
    while time.monotonic() < deadline:
        if client.wait("status", timeout=60).payload == b"offline":
            return
    raise AssertionError("no offline will")
