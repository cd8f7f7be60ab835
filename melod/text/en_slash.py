"""English numbers around a slash: `1/2 tsp` (half a teaspoon), `2 1/2 hrs`, `3/5 tasks`
(so many of a total), `12/12 hrs` (a count against a goal)."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.en_measures import RATING_CTX
from melod.text.en_tables import (
    BARE_FRACTION,
    DATE_WORDS,
    DAY_NAMES,
    DENOMINATORS,
    NOT_MODIFIER,
    SPELLED_UNITS,
    UNITS,
)
from melod.text.en_words import card, ordinal
from melod.text.latin import Rule, rule

_UNIT_ALT = latin.alternation(UNITS)
# `the 7,842/10,000 steps` goal: a count out of a round total, before a plural noun.
_DONE_WORDS = latin.wordset(
    "done complete completed finished left remaining passed correct on off open closed locked "
    "unlocked online offline"
)
# So many of a total; after a whole number (`1 1/2 tablets`) it is a mixed number instead.
_OF_TOTAL = (
    r"(?<![\w.,/])(?<!\d )(\d{1,3}(?:,\d{3})+|\d+)(?:/| / )(\d{1,3}(?:,\d{3})+|\d+)"
    rf"(?:(?= [a-z]+s\b|[,;)]| ?$| (?:{'|'.join(_DONE_WORDS)})\b)"
    # `8,200/10,000 today`: a total in thousands is no date or fraction, whatever follows.
    r"|(?<=\d,\d{3})(?![\w/]|[.,]\d))"
)
_DAYS = {d.lower() for d in DAY_NAMES}
_NOT_PLURAL = latin.wordset(
    "this is was has its yes plus bus gas less days weeks months years hours minutes nights"
)
_COUNT = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
# `Fan speed 3/5`: a setting out of its steps.
_STEP_WORDS = latin.wordset(
    "speed level step stage volume setting mode fan floor episode part game set round lap "
    "week item page brightness"
)
# `Fuel level 1/4`: the level of what fills a tank is a fraction, not a setting's step.
_FILLS = latin.wordset("fuel gas petrol diesel water oil tank battery coffee bean ink toner salt")
# Plural nouns a fraction measures: `1/2 cups` is half a cup, not one of two cups.
_MEASURED = latin.wordset(
    "cups miles inches hours pounds teaspoons tablespoons gallons ounces liters litres feet "
    "yards acres days weeks pints quarts metres kilos spoons mugs tanks"
) | {many for _, many in UNITS.values()}
_GOAL_UNITS = latin.alternation(k for k in UNITS if k not in ("mmHg", "%", "°", "°C", "°F"))


def _article(word: str) -> str:
    return "an" if re.match(r"[aeio]|hour|honest", word) else "a"


def _unit_names(unit: str) -> tuple[str, str]:
    if unit in UNITS:
        return UNITS[unit]
    # `3/4 in`, `5/8"`, `1/2 in.`: the inch marks the fraction rules accept.
    return ("inch", "inches") if unit.startswith(("in", '"', "”", "″")) else (unit, unit + "s")


def _unit_fraction(m: re.Match[str]) -> str:
    """`1/2 tsp` 'half a teaspoon', `3/4 mi` 'three quarters of a mile'."""
    a, b = int(m[1]), int(m[2])
    if not 0 < a < b or b not in DENOMINATORS:
        return m[0]
    one = _unit_names(m[3])[0]
    name = {2: "half", 4: "quarter"}.get(b) or ordinal(b)
    # `a 1/4 inch hole`, `a 1/2 batch`, `a 1/4 cup of milk`: the article is already there.
    if a == 1 and latin.prev_word(m) in ("a", "an"):
        return f"{name} {one}"
    after = latin.next_word(m)
    describes = bool(after) and after not in NOT_MODIFIER
    # `1/8 inch gap` 'an eighth inch gap'; a length describing a thing is singular (`3/4 in
    # plywood` 'three quarter inch', `1/2 inch pipe` 'half inch'), an ingredient's amount not.
    length = describes and b in (2, 4) and one in ("inch", "foot", "mile")
    if (a, b) == (1, 2):
        return f"half {one}" if length else f"half {_article(one)} {one}"
    part = f"{_article(name)} {name}" if a == 1 else f"{card(a)} {name}s"
    if (a, b) == (1, 3) and describes:
        part = "one third"  # `1/3 cup oil`: 'a third cup' could be the third one
    if describes:
        return f"{part.removesuffix('s') if length else part} {one}"
    return f"{part} of {_article(one)} {one}"


def _mixed_unit(m: re.Match[str]) -> str:
    part = {"1/2": "a half", "1/4": "a quarter", "3/4": "three quarters"}[m[2]]
    one, many = _unit_names(m[3])
    # `1 1/4 in. PVC`, `1 1/2 inch screws`: a length describing a thing is singular.
    after = latin.next_word(m)
    length = bool(after) and after not in NOT_MODIFIER and one in ("inch", "foot", "mile")
    return f"{card(int(m[1]))} and {part} {one if length else many}"


_DATE_VERBS = latin.wordset("starts begins ends opens closes is was will kicks")


def _of_total(m: re.Match[str]) -> str:
    """`3/3 steps`, `Fan speed 3/5`, `7,842/10,000 steps`: so many of a total."""
    a, b = int(m[1].replace(",", "")), int(m[2].replace(",", ""))
    before, noun = latin.prev_word(m), latin.next_word(m)
    # `Sunday, 3/9 games`: a day name, a comma or dash between, dates the numbers.
    day = re.search(r"([A-Za-z]+)\.?[,\s–-]*$", m.string[: m.start()])
    if before in DATE_WORDS or (day and day[1].lower() in _DAYS) or a > b or b < 2:
        return m[0]
    # `got 18/20 on my spelling test`: a mark, read 'out of' by the rating rule.
    if RATING_CTX.search(m.string) and noun not in _DONE_WORDS - {"on", "correct"}:
        return m[0]
    # `party 10/31 starts at 7:30`: a day no total could be, before a verb, is a US date.
    if a <= 12 < b <= 31 and noun in _DATE_VERBS:
        return m[0]
    # `chores 4/5 done`, `Lights: 3/8 on`: after a plural noun, so many of those things.
    label = re.search(r"([A-Za-z]{3,}s):? $", m.string[: m.start()])
    plural = label is not None and label[1].lower() not in _NOT_PLURAL
    # `Tasks (3/7)`: a plural noun and its count in brackets.
    bracketed = re.search(r"([A-Za-z]+s) \($", m.string[: m.start()])
    plural = (plural and noun in _DONE_WORDS) or bool(bracketed and bracketed[1] not in _NOT_PLURAL)
    filled = re.search(r"(\w+) level $", m.string[: m.start()], re.I)
    step = before in _STEP_WORDS and not (filled and filled[1].lower() in _FILLS and b in (2, 4))
    if step or plural:
        return f"{m[1]} of {m[2]}"
    # `1/2 cups`: the fraction rules read it; `3 / 5 tasks`, spaced, and `3/5 bars` before a
    # plural noun no unit names, are counts.
    counted = noun.endswith("s") and noun not in _MEASURED
    fraction = a < b and b in DENOMINATORS and " " not in m[0] and not counted
    # `layer 88/240,`: past 31 no date or common fraction is left, so a count of a total.
    if fraction or (not noun and b <= 31) or (b % 100 and noun in ("stars", "points", "pts")):
        return m[0]
    return f"{m[1]} of {m[2]}"


# `3/4 in of water`, `5/8" drywall`, `1/2 in. pipe`: after a fraction, `in` is inches unless
# what follows makes it the preposition (`1/2 in the tank`).
_INCH = (
    r"in\.(?= [a-z]| [A-Z]{2,}\b)|in(?![\w/])(?! (?:the|a|an|my|your|our|his|her|their|this|"
    r'that|these|those|stock|total|each|all|one|\d)\b)|["”″]'
)
# `1 1/2 bu/ac`: a unit may go on to what it is per.
_FRACTION_UNIT = (
    rf"({_UNIT_ALT}|{'|'.join(SPELLED_UNITS)}|{_INCH})(?!\w|/(?!(?:ac|ha|day|wk|week|hr|h)\b))"
)

#: `1/2 tsp`, `2 1/2 hrs`: a fraction of a unit, then a whole number and a fraction.
FRACTIONS: list[Rule] = [
    rule(rf"(?<![\w/.,])(?<!\d )(\d{{1,2}})/(\d{{1,2}}) ?{_FRACTION_UNIT}", _unit_fraction),
    # `2 1/2 hrs` (also `2½ hrs`): 'two and a half hours'.
    rule(rf"(?<![\w/.,])(\d+) (1/2|1/4|3/4) ?{_FRACTION_UNIT}", _mixed_unit),
]
OF_TOTAL: Rule = rule(_OF_TOTAL, _of_total)
#: `1/2 an hour`, `3/4 cup`, `12/12 hrs`: bare fractions before a noun, a count against a goal.
COUNTS: list[Rule] = [
    # `ate 1/2 the cake`, `1/2 my battery`.
    rule(
        r"(?<![\w/.,])1/2 (?=(?:an?|the|my|your|his|her|our|their|this|that|its)\b)",
        lambda m: "half ",
    ),
    rule(
        rf"(?<![\w/.,])([13])/([24]) (?=(?:{BARE_FRACTION})\b)",
        lambda m: {"1/2": "half ", "1/4": "a quarter ", "3/4": "three quarters "}.get(
            f"{m[1]}/{m[2]}", m[0]
        ),
    ),
    # `12/12 hrs`, `620/500 CAL`: a count against a goal, in a unit.
    rule(
        rf"(?<![\w/.,])({_COUNT})/({_COUNT}) ?(?=(?:{_GOAL_UNITS})(?![\w/]))",
        lambda m: f"{m[1]} of {m[2]} ",
    ),
]
