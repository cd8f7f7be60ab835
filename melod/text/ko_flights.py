"""Korean flight numbers: an airline's two-character code, then the digits one by one."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_numbers import PHONE_DIGITS, digit_string, sino, words
from melod.text.ko_words import spell

# Airlines flying from Korea, by the two-character code of their flight numbers.
_AIRLINES: Final = frozenset(
    words(
        "KE OZ 7C LJ TW BX ZE RS YP 4V JL NH MM UA DL AA CX SQ TG VN VJ MU CA CZ BR CI QF EK "
        "AF LH BA KL TK PR 5J HX"
    )
)
_FLIGHT_CONTEXT: Final = re.compile(
    r"항공|[가-힣]행(?![가-힣])|탑승|게이트|결항|공항|비행|출국|입국"
)
_FLIGHT_RE: Final = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{2}|[A-Z][0-9]|[0-9][A-Z])\s?([0-9]{2,4})(?![0-9A-Za-z.,:])\s?"
    r"(편(?:으로|에|을|이|은|의)?(?![가-힣]))?"
)


def _flight(m: re.Match[str]) -> str:
    if not m[3] and not (m[1] in _AIRLINES and _FLIGHT_CONTEXT.search(m.string)):
        return m[0]
    code = "".join(spell(c) if c.isalpha() else sino(int(c)) for c in m[1])
    return f"{code} {digit_string(m[2], PHONE_DIGITS)} {m[3] or ''}"


# 7C1208 comes spelled from the shared preparation (7, C 1 2 0 8), as any digit-led code.
_SPELLED_FLIGHT_RE: Final = re.compile(
    r"(?<![0-9A-Za-z,] )(?<![0-9A-Za-z])([0-9A-Z]),? ([0-9A-Z])((?: [0-9]){2,4})"
    r"(?![0-9A-Za-z]|,? [0-9A-Za-z]\b)"
)


def _spelled_flight(m: re.Match[str]) -> str:
    code = m[1] + m[2]
    if code not in _AIRLINES or not _FLIGHT_CONTEXT.search(m.string):
        return m[0]
    return code + m[3].replace(" ", "")


def flights(text: str) -> str:
    """A flight number digit by digit: KE 017편, [제주항공] 7C1208 김포행 (칠씨 일이공팔)."""
    return _FLIGHT_RE.sub(_flight, _SPELLED_FLIGHT_RE.sub(_spelled_flight, text))
