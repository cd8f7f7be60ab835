"""Home Assistant MQTT discovery: payload shapes, templates, and retained delivery."""

from __future__ import annotations

import json
import time

import pytest

from melod.config import Settings
from melod.hass import (
    birth_topic,
    discovery_messages,
    is_birth,
    node_id,
    removal_messages,
)
from melod.langs import LANGUAGES
from melod.protocol import Command, Limits, Request, parse_message
from tests.broker import Broker, Client, unique_base

COMMON_KEYS = {
    "unique_id",
    "object_id",
    "default_entity_id",
    "name",
    "availability_topic",
    "payload_available",
    "payload_not_available",
    "device",
    "origin",
}
STATE = {
    "state": "speaking",
    "queue": 3,
    "loaded": ["KR"],
    "volume": 0.65,
    "muted": True,
    "version": "0.1.0",
}


def make_settings(base: str = "tts", prefix: str = "homeassistant", client_id: str = "melod-pi"):
    return Settings(
        mqtt={"base_topic": base, "client_id": client_id, "discovery": {"prefix": prefix}}
    )


def configs(settings: Settings | None = None, languages=LANGUAGES) -> dict[str, dict]:
    """Discovery configs keyed by topic."""
    msgs = discovery_messages(settings or make_settings(), "1.2.3", languages)
    return {topic: json.loads(payload) for topic, payload in msgs}


def entity(key: str, settings: Settings | None = None) -> dict:
    found = [c for c in configs(settings).values() if c["unique_id"].endswith(f"_{key}")]
    assert len(found) == 1, key
    return found[0]


def render(template: str, **variables) -> str:
    """Render a template the way Home Assistant does (it is Jinja2)."""
    jinja2 = pytest.importorskip("jinja2")
    return jinja2.Environment(autoescape=False).from_string(template).render(**variables)


def test_topics_follow_the_discovery_scheme() -> None:
    topics = list(configs())
    assert len(topics) == len(set(topics))
    assert len(topics) == 6 + 6  # six notify entities, two sensors, two buttons, number, switch
    for topic in topics:
        prefix, component, node, key, last = topic.split("/")
        assert (prefix, node, last) == ("homeassistant", "melod-pi", "config")
        assert component in {"notify", "sensor", "button", "number", "switch"}
        assert key.replace("_", "").isalnum()


def test_every_entity_has_the_keys_home_assistant_needs() -> None:
    all_configs = configs()
    unique_ids = [c["unique_id"] for c in all_configs.values()]
    assert len(set(unique_ids)) == len(unique_ids)
    for topic, config in all_configs.items():
        component = topic.split("/")[1]
        assert config.keys() >= COMMON_KEYS, topic
        assert config["availability_topic"] == "tts/status"
        assert (config["payload_available"], config["payload_not_available"]) == (
            "online",
            "offline",
        )
        assert config["default_entity_id"] == f"{component}.{config['object_id']}"
        assert config["object_id"].startswith("melod_pi_")
        assert config["device"] == {
            "identifiers": ["melod-pi"],
            "name": "melod",
            "model": "MeloTTS voice notifier",
            "manufacturer": "melod",
            "sw_version": "1.2.3",
        }
        assert config["origin"]["name"] == "melod"
        # Abbreviations (cmd_t, stat_t, dev...) are not used.
        assert not any(key in config for key in ("cmd_t", "stat_t", "dev", "uniq_id", "avty_t"))
        if "command_topic" in config:
            assert config["qos"] == 1


def test_one_notify_entity_per_language() -> None:
    notify = {t: c for t, c in configs().items() if t.split("/")[1] == "notify"}
    assert sorted(c["command_topic"] for c in notify.values()) == sorted(
        f"tts/say/{lang}" for lang in LANGUAGES
    )
    kr = entity("say_kr")
    assert kr["name"] == "Korean"
    assert kr["default_entity_id"] == "notify.melod_pi_say_kr"
    assert "command_template" not in kr  # the message text goes out as-is


def test_languages_are_normalised_and_deduplicated() -> None:
    got = configs(languages=["kr", "EN-US", "en", "ja"])
    commands = sorted(c["command_topic"] for t, c in got.items() if "/notify/" in t)
    assert commands == ["tts/say/EN", "tts/say/JP", "tts/say/KR"]


