"""The MQTT contract v1: parsing messages into requests, commands and rejections."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from melod.protocol import (
    ERROR_CODES,
    FIELDS,
    Command,
    Limits,
    Priority,
    Rejection,
    Request,
    parse_message,
    topics,
)
from melod.reports import done_payload

LIMITS = Limits(chimes=frozenset({"default", "doorbell"}))
NOW = 1_700_000_000.0


def parse(topic: str, payload: bytes | str, limits: Limits = LIMITS, **kwargs):
    raw = payload.encode() if isinstance(payload, str) else payload
    return parse_message(topic, raw, limits, now=NOW, **kwargs)


def request(topic: str, payload: bytes | str, limits: Limits = LIMITS, **kwargs) -> Request:
    result = parse(topic, payload, limits, **kwargs)
    assert isinstance(result, Request), result
    return result


def js(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


# (case name, topic, payload, expected code, words the message must contain, echoed id)
ERROR_CASES = [
    ("empty payload", "tts/say/KR", b"", "bad_payload", "empty", None),
    ("blank payload", "tts/say/KR", b" \n\t ", "bad_payload", "empty", None),
    ("invalid json", "tts/say/KR", b'{"text": "hi",}', "bad_payload", "invalid JSON", None),
    ("json nan", "tts/say", b'{"text": "hi", "speed": NaN}', "bad_payload", "NaN", None),
    ("duplicate field", "tts/say", b'{"text": "a", "text": "b"}', "bad_payload", "twice", None),
    ("json array cmd", "tts/cmd", b"[1, 2]", "bad_payload", "must be an object", None),
    ("json number cmd", "tts/cmd", b"0.6", "bad_payload", "must be an object", None),
    ("missing text", "tts/say", js(id="a1", lang="EN"), "bad_payload", "'text'", "a1"),
    ("empty text", "tts/say/EN", js(text="   ", id=7), "bad_payload", "empty", "7"),
    ("unknown cmd", "tts/cmd", b"pause", "bad_payload", "unknown command 'pause'", None),
    ("unknown cmd field", "tts/cmd", js(volum=0.5), "bad_payload", "'volume'", None),
    ("two cmd fields", "tts/cmd", js(volume=0.5, mute=True), "bad_payload", "one field", None),
    ("not our topic", "other/say/KR", b"hi", "bad_payload", "not a melod input topic", None),
    ("too deep topic", "tts/say/KR/x", b"hi", "bad_payload", "not a melod input topic", None),
    ("bad utf8", "tts/say/KR", b"\xed\x95\x9c\xff", "bad_utf8", "byte 3", None),
    ("latin1", "tts/say/FR", "café".encode("latin-1"), "bad_utf8", "UTF-8", None),
    ("payload too big", "tts/say/EN", b"a" * 16385, "too_long", "16385 bytes", None),
    ("text too long", "tts/say/EN", "가" * 2001, "too_long", "2001 characters", None),
    ("json text too long", "tts/say", js(text="a" * 2001, id="x"), "too_long", "2000", "x"),
    ("topic lang", "tts/say/XX", b"hi", "unknown_language", "'XX'", None),
    ("empty topic lang", "tts/say/", b"hi", "unknown_language", "unknown language", None),
    ("json lang", "tts/say", js(text="hi", lang="de", id="q"), "unknown_language", "'de'", "q"),
    ("unknown field", "tts/say", js(text="hi", spede=1), "bad_field", "did you mean 'speed'", None),
    (
        "lists fields",
        "tts/say",
        js(text="hi", foo=1),
        "bad_field",
        "valid fields: text, lang",
        None,
    ),
    ("lang conflict", "tts/say/KR", js(text="hi", lang="EN"), "bad_field", "topic says KR", None),
    ("text type", "tts/say", js(text=5), "bad_field", "'text' must be a string", None),
    ("speed type", "tts/say", js(text="hi", speed="fast"), "bad_field", "a number", None),
    ("speed bool", "tts/say", js(text="hi", speed=True), "bad_field", "a boolean", None),
    ("speed low", "tts/say", js(text="hi", speed=0.4), "bad_field", "between 0.5 and 2.0", None),
    ("speed high", "tts/say", js(text="hi", speed=2.5), "bad_field", "got 2.5", None),
    ("speed huge", "tts/say", b'{"text": "hi", "speed": 1e400}', "bad_field", "inf", None),
    ("volume high", "tts/say", js(text="hi", volume=1.5), "bad_field", "between 0.0 and 1.0", None),
    ("volume neg", "tts/say", js(text="hi", volume=-0.1), "bad_field", "'volume'", None),
    ("priority", "tts/say", js(text="hi", priority="urgent"), "bad_field", "alert", None),
    ("priority typo", "tts/say", js(text="hi", priority="alrt"), "bad_field", "'alert'?", None),
    ("priority int", "tts/say", js(text="hi", priority=3), "bad_field", "a string", None),
    ("output", "tts/say", js(text="hi", output="mqtt"), "bad_field", "speaker, reply, both", None),
    ("chime name", "tts/say", js(text="hi", chime="gong"), "bad_field", "doorbell", None),
    ("chime type", "tts/say", js(text="hi", chime=1), "bad_field", "'chime'", None),
    ("ttl zero", "tts/say", js(text="hi", ttl_s=0), "bad_field", "'ttl_s'", None),
    ("ttl negative", "tts/say", js(text="hi", ttl_s=-5), "bad_field", "positive", None),
    ("reply wildcard +", "tts/say", js(text="hi", reply_topic="a/+/b"), "bad_field", "+", None),
    (
        "reply wildcard #",
        "tts/say",
        js(text="hi", reply_topic="a/#"),
        "bad_field",
        "wildcards",
        None,
    ),
    ("reply type", "tts/say", js(text="hi", reply_topic=3), "bad_field", "reply_topic", None),
    (
        "reply but speaker",
        "tts/say",
        js(text="hi", output="speaker", reply_topic="x/y", id="r"),
        "bad_field",
        "needs output",
        "r",
    ),
    ("speaker type", "tts/say", js(text="hi", speaker=1), "bad_field", "'speaker'", None),
    ("speaker empty", "tts/say", js(text="hi", speaker=" "), "bad_field", "empty", None),
    ("en speaker for KR", "tts/say/KR", js(text="hi", speaker="EN-US"), "bad_field", "KR", None),
    ("id type", "tts/say", js(text="hi", id=[1]), "bad_field", "'id'", None),
    ("id wildcard", "tts/say", js(text="hi", id="a/#"), "bad_field", "'id'", None),
    ("id bool", "tts/say", js(text="hi", id=True), "bad_field", "'id'", None),
    ("volume cmd", "tts/cmd", js(volume=2), "bad_field", "between 0.0 and 1.0", None),
    ("volume cmd null", "tts/cmd", js(volume=None), "bad_field", "null", None),
    ("mute cmd", "tts/cmd", js(mute="yes"), "bad_field", "true or false", None),
]


@pytest.mark.parametrize(
    ("topic", "payload", "code", "words", "echoed_id"),
    [case[1:] for case in ERROR_CASES],
    ids=[case[0] for case in ERROR_CASES],
)
def test_rejections(topic, payload, code, words, echoed_id) -> None:
    result = parse(topic, payload)
    assert isinstance(result, Rejection), result
    assert (result.code, result.id, result.topic) == (code, echoed_id, topic)
    assert words in result.message


def test_every_input_error_code_is_covered() -> None:
    produced = {case[3] for case in ERROR_CASES}
    runtime_only = {"queue_full", "expired", "synthesis_failed", "playback_failed", "cancelled"}
    assert produced == set(ERROR_CODES) - runtime_only - {"model_unavailable"}


def test_error_payload() -> None:
    result = parse("tts/say", js(text="hi", spede=1.2, id="door-1"))
    assert isinstance(result, Rejection)
    body = json.loads(result.to_payload())
    assert body == {
        "id": "door-1",
        "topic": "tts/say",
        "code": "bad_field",
        "message": result.message,
    }


TEXTS = {
    "KR": "현관문이 열렸습니다",
    "EN": "The front door is open",
    "JP": "玄関のドアが開きました",
    "ZH": "前门开了",
    "FR": "La porte d'entrée est ouverte",
    "ES": "La puerta principal está abierta",
}


@pytest.mark.parametrize("lang", list(TEXTS))
def test_plain_text_in_every_language(lang) -> None:
    req = request(f"tts/say/{lang.lower()}", f"  {TEXTS[lang]}\n")
    assert (req.text, req.lang, req.speaker) == (TEXTS[lang], lang, None)
    assert (req.priority, req.output, req.reply_topic, req.chime) == (
        Priority.NORMAL,
        "speaker",
        None,
        None,
    )
    assert (req.speed, req.volume, req.ttl_s, req.received_at) == (1.0, None, 600, NOW)
    assert req.topic == f"tts/say/{lang.lower()}"
    assert len(req.id) == 12
    assert int(req.id, 16) >= 0


@pytest.mark.parametrize("lang", list(TEXTS))
def test_json_in_every_language(lang) -> None:
    payload = js(
        text=TEXTS[lang],
        lang=lang,
        speed=1.25,
        volume=0.5,
        priority="high",
        id="n-1",
        chime=True,
        ttl_s=30,
    )
    req = request("tts/say", payload)
    assert (req.text, req.lang, req.id, req.speed, req.volume) == (
        TEXTS[lang],
        lang,
        "n-1",
        1.25,
        0.5,
    )
    assert (req.priority, req.chime, req.ttl_s) == (Priority.HIGH, "default", 30.0)


def test_json_on_a_language_topic() -> None:
    req = request(
        "tts/say/JP", '\n {"text": "こんにちは", "priority": "ALERT", "chime": "doorbell"}'
    )
    assert (req.lang, req.priority, req.chime) == ("JP", Priority.ALERT, "doorbell")


def test_matching_lang_on_topic_and_json_is_fine() -> None:
    req = request("tts/say/en-au", js(text="hi", lang="en"))
    assert (req.lang, req.speaker) == ("EN", "EN-AU")


def test_configured_speaker_and_speed_fill_in_what_a_request_leaves_out() -> None:
    limits = Limits(speakers={"EN": "EN-BR"}, default_speed=1.25)
    req = request("tts/say/EN", "hi", limits)
    assert (req.speaker, req.speed) == ("EN-BR", 1.25)
    req = request("tts/say/EN-AU", js(text="hi", speed=0.8), limits)
    assert (req.speaker, req.speed) == ("EN-AU", 0.8)
    assert request("tts/say/KR", "안녕", limits).speaker is None


def test_plain_text_on_say_uses_default_language() -> None:
    assert request("tts/say", "안녕하세요").lang == "KR"
    assert request("tts/say", "hello", Limits(default_language="EN")).lang == "EN"


def test_aliases_and_case() -> None:
    assert request("tts/say/ko", "안녕").lang == "KR"
    assert request("tts/say/ja", "やあ").lang == "JP"
    assert request("tts/say", js(text="hi", lang="zh-cn")).lang == "ZH"


@pytest.mark.parametrize(
    ("code", "speaker"),
    [("en-us", "EN-US"), ("EN-BR", "EN-BR"), ("en_india", "EN_INDIA"), ("EN-AU", "EN-AU")],
)
def test_en_accent_on_topic_sets_speaker(code, speaker) -> None:
    req = request(f"tts/say/{code}", "Good morning")
    assert (req.lang, req.speaker) == ("EN", speaker)


def test_json_speaker_wins_over_topic_accent() -> None:
    assert request("tts/say/en-us", js(text="hi", speaker="EN-AU")).speaker == "EN-AU"
    assert request("tts/say/en-us", js(text="hi", speaker="en-br")).speaker == "EN-BR"
    assert request("tts/say/KR", js(text="hi", speaker="KR")).speaker == "KR"


def test_json_lang_accent() -> None:
    req = request("tts/say", js(text="hi", lang="EN-default"))
    assert (req.lang, req.speaker) == ("EN", "EN-Default")


def test_id_echo() -> None:
    assert request("tts/say", js(text="hi", id="kitchen/1")).id == "kitchen/1"
    assert request("tts/say", js(text="hi", id=42)).id == "42"
    assert request("tts/say", js(text="hi", id=None)).id != "None"
    ids = {request("tts/say/KR", "hi").id for _ in range(50)}
    assert len(ids) == 50


def test_nulls_mean_absent() -> None:
    payload = js(text="hi", lang=None, speed=None, volume=None, priority=None, chime=None)
    req = request("tts/say", payload)
    assert (req.lang, req.speed, req.volume, req.priority, req.chime) == (
        "KR",
        1.0,
        None,
        Priority.NORMAL,
        None,
    )
    assert request("tts/say", js(text="hi", chime=False)).chime is None


def test_limits_defaults_apply() -> None:
    limits = Limits(default_priority=Priority.HIGH, default_ttl_s=60, default_output="both")
    req = request("tts/say/EN", "hi", limits, response_topic=None)
    assert (req.priority, req.ttl_s, req.output) == (Priority.HIGH, 60, "both")
    assert req.reply_topic == f"tts/audio/{req.id}"


def test_chime_true_needs_a_default_chime() -> None:
    result = parse("tts/say", js(text="hi", chime=True), Limits(chimes=frozenset({"bell"})))
    assert isinstance(result, Rejection)
    assert result.code == "bad_field"
    assert "'default'" in result.message


def test_base_topic_with_levels() -> None:
    limits = Limits(base_topic="home/voice")
    assert request("home/voice/say/FR", "Bonjour", limits).lang == "FR"
    rejected = parse("tts/say/FR", "Bonjour", limits)
    assert isinstance(rejected, Rejection)
    assert "home/voice/say/{LANG}" in rejected.message


# --- where the reply goes -------------------------------------------------------------------


def test_reply_topic_v5_response_topic_first() -> None:
    req = request(
        "tts/say",
        js(text="hi", id="r1", output="both", reply_topic="json/topic"),
        response_topic="v5/topic",
        correlation_data=b"\x00\x01",
    )
    assert (req.output, req.reply_topic, req.correlation_data) == ("both", "v5/topic", b"\x00\x01")


def test_reply_topic_json_second() -> None:
    req = request("tts/say", js(text="hi", output="reply", reply_topic="json/topic"))
    assert (req.output, req.reply_topic) == ("reply", "json/topic")


def test_reply_topic_default_last() -> None:
    req = request("tts/say", js(text="hi", id="abc", output="reply"))
    assert req.reply_topic == "tts/audio/abc"


def test_no_reply_for_speaker_output() -> None:
    assert request("tts/say", js(text="hi", output="speaker")).reply_topic is None
    req = request("tts/say", js(text="hi", output="speaker"), response_topic="v5/topic")
    assert (req.output, req.reply_topic) == ("speaker", None)


def test_a_reply_destination_without_output_asks_for_a_reply() -> None:
    assert request("tts/say", js(text="hi", reply_topic="a/b")).output == "reply"
    assert request("tts/say/EN", "hi", response_topic="v5/t").output == "reply"
    both = Limits(default_output="both")
    assert request("tts/say/EN", "hi", both, response_topic="v5/t").output == "both"


def test_empty_response_topic_is_none() -> None:
    assert request("tts/say/EN", "hi", response_topic="").reply_topic is None


def test_response_topic_with_wildcard() -> None:
    result = parse("tts/say/EN", "hi", response_topic="a/#")
    assert isinstance(result, Rejection)
    assert (result.code, "response topic" in result.message) == ("bad_field", True)


# --- commands -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "command"),
    [
        ("stop", Command("stop")),
        (" STOP\n", Command("stop")),
        ("flush", Command("flush")),
        ('{"volume": 0.6}', Command("volume", 0.6)),
        ('{"volume": 0}', Command("volume", 0.0)),
        ('{"volume": 1}', Command("volume", 1.0)),
        ('{"mute": true}', Command("mute", True)),
        ('{"mute": false}', Command("mute", False)),
    ],
)
def test_commands(payload, command) -> None:
    assert parse("tts/cmd", payload) == command


# --- serialisation --------------------------------------------------------------------------


def test_request_round_trip() -> None:
    req = request(
        "tts/say/en-india",
        js(text="Hello “world” 😀", speed=0.75, volume=0.25, priority="alert", chime="doorbell"),
        response_topic="v5/reply",
        correlation_data=bytes(range(256)),
    )
    stored = req.to_json()
    assert json.loads(stored)["correlation_data"].isascii()
    assert Request.from_json(stored) == req
    plain = request("tts/say/KR", "안녕")
    assert Request.from_json(plain.to_json()) == plain


@pytest.mark.parametrize(
    "stored", ["[]", '{"v": 2}', '{"v": 1, "id": "x"}', '{"v": 1, "priority": 5}', "nope"]
)
def test_from_json_rejects_corrupt_records(stored) -> None:
    with pytest.raises(ValueError):
        Request.from_json(stored)


def test_expired() -> None:
    req = request("tts/say", js(text="hi", ttl_s=10))
    assert not req.expired(NOW + 10)
    assert req.expired(NOW + 10.5)


def test_done_payload() -> None:
    req = request("tts/say", js(text="안녕하세요", id="d1", lang="KR"))
    body = json.loads(
        done_payload(
            req,
            chars=5,
            audio_s=1.23456,
            latency_ms=212.7,
            cached=False,
            engine="melo",
            output="speaker",
        )
    )
    assert body == {
        "id": "d1",
        "lang": "KR",
        "chars": 5,
        "audio_s": 1.235,
        "latency_ms": 213,
        "cached": False,
        "engine": "melo",
        "output": "speaker",
    }


def test_topics() -> None:
    t = topics("home/tts")
    assert t.inputs == ("home/tts/say/+", "home/tts/say", "home/tts/cmd")
    assert (t.status, t.state, t.done, t.error) == (
        "home/tts/status",
        "home/tts/state",
        "home/tts/done",
        "home/tts/error",
    )
    assert (t.say_in("KR"), t.audio("x1")) == ("home/tts/say/KR", "home/tts/audio/x1")


def test_priority_parse_and_order() -> None:
    assert [Priority.parse(p) for p in ("low", "Normal", " HIGH ", "alert")] == list(Priority)
    assert Priority.ALERT > Priority.HIGH > Priority.NORMAL > Priority.LOW
    assert Priority.ALERT.label == "alert"
    with pytest.raises(ValueError, match="low, normal, high, alert"):
        Priority.parse("urgent")


def test_fields_constant_matches_the_contract() -> None:
    assert set(FIELDS) == {
        "text", "lang", "speaker", "speed", "volume", "priority", "id", "output",
        "reply_topic", "chime", "ttl_s",
    }  # fmt: skip


# --- never raises ---------------------------------------------------------------------------

_topics = st.one_of(
    st.sampled_from(["tts/say", "tts/cmd", "tts/say/KR", "tts/say/en-us", "tts/say/", "tts"]),
    st.text(max_size=30).map(lambda s: f"tts/say/{s}"),
    st.text(max_size=30),
)
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_objects = st.dictionaries(
    st.sampled_from([*FIELDS, "x", "volum", "mute"]), _json_values, max_size=6
)
_payloads = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=100).map(str.encode),
    _objects.map(lambda o: json.dumps(o).encode()),
)


@settings(max_examples=500, deadline=None)
@given(
    topic=_topics,
    payload=_payloads,
    response_topic=st.none() | st.text(max_size=10),
    correlation=st.none() | st.binary(max_size=8),
)
def test_parse_message_never_raises(topic, payload, response_topic, correlation) -> None:
    result = parse_message(
        topic, payload, LIMITS, response_topic=response_topic, correlation_data=correlation
    )
    assert isinstance(result, Request | Command | Rejection)
    if isinstance(result, Rejection):
        assert result.code in ERROR_CODES
        json.loads(result.to_payload())
    if isinstance(result, Request):
        assert result.text
        assert result.text == result.text.strip()
        assert Request.from_json(result.to_json()) == result


def test_deeply_nested_json_is_a_rejection() -> None:
    result = parse("tts/say", b'{"text": ' + b"[" * 16000 + b"}")
    assert isinstance(result, Rejection)
    assert result.code == "bad_payload"
