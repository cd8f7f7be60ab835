"""French counts people type: `3x ampoules`, `2x par jour`, `x2`, `120x60 cm`, `8 pers.`,
`32 A` by a charger."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.fr_gender import is_feminine
from melod.text.fr_numbers import card
from melod.text.fr_tables import UNITS
from melod.text.latin import Rule
from melod.text.latin import rule as _c

_ELECTRIC = re.compile(
    r"(?i)\b(?:k?w|kva|v|volts?|watts?|borne|wallbox|recharge|charge|disjoncteur|fusible|"
    r"prise|intensité|courant|ampérage|phase|monophasé|triphasé)\b"
)


def _amperes(m: re.Match[str]) -> str:
    """`32 A` next to kW, a charger or a breaker is amperes; elsewhere A is a letter."""
    if not _ELECTRIC.search(m.string):
        return m[0]
    return f"{m[1]} {'ampère' if int(m[1].split(',')[0]) < 2 else 'ampères'}"


_SIZE = re.compile(r"(\d+(?:[,.]\d+)?)(?: ?[x×] ?\d+(?:[,.]\d+)?)*( ?(?:mm|cm|m|px)\b)?")


def _times(m: re.Match[str]) -> str:
    """`120x60 cm`, `1920x1080` are sizes ("par"); `6 x 1,5 L`, `3 x 2` are counts ("fois")."""
    size = _SIZE.match(m.string, m.end())
    left = float(m[1].replace(",", "."))
    right = float(size[1].replace(",", ".")) if size else 0.0
    if size and (size[2] or (left >= 10 and right >= 10)):
        return m[1] + " par "
    return f"{m[1]} fois "


_SHORT_NOUNS = {"ct": ("centime", "centimes"), "cts": ("centime", "centimes"),
                "pers": ("personne", "personnes"), "cp": ("comprimé", "comprimés"),
                "cpr": ("comprimé", "comprimés"), "gél": ("gélule", "gélules"),
                "ex": ("exemplaire", "exemplaires")}  # fmt: skip


def _short_noun(m: re.Match[str]) -> str:
    one, many = _SHORT_NOUNS[m[2]]
    return latin.keep_dot(m, f"{m[1]} {one if int(m[1]) < 2 else many}")


# Words ending in s or x that count nothing: `2x plus vite`, `3x mieux`.
_NOT_NOUN_SX = r"(?:plus|mieux|très|pas|puis|dans|sous|vers|après|depuis|toujours|tous|par)\b"


def _millions(m: re.Match[str]) -> str:
    """`1 M de vues`, `2,5 M d'habitants`: millions, singular under two."""
    return f"{m[1]} {'millions' if int(m[1].split(',')[0]) >= 2 else 'million'} "


def _and_half(m: re.Match[str]) -> str:
    """`5 ans ½`: a count and a half of its noun, "cinq ans et demi", "deux heures et demie"."""
    noun = m[2]
    if noun in UNITS:  # `2 h ½`, `1 kg 1/2`: the unit's name
        noun = UNITS[noun][0 if int(m[1]) < 2 else 1]
    fem = is_feminine(noun.split(" ")[0])
    return f"{card(int(m[1]), fem)} {noun} et {'demie' if fem else 'demi'}"


_ROUNDS = {"2": "demi-", "4": "quart de ", "8": "huitième de ", "16": "seizième de ",
           "32": "trente-deuxième de "}  # fmt: skip


def _cup_round(m: re.Match[str]) -> str:
    word = _ROUNDS[m[1]]
    if latin.prev_word(m) in ("les", "des", "aux", "ces") and m[1] != "2":
        word = word.replace(" de ", "s de ")  # les huitièmes de finale
    return latin.at_start(m, word)


RULES: list[Rule] = [
    _c(r"(?<![\w.,])(\d+(?:,\d+)?) ?M (?=d['e] ?[^\W\d_])", _millions),
    _c(r"(?<![\w.,/])(\d+) ?([^\W\d_]{2,}|h) 1/2(?![\w/])", _and_half),
    # `3x ampoules`, `2 x AA`: a count of things; the number keeps its gender later.
    _c(
        rf"(?<![\w.,])(\d{{1,2}}) ?x (?=[A-Z]{{1,4}}\b|(?!{_NOT_NOUN_SX})[^\W\d_]+[sx]\b)",
        lambda m: m[1] + " ",
    ),
    # `4x4`, `2x2 voies`: a vehicle and a road; `120x60 cm` is a size, "cent vingt par soixante".
    _c(r"(?<![\w.,])4 ?[x×] ?4(?![\w.,])", lambda m: "quatre-quatre"),
    _c(
        r"(?<![\w.,])(\d) ?[x×] ?(\d)(?= voies\b)",
        lambda m: f"{card(int(m[1]), True)} fois {card(int(m[2]))}",
    ),
    _c(r"(?<![\w.,])(\d+(?:[,.]\d+)?) ?[x×] ?(?=\d)", _times),
    # `1m75`, `2m50`: a height in metres and centimetres.
    _c(
        r"(?<![\w.,])(\d) ?m ?([0-9]\d)\b(?![.,]\d|[²³]| ?(?:[kcm]?m|k?g|min|s|h|°|%|[²³])(?!\w))",
        lambda m: f"{card(int(m[1]))} {'mètre' if m[1] in '01' else 'mètres'} {card(int(m[2]))}",
    ),
    # `3x/jour`, `2x par semaine`, `répéter 3x.`: a number of times.
    _c(
        r"(?<![\w.,])(\d{1,2}) ?[x×](?= ?/ ?[^\W\d_]| par\b|\s*(?:[.,;:!?)]|$))",
        lambda m: card(int(m[1]), True) + " fois",
    ),
    # `a sonné 2x cette nuit`, `2x plus rapide`: x glued to a number before a word that is
    # no plural noun (3x ampoules is read above) is a number of times.
    _c(r"(?<![\w.,])(\d{1,2})[x×](?= [a-zà-ÿ])", lambda m: card(int(m[1]), True) + " fois"),
    # `vitesse x2`: a multiplier written before its number.
    _c(r"(?<![\w.,])[x×](\d{1,2})\b(?![.,]\d)", lambda m: "fois " + card(int(m[1]))),
    _c(r"(?<![\w.,])(\d+(?:,\d+)?) ?A\b(?![\w'-])", _amperes),
    # `50 cts`, `8 pers.`, `2 cp`: a count with its noun cut short.
    _c(r"(?<![\w.,])(\d+) ?(cts?|pers|cp|cpr|gél|ex)\b(\.?)", _short_noun),
    # `3 manches à 1`: the loser's one agrees with the counted noun, "trois manches à une".
    _c(
        r"(?<![\w.,])(\d+ ([^\W\d_]{3,})s à )1(?![\w:/']|[,.]\d)"
        r"(?!\s?(?:[%°€$]|[^\W\d_]{1,3}\b|heure|jour|minute|semaine|mois))",
        lambda m: m[1] + ("une" if is_feminine(m[2]) else "un"),
    ),
    # `1/4 de finale`, `1/2 finale`, `1/8e de finale`: a round of a cup, not a fraction.
    _c(r"(?<![\w.,/])1/(2|4|8|16|32)(?:e|ème)?(?:[ -]de)?[ -](?=finales?\b)", _cup_round),
]
