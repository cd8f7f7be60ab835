"""Language codes: the six languages melod speaks and MeloTTS's English accents."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from melod.errors import UnknownLanguageError

LANGUAGES: Final = ("KR", "EN", "JP", "ZH", "FR", "ES")

#: Accent codes accepted wherever a language is; they select that EN speaker.
EN_ACCENTS: Final = {
    "EN-US": "EN-US",
    "EN-BR": "EN-BR",
    "EN-INDIA": "EN_INDIA",
    "EN-AU": "EN-AU",
    "EN-DEFAULT": "EN-Default",
}

#: Common aliases people type (ISO 639-1 codes and MeloTTS's own names).
_ALIASES: Final = {"KO": "KR", "JA": "JP", "SP": "ES", "ZH-CN": "ZH", "CN": "ZH"}


@dataclass(frozen=True)
class LanguageChoice:
    """A parsed language: one of LANGUAGES, plus the speaker an accent code implies."""

    lang: str
    speaker: str | None = None


def parse_language(code: str) -> LanguageChoice:
    """Parse `KR`, `en-us`, `ja`... into a LanguageChoice, or raise UnknownLanguageError."""
    key = code.strip().upper().replace("_", "-")
    if key in LANGUAGES:
        return LanguageChoice(key)
    if key in _ALIASES:
        return LanguageChoice(_ALIASES[key])
    if key in EN_ACCENTS:
        return LanguageChoice("EN", EN_ACCENTS[key])
    known = ", ".join([*LANGUAGES, *EN_ACCENTS])
    raise UnknownLanguageError(f"unknown language {code!r}; melod speaks {known}")
