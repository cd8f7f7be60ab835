"""A Latin word of an address that the message also writes in Hangul: [쏘카] ... socar.kr.

A notice names its sender in Hangul and then gives the sender's address, so the Hangul
spelling in the same message is how the address word is said (쏘카, not the 소카 a
reader would guess from socar; 망원, not 만권, for mangwon of 망원동). A Hangul word is
taken when it romanises to the Latin word, or when it sounds like the guessed reading but
for tense first consonants (ㅆ for ㅅ). A brand's own Latin spelling is looser than the
romanisation: a loanword's 스, 트 are bare consonants and a consonant may be doubled
([오스템] osstem.com). A message may also write the sender in Latin, in CamelCase
([LearnUs] learnus.org): its words show how the address word is cut (런어스, not 리어누스).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

_BASE: Final = 0xAC00
# Revised Romanisation, with the spellings names also use (g or k, r or l, u or oo).
_FIRST: Final = (
    "g|k", "kk|gg|k|g", "n", "d|t", "tt|dd|t|d", "r|l", "m", "b|p", "pp|bb|p|b", "s", "ss|s", "",
    "j", "jj|j", "ch", "k|c", "t", "p", "h",
)  # fmt: skip
_VOWEL: Final = (
    "a", "ae", "ya", "yae", "eo|o", "e", "yeo|yo", "ye", "o", "wa", "wae", "oe", "yo", "u|oo",
    "wo", "we", "wi", "yu", "eu|u", "ui", "i|ee",
)  # fmt: skip
_LAST: Final = (
    "", "k|g", "k|g", "k", "n", "n", "n", "t|d", "l|r", "k", "m", "l", "l", "l", "p", "l", "m",
    "p|b", "p", "t|s", "t|ss", "ng", "t|j", "t", "k", "t", "p", "t",
)  # fmt: skip
# A brand's own Latin spelling, looser than the romanisation: the letters a loanword's ㅈ,
# ㅍ and ㅓ stand for (zigzag 지그재그, frip 프립, partner 파트너), and ㅡ, the vowel a
# loanword adds after a bare consonant (스템 for stem).
_LOOSE_FIRST: Final = {12: "j|z", 17: "p|f"}
_LOOSE_VOWEL: Final = {4: "eo|o|e|u", 18: "(?:eu|u)?"}
# Tense first consonants and their plain ones: ㄲ ㄸ ㅃ ㅆ ㅉ as ㄱ ㄷ ㅂ ㅅ ㅈ.
_PLAIN: Final = {1: 0, 4: 3, 8: 7, 10: 9, 13: 12}


def _syllables(word: str) -> list[tuple[int, int, int]]:
    return [(*divmod((ord(c) - _BASE) // 28, 21), (ord(c) - _BASE) % 28) for c in word]


@cache
def _romanised(word: str, loose: bool = False) -> re.Pattern[str]:
    parts = []
    for a, b, c in _syllables(word):
        first, vowel, last = _FIRST[a], _VOWEL[b], _LAST[c]
        if loose:  # and an open syllable may drop a written r (아파트너 apartner)
            first, last = _LOOSE_FIRST.get(a, first), last or "r?"
            vowel = _LOOSE_VOWEL.get(b, vowel) if a != 11 and not c else vowel
        parts.append(f"(?:{first})(?:{vowel})(?:{last})")
    return re.compile("".join(parts))


def _plain(word: str) -> tuple[tuple[int, int, int], ...]:
    return tuple((_PLAIN.get(a, a), b, c) for a, b, c in _syllables(word))


def echoed(key: str, reading: str, text: str, loose: bool = False) -> str | None:
    """The Hangul word of `text` that `key` (lower-case letters) stands for, if one does;
    `loose` for a key no dictionary knows, which may be a brand's own spelling."""
    if len(key) < 3:
        return None
    runs: list[str] = re.findall("[가-힣]{2,}", text)
    single = re.sub(r"([b-df-hj-np-tv-xz])\1", r"\1", key) if loose else key  # osstem ostem
    for run in runs:
        for end in range(len(run), 1, -1):  # 망원동: the name may be the start of a word
            word = run[:end]
            if (
                _romanised(word, loose).fullmatch(key)
                or _romanised(word, loose).fullmatch(single)
                or (re.fullmatch("[가-힣]+", reading) and _plain(word) == _plain(reading))
            ):
                return word
    return None


def camel_echo(key: str, text: str) -> str | None:
    """The CamelCase word of `text` (LearnUs) that `key` (learnus) spells in lower case."""
    for word in re.findall(r"(?<![A-Za-z])[A-Z]?[a-z]+(?:[A-Z][a-z]+)+(?![A-Za-z])", text):
        if word.lower() == key:
            return str(word)
    return None


def acronym_lead(key: str, text: str) -> str | None:
    """The capitals `text` writes ([CU], IT뉴스) that start `key` (cupost, itnews)."""
    for caps in re.findall(r"(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])", text):
        lead = str(caps).lower()
        if key.startswith(lead) and len(key) - len(lead) >= 3:
            return lead
    return None
