"""Home Assistant MQTT discovery: melod as one device with notify, sensor and control entities."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any, Final

from melod.config import Settings
from melod.langs import parse_language

#: What Home Assistant publishes on its birth topic when it (re)starts.
BIRTH_ONLINE: Final = b"online"

#: The name each notify entity shows (HA prefixes it with the device name).
LANGUAGE_NAMES: Final = {
    "KR": "Korean",
    "EN": "English",
    "JP": "Japanese",
    "ZH": "Chinese",
    "FR": "French",
    "ES": "Spanish",
}


def birth_topic(prefix: str) -> str:
    """The topic where Home Assistant announces `online`; discovery is re-sent then."""
    return f"{prefix}/status"


def is_birth(topic: str, payload: bytes, prefix: str) -> bool:
    """True for Home Assistant's `online` birth message, which asks for discovery again."""
    return topic == birth_topic(prefix) and payload.strip() == BIRTH_ONLINE


def node_id(client_id: str) -> str:
    """The client id as a discovery-topic level (HA allows only [a-zA-Z0-9_-])."""
    return re.sub(r"[^a-zA-Z0-9_-]", "_", client_id) or "melod"


def discovery_messages(
    settings: Settings, version: str, languages: Sequence[str]
) -> list[tuple[str, bytes]]:
    """(topic, payload) pairs to publish retained under the discovery prefix."""
    node = node_id(settings.mqtt.client_id)
    common = _common(settings, version, node)
    prefix = settings.mqtt.discovery.prefix
    messages = []
    for component, key, config in _entities(settings.mqtt.base_topic, _languages(languages)):
        # The entity id HA creates; object_id for HA before 2025.10, default_entity_id after
        # (object_id is deprecated there and ignored when default_entity_id is present).
        slug = f"{node}_{key}".replace("-", "_").lower()
        body = {
            **config,
            "unique_id": f"{node}_{key}",
            "object_id": slug,
            "default_entity_id": f"{component}.{slug}",
            **common,
        }
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        messages.append((f"{prefix}/{component}/{node}/{key}/config", payload))
    return messages


def removal_messages(settings: Settings, languages: Sequence[str]) -> list[tuple[str, bytes]]:
    """Empty retained payloads that delete the entities discovery_messages created."""
    return [(topic, b"") for topic, _ in discovery_messages(settings, "", languages)]


def _languages(codes: Sequence[str]) -> list[str]:
    # Accents (EN-US) and aliases (ko) name a language; one notify entity per language.
    return list(dict.fromkeys(parse_language(code).lang for code in codes))


def _common(settings: Settings, version: str, node: str) -> dict[str, Any]:
    """Keys every entity carries: availability, the device block and the origin."""
    status = f"{settings.mqtt.base_topic}/status"
    return {
        "availability_topic": status,
        "payload_available": "online",
        "payload_not_available": "offline",
        # The full device block in every config: HA creates the device from whichever
        # entity it sees first, and wants the name in each.
        "device": {
            "identifiers": [settings.mqtt.client_id],
            "name": "melod",
            "model": "MeloTTS voice notifier",
            "manufacturer": "melod",
            "sw_version": version,
        },
        "origin": {"name": "melod", "sw_version": version},
    }


Entity = tuple[str, str, dict[str, Any]]


def _entities(base: str, languages: Sequence[str]) -> list[Entity]:
    """(component, key, config) of every entity, without the common keys."""
    cmd, state = f"{base}/cmd", f"{base}/state"
    return (
        _say_entities(base, languages)
        + _status_entities(state)
        + _button_entities(cmd)
        + _sound_entities(cmd, state)
    )


def _say_entities(base: str, languages: Sequence[str]) -> list[Entity]:
    """One notify entity per language."""
    # QoS 1 on commands: melod acks a request only once it is in the durable queue.
    return [
        (
            "notify",
            f"say_{lang.lower()}",
            {
                "name": LANGUAGE_NAMES[lang],
                "icon": "mdi:account-voice",
                # HA publishes the message text as-is; plain text is a v1 request.
                "command_topic": f"{base}/say/{lang}",
                "qos": 1,
            },
        )
        for lang in languages
    ]


def _status_entities(state: str) -> list[Entity]:
    """What melod is doing, from the retained state message."""
    return [
        (
            "sensor",
            "state",
            {
                "name": "State",
                "icon": "mdi:account-voice",
                "state_topic": state,
                "value_template": "{{ value_json.state }}",
                "device_class": "enum",
                "options": ["idle", "speaking"],
            },
        ),
        (
            "sensor",
            "queue",
            {
                "name": "Queue",
                "icon": "mdi:tray-full",
                "state_topic": state,
                "value_template": "{{ value_json.queue }}",
                "state_class": "measurement",
                "entity_category": "diagnostic",
            },
        ),
    ]


def _button_entities(cmd: str) -> list[Entity]:
    """Stop and flush, each a button that sends a command."""
    return [
        (
            "button",
            "stop",
            {
                "name": "Stop speaking",
                "icon": "mdi:stop",
                "command_topic": cmd,
                "payload_press": "stop",
                "qos": 1,
            },
        ),
        (
            "button",
            "flush",
            {
                "name": "Clear queue",
                "icon": "mdi:playlist-remove",
                "command_topic": cmd,
                "payload_press": "flush",
                "qos": 1,
            },
        ),
    ]


def _sound_entities(cmd: str, state: str) -> list[Entity]:
    """Volume and mute: commands in, the retained state's values out."""
    return [
        (
            "number",
            "volume",
            {
                "name": "Volume",
                "icon": "mdi:volume-high",
                "command_topic": cmd,
                "command_template": '{"volume": {{ value }}}',
                "state_topic": state,
                "value_template": "{{ value_json.volume }}",
                "min": 0.0,
                "max": 1.0,
                "step": 0.05,
                "mode": "slider",
                "qos": 1,
            },
        ),
        (
            "switch",
            "mute",
            {
                "name": "Mute",
                "icon": "mdi:volume-off",
                "command_topic": cmd,
                "payload_on": '{"mute": true}',
                "payload_off": '{"mute": false}',
                "state_topic": state,
                # A bare value_json.muted renders Python's True/False; map it to fixed words.
                "value_template": "{{ 'ON' if value_json.muted else 'OFF' }}",
                "state_on": "ON",
                "state_off": "OFF",
                "qos": 1,
            },
        ),
    ]
