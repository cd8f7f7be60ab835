"""The Rhasspy Hermes TTS adapter: hermes/tts/say in, WAV to the audio server, sayFinished out.

Unlike the v1 contract, unknown fields are ignored: Hermes messages carry optional fields
that differ between Rhasspy versions, and Hermes services tolerate them. Messages for
another siteId are ignored silently, as Rhasspy services do.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any, Final

from melod.errors import UnknownLanguageError
from melod.fields import (
    RejectError,
    decode,
    field,
    load_object,
    parse_lang,
    ranged,
    read_id,
    text_field,
)
from melod.langs import LanguageChoice, parse_language
from melod.protocol import Limits, Priority, Rejection, Request

SAY_TOPIC: Final = "hermes/tts/say"
SAY_FINISHED_TOPIC: Final = "hermes/tts/sayFinished"
ERROR_TOPIC: Final = "hermes/error/tts"
DEFAULT_SITE: Final = "default"

#: BCP 47 English regions that have a MeloTTS accent under another name.
_EN_REGIONS: Final = {"EN-GB": "EN-BR", "EN-UK": "EN-BR", "EN-IN": "EN-INDIA"}


@dataclass(frozen=True)
class HermesSay:
    """A Hermes say turned into a melod Request, plus what sayFinished must echo."""

    request: Request
    site_id: str
    session_id: str | None


@dataclass(frozen=True, kw_only=True)
class HermesRejection(Rejection):
    """A say for our site that melod refuses; Hermes still expects its sayFinished."""

    site_id: str
    session_id: str | None


def play_bytes_topic(site_id: str, request_id: str) -> str:
    """Where the Rhasspy audio server of `site_id` takes a WAV to play."""
    return f"hermes/audioServer/{site_id}/playBytes/{request_id}"


def play_finished_topic(site_id: str) -> str:
    """Where the audio server of `site_id` reports that it finished playing a WAV."""
    return f"hermes/audioServer/{site_id}/playFinished"


def parse_play_finished(payload: bytes) -> str | None:
    """The request id of an audio server playFinished message, or None if unreadable."""
    try:
        body = json.loads(payload)
    except ValueError:  # UnicodeDecodeError is a ValueError
        return None
    request_id = body.get("id") if isinstance(body, dict) else None
    return request_id if isinstance(request_id, str) else None


def say_finished(request_id: str | None, site_id: str, session_id: str | None) -> tuple[str, bytes]:
    """The hermes/tts/sayFinished message that ends every say, spoken or not."""
    body = {"id": request_id, "siteId": site_id, "sessionId": session_id}
    return SAY_FINISHED_TOPIC, json.dumps(body, ensure_ascii=False).encode("utf-8")


def tts_error(
    message: str, request_id: str | None, site_id: str, session_id: str | None
) -> tuple[str, bytes]:
    """The hermes/error/tts message for a say that failed (`context` carries its id)."""
    body = {"error": message, "context": request_id, "siteId": site_id, "sessionId": session_id}
    return ERROR_TOPIC, json.dumps(body, ensure_ascii=False).encode("utf-8")


def hermes_context(request: Request) -> tuple[str, str | None] | None:
    """(siteId, sessionId) of a request that came from Hermes, else None."""
    if request.topic != SAY_TOPIC or request.correlation_data is None:
        return None
    try:
        context = json.loads(request.correlation_data)
        site_id, session_id = context["siteId"], context["sessionId"]
    except (ValueError, TypeError, KeyError):
        return None
    return str(site_id), None if session_id is None else str(session_id)


def finished_messages(request: Request, error: str | None) -> list[tuple[str, bytes]]:
    """What ends a say that came from Hermes (its error first, if any); none for others."""
    context = hermes_context(request)
    if context is None:
        return []
    site_id, session_id = context
    failed = [] if error is None else [tts_error(error, request.id, site_id, session_id)]
    return [*failed, say_finished(request.id, site_id, session_id)]


def rejection_messages(rejection: Rejection) -> list[tuple[str, bytes]]:
    """A say for our site that melod refuses still gets its error and sayFinished."""
    if not isinstance(rejection, HermesRejection):
        return []
    site_id, session_id = rejection.site_id, rejection.session_id
    return [
        tts_error(rejection.message, rejection.id, site_id, session_id),
        say_finished(rejection.id, site_id, session_id),
    ]


def parse_say(
    payload: bytes, limits: Limits, site_id: str, now: float | None = None
) -> HermesSay | Rejection | None:
    """Parse a hermes/tts/say payload; None when it is for another site. Never raises."""
    json_id: str | None = None
    context: tuple[str, str | None] | None = None
    try:
        # Decode before the size check: another site's long text is none of our business.
        fields = load_object(decode(payload, max(len(payload), 1)))
        site = field(fields, "siteId", (str,), "a string") or DEFAULT_SITE
        if site != site_id:
            return None
        context = (site, None)  # a bad sessionId still gets its sayFinished
        context = (site, field(fields, "sessionId", (str,), "a string"))
        json_id = read_id(fields)
        decode(payload, limits.max_payload_bytes)  # now the size limit applies
        return _say(fields, json_id, context, limits, now)
    except RejectError as exc:
        if context is None:
            return Rejection(exc.code, exc.message, json_id, SAY_TOPIC)
        return HermesRejection(
            code=exc.code,
            message=exc.message,
            id=json_id,
            topic=SAY_TOPIC,
            site_id=context[0],
            session_id=context[1],
        )


def _say(
    fields: dict[str, Any],
    json_id: str | None,
    context: tuple[str, str | None],
    limits: Limits,
    now: float | None,
) -> HermesSay:
    request_id = json_id or uuid.uuid4().hex[:12]
    choice = _language(field(fields, "lang", (str,), "a string"), limits.default_language)
    site_id, session_id = context
    request = Request(
        id=request_id,
        text=text_field(fields, limits.max_text_chars),
        lang=choice.lang,
        speaker=choice.speaker or limits.speakers.get(choice.lang),
        speed=limits.default_speed,
        volume=ranged(fields, "volume", 0.0, 1.0),
        priority=Priority.NORMAL,
        output="reply",
        reply_topic=play_bytes_topic(site_id, request_id),
        # Persisted with the request in the durable queue, so sayFinished can echo
        # the session even after a restart.
        correlation_data=json.dumps({"siteId": site_id, "sessionId": session_id}).encode(),
        ttl_s=limits.default_ttl_s,
        received_at=time.time() if now is None else now,
        topic=SAY_TOPIC,
    )
    return HermesSay(request, site_id, session_id)


def _language(raw: str | None, default: str) -> LanguageChoice:
    """Map a Hermes language (ko, ko-KR, en_US, zh-Hans-CN...) to a melod language."""
    if raw is None or not raw.strip():
        return parse_lang(default)
    code = raw.strip().upper().replace("_", "-")
    try:
        return parse_language(_EN_REGIONS.get(code, code))
    except UnknownLanguageError:
        pass
    # A region melod has no accent for still names the language: ko-KR, fr-CA, es-MX.
    primary = code.split("-", 1)[0]
    try:
        return LanguageChoice(parse_language(primary).lang)
    except UnknownLanguageError:
        return parse_lang(raw)  # the message names what the sender wrote
