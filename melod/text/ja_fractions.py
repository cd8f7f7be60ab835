"""Japanese fractions with a counter after them: 1/2杯 にぶんのいっぱい, 2分の1個."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ja_codes import Rule
from melod.text.ja_counters import COUNTERS
from melod.text.ja_numbers import cardinal, with_counter

# Counters a recipe or a dose takes after a fraction (大根1/2本, 洗剤キャップ1/2杯).
# Not 回/人/時間: 3/5回 is a count out of a total, read by another rule.
_COUNTER = "個|本|枚|杯|錠|缶"


def _fraction(numerator: str, denominator: str, counter: str | None) -> str:
    head = cardinal(int(denominator)) + "ぶんの"
    if counter is None:
        return head + cardinal(int(numerator))
    value = int(numerator)
    return head + with_counter(value, cardinal(value), COUNTERS[counter])


def _slash(m: re.Match[str]) -> str:
    if int(m[1]) >= int(m[2]):  # 3/2個 is no recipe fraction: leave it to the date rule
        return m.group()
    return _fraction(m[1], m[2], m[3])


#: Rules run where fractions are read, before slashes become dates.
FRACTION_RULES: Final[tuple[Rule, ...]] = (
    (re.compile(rf"(\d+)分の(\d+)({_COUNTER})?"), lambda m: _fraction(m[2], m[1], m[3])),
    (re.compile(rf"(?<![\d/.])([1-9])/([2-9])({_COUNTER})"), _slash),
)
