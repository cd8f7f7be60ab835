"""French number words: cardinals with gender, ordinals, Roman numerals, digit names."""

from __future__ import annotations

import re

from melod.text import latin

DIGIT_NAMES: tuple[str, ...] = (
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
)  # fmt: skip

# An ordinal's number, its thousands maybe spaced: `1 523e` of a race's finishers.
ORD_N = r"(?<![\d.,])([1-9]\d{0,2}(?:[ \u202f\u00a0]\d{3})+|\d+)"

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def card(n: int, fem: bool = False) -> str:
    """`n` in words; `fem` turns a final "un" into "une" (vingt et une, une)."""
    text = latin.words(n, "fr", DIGIT_NAMES)
    return re.sub(r"\bun$", "une", text) if fem else text


def spaced_int(text: str) -> int:
    """`1 523` -> 1523: a number whose thousands are spaced."""
    return int(re.sub(r"\D", "", text))


def ordinal(n: int, fem: bool = False) -> str:
    """`n` as an ordinal: premier / première, deuxième, vingt et unième."""
    if n == 1:
        return "première" if fem else "premier"
    return latin.words(n, "fr", DIGIT_NAMES, "ordinal")


def pairs(digits: str) -> str:
    """`3631` -> 'trente-six trente et un': digits by twos, a zero said as such."""
    groups = [digits[i : i + 2] for i in range(0, len(digits), 2)]
    return " ".join(("zéro " if len(g) == 2 and g[0] == "0" else "") + card(int(g)) for g in groups)


def roman(text: str) -> int | None:
    """The value of a Roman numeral (I to CC), or None when it is not a well-formed one."""
    values = [_ROMAN[ch] for ch in text]
    total = sum(
        -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
    )
    return total if 0 < total <= 200 and _to_roman(total) == text else None


def _to_roman(n: int) -> str:
    out = []
    for value, sign in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                        (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        count, n = divmod(n, value)
        out.append(sign * count)
    return "".join(out)