def test_base_topic_and_prefix_are_configurable() -> None:
    settings = make_settings(base="home/voice", prefix="ha", client_id="melod kitchen.1")
    got = configs(settings, ["FR"])
    assert all(t.startswith("ha/") and "/melod_kitchen_1/" in t for t in got)
    assert entity("say_fr", settings)["command_topic"] == "home/voice/say/FR"
    assert entity("stop", settings)["command_topic"] == "home/voice/cmd"
    assert entity("state", settings)["availability_topic"] == "home/voice/status"


def test_node_id_is_a_valid_topic_level() -> None:
    assert node_id("melod-pi_2") == "melod-pi_2"
    assert node_id("melod/pi+#") == "melod_pi__"


def test_state_sensors_read_the_state_json() -> None:
    state, queue = entity("state"), entity("queue")
    assert state["state_topic"] == queue["state_topic"] == "tts/state"
    assert render(state["value_template"], value_json=STATE) == "speaking"
    assert state["options"] == ["idle", "speaking"]
    assert render(queue["value_template"], value_json=STATE) == "3"


def test_stop_button_sends_a_stop_command() -> None:
    stop = entity("stop")
    assert stop["name"] == "Stop speaking"
    parsed = parse_message(stop["command_topic"], stop["payload_press"].encode(), Limits())
    assert parsed == Command("stop")
    flush = entity("flush")
    assert parse_message(flush["command_topic"], flush["payload_press"].encode(), Limits()) == (
        Command("flush")
    )


@pytest.mark.parametrize("value", [0.0, 0.35, 1.0])
def test_volume_number_round_trips(value: float) -> None:
    volume = entity("volume")
    assert (volume["min"], volume["max"], volume["step"]) == (0.0, 1.0, 0.05)
    payload = render(volume["command_template"], value=value)
    assert parse_message(volume["command_topic"], payload.encode(), Limits()) == Command(
        "volume", value
    )
    assert volume["state_topic"] == "tts/state"
    assert float(render(volume["value_template"], value_json=STATE)) == 0.65


@pytest.mark.parametrize("muted", [True, False])
def test_mute_switch_round_trips(muted: bool) -> None:
    mute = entity("mute")
    payload = mute["payload_on"] if muted else mute["payload_off"]
    assert parse_message(mute["command_topic"], payload.encode(), Limits()) == Command(
        "mute", muted
    )
    state = render(mute["value_template"], value_json={**STATE, "muted": muted})
    assert state == (mute["state_on"] if muted else mute["state_off"])


def test_notify_text_becomes_a_request() -> None:
    topic = entity("say_jp")["command_topic"]
    parsed = parse_message(topic, "洗濯が終わりました".encode(), Limits())
    assert isinstance(parsed, Request)
    assert parsed.lang == "JP"


def test_removal_empties_every_config_topic() -> None:
    settings = make_settings()
    removal = removal_messages(settings, LANGUAGES)
    assert [t for t, _ in removal] == list(configs(settings))
    assert all(payload == b"" for _, payload in removal)


def test_birth_message() -> None:
    assert birth_topic("homeassistant") == "homeassistant/status"
    assert is_birth("homeassistant/status", b"online", "homeassistant")
    assert not is_birth("homeassistant/status", b"offline", "homeassistant")
    assert not is_birth("ha/status", b"online", "homeassistant")


@pytest.mark.integration
def test_discovery_is_retained_by_a_real_broker(broker: Broker) -> None:
    prefix = unique_base()
    settings = make_settings(prefix=prefix)
    publisher = Client(broker, f"{prefix}-unused")
    for topic, payload in discovery_messages(settings, "1.2.3", LANGUAGES):
        publisher.c.publish(topic, payload, qos=1, retain=True).wait_for_publish(5)
    # Home Assistant starting later still finds every config, flagged retained.
    late = Client(broker, prefix)
    expected = configs(settings)
    got = {}
    for _ in expected:
        msg = late.messages.get(timeout=5)
        assert msg.retain
        got[msg.topic] = json.loads(msg.payload)
    assert got == expected
    late.close()

    for topic, payload in removal_messages(settings, LANGUAGES):
        publisher.c.publish(topic, payload, qos=1, retain=True).wait_for_publish(5)
    after = Client(broker, prefix)
    time.sleep(0.3)
    assert after.messages.empty(), "removal left retained configs behind"
    after.close()
    publisher.close()
