"""The MQTT contract v1: topics, and parsing a message into a Request, Command or Rejection."""

from __future__ import annotations

import base64
import binascii
import json
import math
import time
import uuid
from dataclasses import asdict, dataclass, replace
from dataclasses import field as dataclass_field
from enum import IntEnum
from typing import Any, Final

from melod.fields import (
    RejectError,
    chime_field,
    decode,
    did_you_mean,
    field,
    language_field,
    load_object,
    one_of,
    ranged,
    read_id,
    short,
    speaker_field,
    text_field,
    topic_field,
)

#: The stable error codes of the contract; a sender may match on them.
ERROR_CODES: Final = (
    "bad_payload", "bad_utf8", "too_long", "unknown_language", "bad_field", "queue_full",
    "expired", "synthesis_failed", "playback_failed", "model_unavailable", "cancelled",
)  # fmt: skip
OUTPUTS: Final = ("speaker", "reply", "both")
FIELDS: Final = (
    "text", "lang", "speaker", "speed", "volume", "priority", "id", "output", "reply_topic",
    "chime", "ttl_s",
)  # fmt: skip
COMMANDS: Final = ("stop", "flush", "volume", "mute")


class Priority(IntEnum):
    """How urgent a request is; higher jumps the queue and `alert` interrupts playback."""

    LOW = 0
    NORMAL = 1
    HIGH = 2
    ALERT = 3

    @classmethod
    def parse(cls, name: str) -> Priority:
        """Parse `low`, `normal`, `high` or `alert` (any case), or raise ValueError."""
        try:
            return cls[name.strip().upper()]
        except KeyError:
            names = ", ".join(p.label for p in cls)
            raise ValueError(f"priority must be one of {names}, got {name!r}") from None

    @property
    def label(self) -> str:
        """The name used on the wire: `low`, `normal`, `high`, `alert`."""
        return self.name.lower()


@dataclass(frozen=True)
class Limits:
    """What parsing needs from the configuration."""

    base_topic: str = "tts"
    default_language: str = "KR"
    max_text_chars: int = 2000
    max_payload_bytes: int = 16384
    default_ttl_s: float = 600.0
    default_output: str = "speaker"
    default_priority: Priority = Priority.NORMAL
    chimes: frozenset[str] = frozenset()
    #: `tts.speed` and `tts.speakers`: what a request that names neither gets.
    default_speed: float = 1.0
    speakers: dict[str, str] = dataclass_field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Request:
    """One validated request to speak, as it travels through the durable queue."""

    id: str
    text: str
    lang: str
    speaker: str | None = None
    speed: float = 1.0
    volume: float | None = None
    priority: Priority = Priority.NORMAL
    output: str = "speaker"
    reply_topic: str | None = None
    correlation_data: bytes | None = None
    chime: str | None = None
    ttl_s: float
    received_at: float
    topic: str

    def expired(self, now: float) -> bool:
        """True once the request is older than its TTL and must not be spoken."""
        return now - self.received_at > self.ttl_s

    def to_json(self) -> str:
        """Serialise for the durable queue; the inverse of from_json."""
        data = asdict(self)
        data["priority"] = self.priority.label
        if self.correlation_data is not None:
            data["correlation_data"] = base64.b64encode(self.correlation_data).decode("ascii")
        return json.dumps({"v": 1, **data}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: str) -> Request:
        """Rebuild a request stored by to_json, or raise ValueError."""
        raw = json.loads(data)
        if not isinstance(raw, dict) or raw.pop("v", None) != 1:
            raise ValueError("not a melod v1 request record")
        try:
            raw["priority"] = Priority.parse(raw["priority"])
            if raw.get("correlation_data") is not None:
                raw["correlation_data"] = base64.b64decode(raw["correlation_data"], validate=True)
            return cls(**raw)
        except (KeyError, TypeError, AttributeError, binascii.Error) as exc:
            raise ValueError(f"corrupt request record: {exc}") from exc


@dataclass(frozen=True)
class Command:
    """A control message from `{base}/cmd`: stop, flush, volume (0-1) or mute (bool)."""

    action: str
    value: float | bool | None = None


