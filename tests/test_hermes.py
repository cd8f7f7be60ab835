"""The Rhasspy Hermes TTS adapter: hermes/tts/say into a Request, and the replies."""

from __future__ import annotations

import json
import queue
import uuid

import pytest

from melod.config import MqttSettings
from melod.hermes import (
    ERROR_TOPIC,
    SAY_FINISHED_TOPIC,
    SAY_TOPIC,
    HermesRejection,
    HermesSay,
    finished_messages,
    hermes_context,
    parse_play_finished,
    parse_say,
    play_bytes_topic,
    play_finished_topic,
    rejection_messages,
    say_finished,
    tts_error,
)
from melod.mqtt import Message, MqttSession
from melod.protocol import Limits, Priority, Rejection, Request
from tests.broker import Broker, Client

LIMITS = Limits(default_language="KR", max_text_chars=50, max_payload_bytes=512)
NOW = 1_700_000_000.0


def parse(site: str = "default", limits: Limits = LIMITS, **fields):
    return parse_say(json.dumps(fields, ensure_ascii=False).encode(), limits, site, now=NOW)


def say(**fields) -> HermesSay:
    result = parse(**fields)
    assert isinstance(result, HermesSay), result
    return result


def rejected(code: str, **fields) -> Rejection:
    result = parse(**fields)
    assert isinstance(result, Rejection), result
    assert result.code == code, result
    assert result.topic == SAY_TOPIC
    return result


def test_a_full_say_becomes_a_reply_request() -> None:
    got = say(text="Hello there", lang="en", id="abc", siteId="default", sessionId="s1", volume=0.5)
    req = got.request
    assert (got.site_id, got.session_id) == ("default", "s1")
    assert (req.id, req.text, req.lang, req.volume) == ("abc", "Hello there", "EN", 0.5)
    assert req.output == "reply"
    assert req.reply_topic == "hermes/audioServer/default/playBytes/abc"
    assert req.priority is Priority.NORMAL
    assert req.topic == SAY_TOPIC
    assert (req.received_at, req.ttl_s) == (NOW, LIMITS.default_ttl_s)


def test_defaults() -> None:
    got = say(text="현관문이 열렸습니다")
    assert got.request.lang == "KR"
    assert (got.site_id, got.session_id) == ("default", None)
    assert got.request.volume is None
    assert got.request.id
    assert got.request.reply_topic == play_bytes_topic("default", got.request.id)


def test_the_request_survives_the_durable_queue_with_its_session() -> None:
    req = say(text="hi", id="x", sessionId="sess-9").request
    again = Request.from_json(req.to_json())
    assert again == req
    assert hermes_context(again) == ("default", "sess-9")


def test_non_hermes_requests_have_no_context() -> None:
    req = say(text="hi").request
    assert hermes_context(Request(**{**req.__dict__, "topic": "tts/say"})) is None
    assert hermes_context(Request(**{**req.__dict__, "correlation_data": b"\x00"})) is None


@pytest.mark.parametrize(
    ("lang", "melod", "speaker"),
    [
        ("ko", "KR", None),
        ("ko-KR", "KR", None),
        ("ko_KR", "KR", None),
        ("ja", "JP", None),
        ("ja-JP", "JP", None),
        ("zh", "ZH", None),
        ("zh-CN", "ZH", None),
        ("zh-TW", "ZH", None),
        ("zh-Hans-CN", "ZH", None),
        ("fr", "FR", None),
        ("fr-FR", "FR", None),
        ("fr-CA", "FR", None),
        ("es", "ES", None),
        ("es-ES", "ES", None),
        ("es-MX", "ES", None),
        ("en", "EN", None),
        ("en-US", "EN", "EN-US"),
        ("en_US", "EN", "EN-US"),
        ("en-GB", "EN", "EN-BR"),
        ("en-AU", "EN", "EN-AU"),
        ("en-IN", "EN", "EN_INDIA"),
        ("en-NZ", "EN", None),
        ("KR", "KR", None),
        ("", "KR", None),
    ],
)
def test_language_mapping(lang: str, melod: str, speaker: str | None) -> None:
    req = say(text="x", lang=lang).request
    assert (req.lang, req.speaker) == (melod, speaker)


