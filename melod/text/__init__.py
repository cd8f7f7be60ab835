"""Text normalisation: turn a message into words a TTS reads right, per language."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Final

import structlog

from melod.langs import LANGUAGES
from melod.text import common, en_locale

log = structlog.get_logger(__name__)

#: Bumped whenever any rule changes what is read; part of the audio cache key.
BASE_VERSION: Final = "3"

_MODULES: Final = {"KR": "ko", "EN": "en", "JP": "ja", "ZH": "zh", "FR": "fr", "ES": "es"}

# Used only if a language module itself is broken: the message is still read.
_LAST_RESORT_DIGITS: Final = tuple("0123456789")


def _module(lang: str) -> ModuleType:
    if lang not in _MODULES:
        raise KeyError(f"no normaliser for {lang!r}; known: {', '.join(LANGUAGES)}")
    return importlib.import_module(f"melod.text.{_MODULES[lang]}")


def version(lang: str) -> str:
    """The rule-set version for `lang`, for cache keys and `melod normalize --version`."""
    return f"{BASE_VERSION}.{_module(lang).VERSION}"


def normalize(text: str, lang: str, *, speaker: str | None = None, strict: bool = False) -> str:
    """Return `text` as it will be read in `lang` (KR EN JP ZH FR ES): no digits left.

    `speaker` is the voice that will read it: an English accent (`EN-BR`, `EN-AU`) reads
    messages that do not show where they were written the way its listeners expect.
    Never raises on any text: a rule that fails is logged and the message is
    still read (numbers digit by digit).  `strict=True` re-raises, for tests.
    """
    if lang not in _MODULES:
        raise KeyError(f"no normaliser for {lang!r}; known: {', '.join(LANGUAGES)}")
    prepared = common.prepare(text)
    digits: tuple[str, ...] = _LAST_RESORT_DIGITS
    try:
        module = _module(lang)
        digits = module.DIGIT_NAMES
        with en_locale.spoken_by(speaker if lang == "EN" else None):
            spoken: str = module.normalize(prepared)
    except Exception:
        if strict:
            raise
        log.exception("normalize_failed", lang=lang, text=text[:200])
        spoken = prepared
    if digits is _LAST_RESORT_DIGITS:
        return prepared
    return common.finish(spoken, digits)
