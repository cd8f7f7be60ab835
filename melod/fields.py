"""Checking one JSON request's fields: types, ranges, names, with messages a sender can act on."""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Sequence
from typing import Any

from melod.errors import UnknownLanguageError
from melod.langs import LanguageChoice, parse_language


class RejectError(Exception):
    """Unwinds parsing to the parser's edge, which turns it into a Rejection."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def decode(payload: bytes, max_bytes: int) -> str:
    if len(payload) > max_bytes:
        raise RejectError("too_long", f"payload is {len(payload)} bytes; the limit is {max_bytes}")
    try:
        text = payload.decode("utf-8").removeprefix("\ufeff")  # editors on Windows add a BOM
    except UnicodeDecodeError as exc:
        msg = f"payload is not valid UTF-8 (byte {exc.start}: {exc.reason})"
        raise RejectError("bad_utf8", msg) from None
    if not text.strip():
        raise RejectError("bad_payload", "payload is empty")
    return text


def _no_constant(name: str) -> Any:
    # json accepts NaN and Infinity by default; they are not JSON and would slip past range checks.
    raise ValueError(f"{name} is not valid JSON")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:  # json would keep the last one silently
            raise ValueError(f"field {short(key)} appears twice")
        obj[key] = value
    return obj


def load_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly nested arrays
        raise RejectError("bad_payload", f"invalid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise RejectError("bad_payload", f"JSON must be an object, got {kind(value)}")
    return value


def read_id(fields: dict[str, Any]) -> str | None:
    raw = field(fields, "id", (str, int, float), "a string or a number")
    if raw is None:
        return None
    value = str(raw)
    # The id may become a level of the reply topic, so it must be a valid topic level.
    bad_number = isinstance(raw, float) and not math.isfinite(raw)
    if bad_number or not value or len(value) > 128 or any(c in value for c in "+#\0"):
        raise RejectError(
            "bad_field", "'id' must be a finite number or 1-128 characters without + # or NUL"
        )
    return value


def text_field(fields: dict[str, Any], max_chars: int) -> str:
    text = (field(fields, "text", (str,), "a string") or "").strip()
    if not text:
        raise RejectError("bad_payload", "'text' is missing or empty")
    if len(text) > max_chars:
        msg = f"text is {len(text)} characters; the limit is {max_chars}"
        raise RejectError("too_long", msg)
    return text


def parse_lang(code: str) -> LanguageChoice:
    try:
        return parse_language(code)
    except UnknownLanguageError as exc:
        raise RejectError("unknown_language", str(exc)) from None


def language_field(
    fields: dict[str, Any], topic_lang: str | None, default: str, base_topic: str
) -> LanguageChoice:
    """The language from the topic and/or the 'lang' field; they must agree."""
    from_topic = None if topic_lang is None else parse_lang(topic_lang)
    raw = field(fields, "lang", (str,), "a string")
    if raw is None:
        return from_topic or parse_lang(default)
    from_json = parse_lang(raw)
    if from_topic is None:
        return from_json
    # A silent winner would speak the wrong language; agreement (EN with EN-US) is fine.
    if from_json.lang != from_topic.lang:
        msg = f"'lang' is {from_json.lang} but the topic says {from_topic.lang}; drop 'lang'"
        raise RejectError("bad_field", f"{msg} or publish to {base_topic}/say")
    return LanguageChoice(from_topic.lang, from_json.speaker or from_topic.speaker)


def speaker_field(fields: dict[str, Any], choice: LanguageChoice) -> str | None:
    """An accent (EN-US...) or an engine speaker name; the topic's accent by default."""
    raw = (field(fields, "speaker", (str,), "a string") or "").strip()
    if not raw:
        if "speaker" in fields and fields["speaker"] is not None:
            raise RejectError("bad_field", "'speaker' is empty")
        return choice.speaker
    try:
        accent = parse_language(raw).speaker
    except UnknownLanguageError:
        return raw  # an engine-specific speaker name; the engine checks it
    if accent is not None and choice.lang != "EN":
        raise RejectError("bad_field", f"speaker {accent} is English, not {choice.lang}")
    return accent or raw


def chime_field(fields: dict[str, Any], chimes: frozenset[str]) -> str | None:
    """The configured chime to play first: true means 'default'."""
    raw = field(fields, "chime", (bool, str), "true, false or a chime name")
    if raw is None or raw is False:
        return None
    name = "default" if raw is True else raw
    if name not in chimes:
        known = ", ".join(sorted(chimes)) or "none"
        msg = (
            f"no chime named {short(name)}{did_you_mean(name, sorted(chimes))}; configured: {known}"
        )
        raise RejectError("bad_field", msg)
    return str(name)


def topic_field(raw: object, what: str) -> str | None:
    if raw is not None and (not isinstance(raw, str) or not raw):
        raise RejectError("bad_field", f"{what} must be a non-empty string, got {kind(raw)}")
    if isinstance(raw, str) and any(c in raw for c in "+#\0"):
        raise RejectError("bad_field", f"{what} must not contain wildcards (+ or #)")
    return raw


def field(
    fields: dict[str, Any], name: str, types: tuple[type, ...], what: str, *, required: bool = False
) -> Any:
    """The value of `name`, None when absent or null, bad_field when of the wrong type."""
    raw = fields.get(name)
    if raw is None and not required:
        return None
    # bool is an int to isinstance, but `"speed": true` is a mistake, not 1.0.
    if not isinstance(raw, types) or (isinstance(raw, bool) and bool not in types):
        raise RejectError("bad_field", f"{name!r} must be {what}, got {kind(raw)}")
    return raw


def ranged(
    fields: dict[str, Any], name: str, lo: float, hi: float, *, required: bool = False
) -> float | None:
    raw = field(fields, name, (int, float), "a number", required=required)
    if raw is not None and not lo <= raw <= hi:
        raise RejectError("bad_field", f"{name!r} must be between {lo} and {hi}, got {raw}")
    return None if raw is None else float(raw)


def one_of(fields: dict[str, Any], name: str, choices: Sequence[str]) -> str | None:
    raw = field(fields, name, (str,), "a string")
    if raw is None or raw.strip().lower() in choices:
        return None if raw is None else str(raw.strip().lower())
    hint = did_you_mean(raw.strip().lower(), choices)
    msg = f"{name!r} must be one of {', '.join(choices)}, got {short(raw)}{hint}"
    raise RejectError("bad_field", msg)


def did_you_mean(value: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(value, choices, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def kind(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    return "null" if value is None else names.get(type(value), "a number")


def short(value: object, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