def test_configured_speaker_and_speed_apply_to_hermes() -> None:
    limits = Limits(speakers={"EN": "EN-BR"}, default_speed=1.3)
    req = parse(limits=limits, text="x", lang="en").request
    assert (req.speaker, req.speed) == ("EN-BR", 1.3)
    assert parse(limits=limits, text="x", lang="en-AU").request.speaker == "EN-AU"


@pytest.mark.parametrize("lang", ["de", "de-DE", "pt-BR", "klingon", "-"])
def test_unknown_languages_are_rejected(lang: str) -> None:
    err = rejected("unknown_language", text="x", lang=lang, id="q", sessionId="s")
    assert lang in err.message
    assert isinstance(err, HermesRejection)
    assert (err.id, err.site_id, err.session_id) == ("q", "default", "s")


def test_unknown_fields_are_ignored() -> None:
    got = say(text="hi", lang="en", rate=1.2, customData="x", siteId="default", future={"a": 1})
    assert got.request.text == "hi"


def test_other_sites_are_ignored_silently() -> None:
    assert parse(site="kitchen", text="hi", siteId="bedroom") is None
    assert parse(site="kitchen", text="hi") is None  # siteId defaults to "default"
    assert isinstance(parse(site="kitchen", text="hi", siteId="kitchen"), HermesSay)
    # Even a say that would be refused here is someone else's business.
    assert parse(site="kitchen", text="", siteId="bedroom", volume=9, lang="xx") is None
    big = json.dumps({"text": "a" * 2000, "siteId": "bedroom"}).encode()
    assert parse_say(big, LIMITS, "kitchen") is None


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"text": ""}, "bad_payload"),
        ({"lang": "en"}, "bad_payload"),
        ({"text": "a" * 51}, "too_long"),
        ({"text": 5}, "bad_field"),
        ({"text": "hi", "volume": 1.5}, "bad_field"),
        ({"text": "hi", "volume": "loud"}, "bad_field"),
        ({"text": "hi", "lang": 3}, "bad_field"),
        ({"text": "hi", "id": "a+b"}, "bad_field"),
        ({"text": "hi", "sessionId": 7}, "bad_field"),
    ],
)
def test_bad_fields_are_rejected_with_the_v1_codes(fields: dict, code: str) -> None:
    err = rejected(code, **fields)
    assert isinstance(err, HermesRejection)
    assert err.site_id == "default"


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        (b"", "bad_payload"),
        (b"hello", "bad_payload"),
        (b"[1, 2]", "bad_payload"),
        (b'{"text": "a", "text": "b"}', "bad_payload"),
        (b"\xff\xfe", "bad_utf8"),
        (json.dumps({"text": "a", "pad": "x" * 600}).encode(), "too_long"),
        (json.dumps({"text": "a", "siteId": 3}).encode(), "bad_field"),
    ],
)
def test_unreadable_payloads(payload: bytes, code: str) -> None:
    err = parse_say(payload, LIMITS, "default")
    assert isinstance(err, Rejection)
    assert err.code == code


def test_rejection_keeps_the_id_for_the_error_message() -> None:
    err = rejected("bad_field", text="hi", volume=3, id="r1")
    assert err.id == "r1"
    assert json.loads(err.to_payload())["id"] == "r1"


def test_say_finished() -> None:
    topic, payload = say_finished("abc", "default", "s1")
    assert topic == SAY_FINISHED_TOPIC == "hermes/tts/sayFinished"
    assert json.loads(payload) == {"id": "abc", "siteId": "default", "sessionId": "s1"}
    assert json.loads(say_finished(None, "k", None)[1]) == {
        "id": None,
        "siteId": "k",
        "sessionId": None,
    }


