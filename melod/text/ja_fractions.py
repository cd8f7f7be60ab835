"""Japanese fractions with a counter after them: 1/2杯 にぶんのいっぱい, 2分の1個."""

from __future__ import annotations

import re

from melod.text.ja_codes import Rule
from melod.text.ja_counters import COUNTERS
from melod.text.ja_numbers import cardinal, with_counter

# Counters a recipe or a dose takes after a fraction (大根1/2本, 洗剤キャップ1/2杯).
# Not 回/人/時間: 3/5回 is a count out of a total, read by another rule.
_COUNTER = "個|本|枚|杯|錠|缶|合"
_COUNT = r"\d{1,3}(?:,\d{3})+|\d{2,5}"  # 420, 8,500


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


def _out_of(m: re.Match[str]) -> str:
    done, goal = (int(g.replace(",", "")) for g in m.group(1, 2))
    if done <= 12 and goal <= 31:  # 10/15: a date, read by the date rule
        return m.group()
    return cardinal(done) + "/"


def fraction_rules(units: str) -> tuple[Rule, ...]:
    """Rules run where fractions are read, before slashes become dates; `units` is the
    alternation of counters and units a quantity may take."""
    return (
        (re.compile(rf"(\d+)分の(\d+)({_COUNTER})?"), lambda m: _fraction(m[2], m[1], m[3])),
        (re.compile(rf"(?<![\d/.])([1-9])/([2-9])({_COUNTER})"), _slash),
        # ムーブ 420/500kcal: a count out of a goal, not a fraction; the unit is read once.
        (
            re.compile(rf"(?<![\d/.,])({_COUNT})/(?=({_COUNT})\s?(?:{units}))"),
            _out_of,
        ),
    )