@dataclass(frozen=True)
class Rejection:
    """A message that cannot become a request; published on `{base}/error`."""

    code: str
    message: str
    id: str | None
    topic: str

    def to_payload(self) -> bytes:
        """The `{base}/error` JSON."""
        body = {"id": self.id, "topic": self.topic, "code": self.code, "message": self.message}
        return json.dumps(body, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class Topics:
    """Every topic of the v1 contract under one base."""

    base: str
    say_lang: str
    say: str
    cmd: str
    status: str
    state: str
    done: str
    error: str

    @property
    def inputs(self) -> tuple[str, str, str]:
        """The subscriptions melod needs."""
        return (self.say_lang, self.say, self.cmd)

    def say_in(self, lang: str) -> str:
        """The input topic of one language."""
        return f"{self.base}/say/{lang}"

    def audio(self, request_id: str) -> str:
        """The default reply topic of a request."""
        return f"{self.base}/audio/{request_id}"


def topics(base: str) -> Topics:
    """Build the topic set for `base` (`mqtt.base_topic`)."""
    levels = ("say/+", "say", "cmd", "status", "state", "done", "error")
    return Topics(base, *(f"{base}/{level}" for level in levels))


def parse_message(
    topic: str,
    payload: bytes,
    limits: Limits,
    *,
    response_topic: str | None = None,
    correlation_data: bytes | None = None,
    now: float | None = None,
) -> Request | Command | Rejection:
    """Parse one incoming MQTT message; never raises on bad input."""
    json_id = None
    try:
        kind, topic_lang = _route(topic, limits.base_topic)
        text = decode(payload, limits.max_payload_bytes)
        if kind == "cmd":
            return _parse_command(text)
        fields = load_object(text) if text.lstrip().startswith("{") else {"text": text}
        json_id = read_id(fields)
        request_id = json_id or uuid.uuid4().hex[:12]
        received_at = time.time() if now is None else now
        request = _build_request(
            fields, request_id, topic, topic_lang, limits, received_at=received_at
        )
        output, reply_topic = _output(fields, request_id, limits, response_topic or None)
        return replace(
            request, output=output, reply_topic=reply_topic, correlation_data=correlation_data
        )
    except RejectError as exc:
        return Rejection(exc.code, exc.message, json_id, topic)


def _route(topic: str, base: str) -> tuple[str, str | None]:
    rest = topic.removeprefix(base + "/") if topic.startswith(base + "/") else None
    if rest in ("say", "cmd"):
        return rest, None
    if rest is not None and rest.startswith("say/") and rest.count("/") == 1:
        return "say", rest[4:]
    raise RejectError(
        "bad_payload",
        f"{short(topic)} is not a melod input topic; publish to "
        f"{base}/say/{{LANG}}, {base}/say or {base}/cmd",
    )


def _parse_command(text: str) -> Command:
    word = text.strip()
    if word.lower() in ("stop", "flush"):
        return Command(word.lower())
    usage = 'expected stop, flush, {"volume": 0.0-1.0} or {"mute": true|false}'
    if not word.startswith(("{", "[", '"')) and not word[0].isdigit():
        raise RejectError("bad_payload", f"unknown command {short(word)}; {usage}")
    obj = load_object(word)
    if len(obj) != 1:
        raise RejectError("bad_payload", f"a JSON command has exactly one field; {usage}")
    if "volume" in obj:
        return Command("volume", ranged(obj, "volume", 0.0, 1.0, required=True))
    if "mute" in obj:
        return Command("mute", field(obj, "mute", (bool,), "true or false", required=True))
    key = next(iter(obj))
    hint = did_you_mean(key, ("volume", "mute"))
    raise RejectError("bad_payload", f"unknown command field {short(key)}{hint}; {usage}")


def _build_request(
    fields: dict[str, Any],
    request_id: str,
    topic: str,
    topic_lang: str | None,
    limits: Limits,
    *,
    received_at: float,
) -> Request:
    unknown = [key for key in fields if key not in FIELDS]
    if unknown:
        hint = did_you_mean(unknown[0], FIELDS)
        raise RejectError(
            "bad_field",
            f"unknown field {short(unknown[0])}{hint}; valid fields: {', '.join(FIELDS)}",
        )
    choice = language_field(fields, topic_lang, limits.default_language, limits.base_topic)
    ttl_s = field(fields, "ttl_s", (int, float), "a number")
    if ttl_s is not None and not 0 < ttl_s < math.inf:
        raise RejectError("bad_field", f"'ttl_s' must be a positive number, got {ttl_s}")
    priority = one_of(fields, "priority", [p.label for p in Priority])
    return Request(
        id=request_id,
        text=text_field(fields, limits.max_text_chars),
        lang=choice.lang,
        speaker=speaker_field(fields, choice) or limits.speakers.get(choice.lang),
        speed=ranged(fields, "speed", 0.5, 2.0) or limits.default_speed,
        volume=ranged(fields, "volume", 0.0, 1.0),
        priority=limits.default_priority if priority is None else Priority.parse(priority),
        chime=chime_field(fields, limits.chimes),
        ttl_s=limits.default_ttl_s if ttl_s is None else float(ttl_s),
        received_at=received_at,
        topic=topic,
    )


def _output(
    fields: dict[str, Any], request_id: str, limits: Limits, response_topic: str | None
) -> tuple[str, str | None]:
    raw = one_of(fields, "output", OUTPUTS)
    json_topic = topic_field(fields.get("reply_topic"), "'reply_topic'")
    explicit = topic_field(response_topic, "the MQTT v5 response topic") or json_topic
    # Naming a reply destination asks for the audio; it must not be silently dropped.
    default = "reply" if explicit and limits.default_output == "speaker" else limits.default_output
    output = raw or default
    if output == "speaker":
        if json_topic is not None:
            raise RejectError("bad_field", "'reply_topic' needs output 'reply' or 'both'")
        return output, None
    return output, explicit or f"{limits.base_topic}/audio/{request_id}"