def test_tts_error() -> None:
    topic, payload = tts_error("no model", "abc", "default", "s1")
    assert topic == ERROR_TOPIC == "hermes/error/tts"
    assert json.loads(payload) == {
        "error": "no model",
        "context": "abc",
        "siteId": "default",
        "sessionId": "s1",
    }


def test_finished_messages_end_a_hermes_say_error_first() -> None:
    req = say(text="hi", id="f1", sessionId="s2").request
    assert finished_messages(req, None) == [say_finished("f1", "default", "s2")]
    assert finished_messages(req, "no model") == [
        tts_error("no model", "f1", "default", "s2"),
        say_finished("f1", "default", "s2"),
    ]
    plain = Request(**{**req.__dict__, "topic": "tts/say", "correlation_data": None})
    assert finished_messages(plain, "no model") == []


def test_rejection_messages_only_for_our_sites_refusals() -> None:
    err = rejected("bad_field", text="hi", volume=3, id="r2", sessionId="s3")
    assert isinstance(err, HermesRejection)
    topics = [topic for topic, _ in rejection_messages(err)]
    assert topics == [ERROR_TOPIC, SAY_FINISHED_TOPIC]
    assert json.loads(rejection_messages(err)[1][1])["sessionId"] == "s3"
    assert rejection_messages(Rejection("bad_payload", "not JSON", None, SAY_TOPIC)) == []


def test_play_finished() -> None:
    assert play_finished_topic("default") == "hermes/audioServer/default/playFinished"
    assert parse_play_finished(b'{"id": "abc", "sessionId": null}') == "abc"
    assert parse_play_finished(b"{}") is None
    assert parse_play_finished(b"\xff") is None
    assert parse_play_finished(b"[]") is None


@pytest.mark.integration
def test_say_through_a_real_broker(broker: Broker) -> None:
    site = f"site-{uuid.uuid4().hex[:6]}"
    settings = MqttSettings(
        host="127.0.0.1", port=broker.port, client_id=f"melod-{site}", base_topic=f"t/{site}"
    )
    parsed: queue.Queue[HermesSay | Rejection | None] = queue.Queue()
    session: MqttSession

    def handle(msg: Message) -> bool:
        # What the daemon does: parse, and (here, at once) answer with a WAV and sayFinished.
        result = parse_say(msg.payload, LIMITS, site)
        parsed.put(result)
        if isinstance(result, HermesSay):
            assert result.request.reply_topic is not None
            session.publish(result.request.reply_topic, b"RIFF....WAVEfmt ")
            session.publish(*say_finished(result.request.id, result.site_id, result.session_id))
        return True

    session = MqttSession(settings, handle, [SAY_TOPIC], (f"t/{site}/status", b"offline"))
    rhasspy = Client(broker, "hermes")  # plays the dialogue manager and the audio server
    session.start()
    assert session.connected.wait(10)
    try:
        other = {"text": "not ours", "siteId": "elsewhere", "id": "o1"}
        rhasspy.c.publish(SAY_TOPIC, json.dumps(other), qos=1).wait_for_publish(5)
        ours = {"text": "안녕하세요", "lang": "ko-KR", "siteId": site, "id": "h1", "sessionId": "s"}
        rhasspy.c.publish(SAY_TOPIC, json.dumps(ours), qos=1).wait_for_publish(5)

        # The other site's say may arrive before our subscription is active, or after:
        # either way it must never turn into a request.
        got = parsed.get(timeout=10)
        while got is None:
            got = parsed.get(timeout=10)
        assert isinstance(got, HermesSay)
        assert (got.request.lang, got.request.text) == ("KR", "안녕하세요")
        wav = rhasspy.wait(f"audioServer/{site}/playBytes/h1", timeout=10)
        assert wav.payload.startswith(b"RIFF")
        finished = rhasspy.json("tts/sayFinished", timeout=10)
        assert finished == {"id": "h1", "siteId": site, "sessionId": "s"}
    finally:
        session.stop()
        rhasspy.close()
