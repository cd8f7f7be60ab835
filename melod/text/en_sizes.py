"""English sizes, kitchen measures and readings: `12 in x 8 in` (twelve inches by eight
inches), `1 T butter`, `1/2 c milk` (a recipe's one-letter units), `32/33/32/31 psi`,
`1008 mb` (millibars by a barometer)."""

from __future__ import annotations

import re

from melod.text.en_tables import NOT_MODIFIER
from melod.text.latin import Rule, next_word, rule

_LENGTHS = {
    "in": "inch", "in.": "inch", '"': "inch", "”": "inch", "″": "inch", "ft": "foot",
    "'": "foot", "yd": "yard", "m": "meter", "cm": "centimeter", "mm": "millimeter",
}  # fmt: skip
_LEN = r"in(?:\.(?= [a-z]))?|[\"”″']|ft|yd|cm|mm|m"
_SIDE = rf"(\d+(?:\.\d+)?) ?({_LEN})?"
# After a size, `in` is inches unless a phrase goes on from it (`2 x 4 in the garage`).
_NOT_IN = (
    r"(?<!\bin)(?<!\bin\.)|(?! (?:the|a|an|my|your|our|his|her|their|this|that|these|those|"
    r"stock|total|each|all|one|\d)\b)"
)


def _side(num: str, unit: str | None, single: bool) -> str:
    if not unit:
        return num
    one = _LENGTHS[unit]
    many = "feet" if one == "foot" else "inches" if one == "inch" else one + "s"
    return f"{num} {one if single or num == '1' else many}"


def _dimensions(m: re.Match[str]) -> str:
    """`12 in x 8 in` 'twelve inches by eight inches'; `a 2 ft x 3 ft rug`: 'foot'."""
    noun = next_word(m)
    named = re.search(r"\b(?i:an?|the|this|that|my|your|our) $", m.string[: m.start()])
    single = bool(named and noun and noun not in NOT_MODIFIER)
    sides = ((m[1], m[2]), (m[3], m[4]), (m[5], m[6]))
    return " by ".join(_side(num, unit, single) for num, unit in sides if num)


_KITCHEN = re.compile(
    r"(?i)\b(?:cups?|tbsp|tsp|tablespoons?|teaspoons?|flour|sugar|butter|salt|milk|eggs?|oil|"
    r"vanilla|baking|bake|preheat|oven|stir|whisk|mix|simmer|recipe|ingredients?|dough|batter|"
    r"yeast|honey)\b"
)
_LETTER_UNITS = {"T": "tbsp", "t": "tsp", "c": "cup"}


def _letter_unit(m: re.Match[str]) -> str:
    """`1 T butter`, `1 t vanilla`, `1/2 c milk`: in a recipe, a tablespoon, teaspoon, cup."""
    if not _KITCHEN.search(m.string):
        return m[0]
    unit = _LETTER_UNITS[m[2]]
    # `2 c flour` 'two cups'; a fraction or one keeps 'cup' for the fraction rules.
    whole = "/" not in m[1] and m[1] != "1"
    return f"{m[1]} {unit}{'s' if unit == 'cup' and whole else ''}"


# `2 tsp. vanilla`, `1 lb. spaghetti`: a unit's stop before the ingredient ends nothing
# (after `10min.` or `3 mi.` a chat's next sentence may start in lower case).
_DOTTED_UNIT = (
    r"(?<=\d)( ?(?:tsp|tbsp|Tbsp|lbs?|oz|gal|qt|pt|pkg|doz))\."
    r"(?= [a-z(])"
)
# `1 (15 oz) can chickpeas`: the size of each can, said before it, 'one fifteen ounce can'.
_PACK_SIZE = (
    r"(?<=\d )\((\d+(?:\.\d+)? ?(?:oz|ounces?|lbs?|g|ml|mL|fl oz|ct))\) "
    r"(?=(?:cans?|jars?|packages?|box(?:es)?|bags?|bottles?|packets?|sticks?|tubs?|cartons?|"
    r"pouch(?:es)?|blocks?)\b)"
)


def _readings(m: re.Match[str]) -> str:
    """`tires 32/33/32/31 psi`: four readings, or three no date could be, a pause between."""
    parts = m[0].split("/")
    if len(parts) == 3 and min(map(int, parts)) <= 12:
        return m[0]
    return ", ".join(parts)


_PRESSURE = re.compile(r"(?i)\b(?:barometer|barometric|pressure|hurricane|cyclone|typhoon|storm)\b")
_DATA = re.compile(r"(?i)\b(?:data|download\w*|upload\w*|files?|storage|plan|used|left|photos?)\b")


def _mb(m: re.Match[str]) -> str:
    """`1008 mb` by a barometer is millibars; `500mb data left` megabytes; else left."""
    plural = "" if m[1] == "1" else "s"
    if _PRESSURE.search(m.string):
        return f"{m[1]} millibar{plural}"
    return f"{m[1]} megabyte{plural}" if _DATA.search(m.string) else m[0]


RULES: list[Rule] = [
    rule(r"(?<![\w.,])(\d+(?:\.\d+)?) ?mb\b(?![/\w])", _mb),
    # `high 78°/low 61°`: a slash between a reading and the next one's name is a pause.
    rule(r"(\d ?°[CF]?)/(?=[A-Za-z]+ \d)", lambda m: m[1] + ", "),
    rule(r"(?<![\w/.,-])\d{1,3}(?:/\d{1,3}){2,}(?![\w/-]|[.,]\d)", _readings),
    rule(_DOTTED_UNIT, lambda m: m[1]),
    rule(_PACK_SIZE, lambda m: m[1] + " "),
    rule(
        rf"(?<![\w.,])(\d+(?:\.\d+)?) ?({_LEN})? ?(?:[x×]|by) ?{_SIDE}"
        rf"(?: ?(?:[x×]|by) ?{_SIDE})?(?![\w\"”″'/])(?:{_NOT_IN})",
        lambda m: _dimensions(m) if m[2] or m[4] or m[6] else m[0],
    ),
    rule(
        r"(?<![\w.,/°])(\d \d/\d|\d/\d|[1-9]) ?([Ttc])\.?(?= [a-z]| ?$|[,;)])",
        _letter_unit,
    ),
]
