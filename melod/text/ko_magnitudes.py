"""Korean magnitude words written after digits: 1억 2천만 원, 3.5만 명, 1조."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from melod.text.ko_counter_words import COUNTER_ALT, NUM, UNIT_ALT
from melod.text.ko_numbers import number, sino
from melod.text.ko_units import UNITS

_POWERS: Final = {
    "십": 1, "백": 2, "천": 3, "만": 4, "십만": 5, "백만": 6, "천만": 7,
    "억": 8, "십억": 9, "백억": 10, "천억": 11, "조": 12,
}  # fmt: skip


def magnitude_words(digits: str, unit: str) -> str:
    """`1억` 일억, `2천만` 이천만, `1만` 만, `1천` 천 (no 일 before 천/백/십/만)."""
    plain = digits.replace(",", "")
    if plain == "1" and unit[0] in "천백십만":
        return unit
    frac = plain.partition(".")[2]
    if frac and len(plain) < 16:
        # 1.2억 is said as the whole amount, 일억 이천만.
        value = Decimal(plain) * 10 ** _POWERS[unit]
        if value == value.to_integral_value():
            return sino(int(value))
    return number(plain) + unit


_CREW: Final = r"\s?(?:주간|야간|근무|교대|출근|퇴근|편성|조장|당번|순찰|작업)"


def magnitudes(text: str) -> str:
    """Numbers written with Korean magnitude words: 1억 2천만원 -> 일억 이천만 원."""

    def read(m: re.Match[str]) -> str:
        spoken = magnitude_words(m.group(2), m.group(3))
        after = m.string[m.end() :]
        # 총5만원: the number glued to the word before is a word of its own.
        lead = " " if re.match(r"[가-힣A-Za-z]", m.string[m.start() - 1 : m.start()]) else ""
        sign = "마이너스 " if m.group(1) else ""  # 전월 대비 -2,000만원
        return lead + sign + spoken + (" " if re.match(COUNTER_ALT, after) else "")

    return re.sub(
        # 8조각 is eight pieces, not eight trillion; 1조 주간 is a shift's crew (일 조).
        rf"(?:(?<![0-9A-Za-z가-힣~-])(-)\s?)?(?<![0-9.,])({NUM})"
        rf"(천만|백만|십만|천억|백억|십억|만|억|조(?!각|{_CREW})|천|백)",
        read,
        text,
    )


def magnitude_units(text: str) -> str:
    """30만 km 삼십만 킬로미터, 1만mAh: a unit symbol after a magnitude word."""

    def read(m: re.Match[str]) -> str:
        reading, prefix, _ = UNITS[m[3]]
        return f" {prefix} {magnitude_words(m[1], m[2])} {reading}".replace("  ", " ")

    return re.sub(
        rf"(?<![0-9.,])({NUM})(천만|백만|십만|천억|백억|십억|만|억|천)\s?({UNIT_ALT})"
        r"(?![A-Za-z0-9²³]|/[^0-9\s])",
        read,
        text,
    )
