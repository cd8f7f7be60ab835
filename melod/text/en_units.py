"""English quantities: a number with its unit (`5 km`, `a 15 min delay`, `20-30 mph`).

Split out of en.py, whose rules call these; a unit that describes the noun after it
(`a 20 lb turkey`) stays singular.
"""

from __future__ import annotations

import re

from melod.text import en_typed, latin
from melod.text.en_tables import ATTRIBUTIVE, DIGIT_NAMES, NOT_MODIFIER, UNITS
from melod.text.en_words import card, singular, to_word
from melod.text.latin import Num


def parse(text: str) -> Num:
    """`1,234.5`: a comma groups thousands, a stop starts the decimals."""
    return latin.parse(text, ".", ",")


def number(num: Num) -> str:
    """'twelve point three four', 'minus five': decimals are read digit by digit."""
    text = card(num.value)
    if num.frac:
        text += " point " + latin.spell_digits(num.frac, DIGIT_NAMES)
    return "minus " + text if num.neg else text


_PACKS = "(?:bag|sack|box|boxe|pack|case|roll|pallet|can|bottle|jug|tub|bucket|carton|crate)s?"


_RAN = re.compile(r" run (?:this|so far|today|yesterday|in total|altogether|overall|since|last)\b")


# Sizes and weights that describe a thing after `the`, `my`... (`the 20 lb turkey`); time
# units are left out (`the 2 hours flew by`).
_SIZE_UNITS = latin.wordset("lb lbs kg g oz ft in m cm mm mi km gal L l ml V W kW mAh TB GB")
_DETERMINER = r"\b(?i:the|this|that|my|your|our|his|her|their) $"
# A span of time naming a period: `24h change`, `12 hr shift`, `7 day trial` (a `20 mph
# forecast` is a forecast of wind).
_PERIODS = latin.wordset("change volume forecast shift window period trial streak outlook")
_TIME_NAMES = latin.wordset("second minute hour day week month year")
_MANNER = "cold|warm|hot|slow|quick|overnight|final|bulk|gentle|fast|full|light|heavy|brisk|easy"


def _describes(m: re.Match[str], unit: str) -> bool:
    """`a 15 min delay`, `a 15-20 min delay`: the measure describes the noun after it."""
    # `-18°C Fridge 4°C` (an emoji gone between): a capital starts the next item, no noun.
    noun = "" if re.match(r" [A-Z]", m.string[m.end() :]) else latin.next_word(m)
    # `2,500 km run this year`: 'run' the verb's participle, not the noun of `a 5 km run`.
    if _RAN.match(m.string, m.end()) and latin.prev_word(m) not in ("a", "an"):
        return False
    if noun in ATTRIBUTIVE or noun.removesuffix("s") in ATTRIBUTIVE:
        return True
    if noun in _PERIODS and UNITS[unit][0] in _TIME_NAMES:
        return True
    # `14 hr cold proof`, `a 3 hr slow cook`: one adjective between the measure and its noun
    # (`10 ft long` is a length, left out).
    manner = re.match(rf" (?:{_MANNER}) ([a-z]+)", m.string[m.end() :])
    if manner and manner[1] in ATTRIBUTIVE:
        return True
    # `14.5 oz can tomatoes`, `12 oz can of soda`: the tin, not the verb (`2 lb can be`).
    if noun in ("can", "cans"):
        return bool(re.match(r" cans| can(?: of\b| [a-z]+s\b|[,.;)]|$)", m.string[m.end() :]))
    # `a 40 min tailback`, `replace with a 9V`: 'a' before a count above one means the
    # measure describes a noun, or names the thing itself.
    # (`E T A 20 min`: a spelled letter A is no article.)
    if re.search(r"(?<![A-Z] )\b[Aa]n? $", m.string[: m.start()]) and noun != "of":
        return True
    sized = unit in _SIZE_UNITS and noun not in NOT_MODIFIER and not noun.endswith("ed")
    if sized and noun and re.search(_DETERMINER, m.string[: m.start()]):
        return True
    # `1x 9V`, `2x 60W bulbs` (the `x` may be gone): after a count the measure names the item.
    count = r"(?:^|[+&,] )\d{1,2} ?[x×]? $|(?<![\w.])\d{1,2} ?[x×] $"
    # `10 bags of 50 lb feed`, `a case of 16 oz bottles`: the measure names what is packed.
    count += rf"|\b(?:{_PACKS}) of $" if noun and noun not in NOT_MODIFIER else ""
    return bool(re.search(count, m.string[: m.start()])) or en_typed.describes_compound(m)


# `a 12-oz can`, `36-ct diapers`, `a 40-W bulb`, `a 30-yr loan`: a hyphen joins a measure
# into one adjective, its unit singular. Left out: `4-H` (the club), `14-kt gold` (karat),
# and one-letter units that hyphens join to other things (`s`, `g`, `l`).
_JOINED = {
    **{
        unit: names[0]
        for unit, names in UNITS.items()
        if unit.isalpha() and unit not in ("h", "s", "g", "l", "kt", "kts", "ast", "reb")
    },
    "pc": "piece",
}
HYPHENATED = latin.rule(
    rf"(?<![\w.,-])(\d+(?:\.\d+)?)-({'|'.join(sorted(_JOINED, key=len, reverse=True))})s?\b"
    r"(?!-\d)",
    lambda m: f"{m[1]}{'-' if ' ' not in _JOINED[m[2]] else ' '}{_JOINED[m[2]]}",
)


def measure(m: re.Match[str]) -> str:
    """`5 km` 'five kilometers'; `a 15 min delay`: a unit describing a noun is singular."""
    num = parse(m[1])
    one, many = UNITS[m[2]]
    single = singular(num) or (_describes(m, m[2]) and m[2] != "pcs")
    return f"{number(num)} {one if single else many}"


def span(m: re.Match[str]) -> str:
    """`20-30 mph` 'twenty to thirty miles per hour'; `a 15-20 min delay`: 'minute'."""
    # `ASX 200 -0.8%`, `Dow 39,000 -1.2%`: an index and its fall, read by the measure rules.
    if m[3] == "%" and re.search(r"\d [-−]\d", m[0]):
        index = r"\b(?:ASX|Dow|FTSE|Nasdaq|NASDAQ|Nikkei|NZX|TSX|DAX|CAC|S&P|Russell) $"
        if "." in m[2] or re.search(index, m.string[: m.start()]):
            return m[0]
    unit = ""
    if m[3]:
        unit = " " + UNITS[m[3]][0 if _describes(m, m[3]) and m[3] != "pcs" else 1]
    return f"{number(parse(m[1]))} {to_word(m)} {number(parse(m[2]))}{unit}"
