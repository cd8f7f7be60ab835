"""Korean: undo the shared preparation's spelling of a name glued to a number."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_context import CODE_CONTEXT, SECRET
from melod.text.ko_translit import transliterate
from melod.text.ko_words import said_as_word

_ENGLISH_NUMBERS: Final = ("", "원", "투", "쓰리", "포", "파이브", "식스", "세븐", "에잇", "나인")


# The shared preparation spells every run of six or more capitals and digits as a code
# (F I F A 2 0 2 6); a word or a short acronym before a number is a name instead:
# FIFA2026 피파 이천이십육, IONIQ5 아이오닉 파이브, RTX4090 알티엑스 사공구공.
_SPELLED_RE: Final = re.compile(
    # (a lone letter or digit before it is part of the same spelled run; a word, TV, is not)
    r"(?<!(?<![A-Za-z0-9])[A-Za-z0-9] )(?<![A-Za-z0-9])[A-Z0-9](?:,? [A-Z0-9]){5,}(?![A-Za-z0-9])"
)
# OLED65C4: a model's name and size may end in a series letter and digit (씨포).
_NAME_NUMBER_RE: Final = re.compile(r"([A-Z]{2,})([0-9]{1,4})([A-Z][0-9]?)?")


def unspell(text: str) -> str:
    """Put a spelled word-and-number back together, unless a code word leads it."""

    def join(m: re.Match[str]) -> str:
        token = re.sub(r",? ", "", m.group(0))
        parts = _NAME_NUMBER_RE.fullmatch(token)
        before = m.string[max(0, m.start() - 40) : m.start()]
        if not parts:
            return m.group(0)
        letters, digits, series = parts.groups()
        if series and not is_named(letters):
            return m.group(0)
        coded = CODE_CONTEXT.search(before) or SECRET.search(before)
        if coded and not (len(letters) >= 4 and is_named(letters)):
            return m.group(0)  # 쿠폰코드 WELCOME10 is still a word and a number
        if not (is_named(letters) or len(letters) <= 3):
            return m.group(0)
        if not is_named(letters):
            return token  # RTX4090, KTX123: the Korean rules for letters and digits
        if len(digits) == 1:
            return f"{letters} {_ENGLISH_NUMBERS[int(digits)]}"  # IONIQ5 아이오닉 파이브
        if series:
            return f"{letters} {digits} {series}"  # OLED65C4 올레드 육십오 씨포
        return f"{letters} {digits}"  # EXPO2030 엑스포 이천삼십

    return _SPELLED_RE.sub(join, text)


def is_named(letters: str) -> bool:
    """Capitals that are read as a word (FIFA, IONIQ, EXPO), not spelled."""
    key = letters.lower()
    return said_as_word(key) or transliterate(key, guess=False) is not None
