"""French signs typed before or after a number: < > ≤ ≥, ±, ~ ≈, a keypad's * and #, the
AV/AR of a car's tyres, and a word glued to its number (à15h). They run before
`latin.pre_clean`, which drops what it cannot read."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.fr_numbers import DIGIT_NAMES
from melod.text.latin import Rule
from melod.text.latin import rule as _c

# `<3` is a heart unless a unit follows (`< 3 km`, `<3 °C`, `<3 h`).
_HEART = r"3+(?![\d.,]| ?(?:°|%|(?:k?m|cm|mm|k?g|mg|m?[lL]|h|min|s|j|ans?|jours?|fois)\b))"
_COMPARE = {"<": "moins de ", ">": "plus de ", "<=": "inférieur ou égal à ",
            "≤": "inférieur ou égal à ", ">=": "supérieur ou égal à ",
            "≥": "supérieur ou égal à "}  # fmt: skip
# Tyre pressures and car parts: AV/AR are the front and the back, G/D the side.
_CAR = re.compile(r"(?i)\b(?:pneus?|pression|roues?|freins?|plaquettes?|essieu|bars?)\b")
_SIDE = {"AV": "avant", "AR": "arrière", "G": " gauche", "D": " droit"}


def _car_side(m: re.Match[str]) -> str:
    if not _CAR.search(m.string):
        return m[0]
    return _SIDE[m[1]] + (_SIDE[m[2]] if m[2] else "")


def _keypad(m: re.Match[str]) -> str:
    # `code 1984#`, `*123#`, `#31#`: keys pressed one by one, the star and the hash named.
    digits = latin.spell_digits(m[2], DIGIT_NAMES)
    return {"*": "étoile ", "#": "dièse ", None: ""}[m[1]] + digits + " dièse"


BEFORE_CLEAN: list[Rule] = [
    # `8h05 > 9h47`: a sign between two times is the way from one to the other.
    _c(r"(\d{1,2}[hH:](?:\d\d)?) ?> ?(?=\d{1,2}[hH:])", lambda m: m[1] + " à "),
    # `visibilité < 200 m`, `> 30 km/h`, `≥ 70 %`: less or more than (`<3 bisous` stays
    # a heart).
    _c(
        rf"(?:(?<=\s)|^|(?<=[:(]))([<>]=?|[≤≥]) ?(?=\d)(?!{_HEART})",
        lambda m: _COMPARE[m[1]],
    ),
    _c(rf"(?:(?<=\s)|^)<{_HEART}", lambda m: ""),
    # `marge d'erreur ± 3 points`, `tolérance +/- 2 mm`: a tolerance, plus or minus.
    _c(r"(?:±|\+ ?/ ?-) ?(?=\d)", lambda m: "plus ou moins "),
    # `~2h`, `≈ 15 min`: about, with a capital where it starts the message or a sentence.
    _c(
        r"(^|[.!?] |(?<=\s))[~≈] ?(?=\d)",
        lambda m: m[1] + ("E" if m[1] or not m.start() else "e") + "nviron ",
    ),
    # `samedi à15h`, `dès8h`, `le10/12`: a word typed against its number.
    _c(r"(?<![\w.@/'’-])([àÀ]|[dD]ès|[vV]ers|[lL]e|[dD]u|[aA]u)(?=\d)", lambda m: m[1] + " "),
    _c(r"(?<![\w*#])([*#])?(\d{1,10})#(?![\w#])", _keypad),
    _c(r"(?<![\w/])(AV|AR)([GD])?(?![\w/])", _car_side),
]
