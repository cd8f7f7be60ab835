"""English model numbers after a brand: `Samsung QN65Q80C`, `Sony WH-1000XM5`, `RTX4090`.

`common.prepare` splits every code of six or more letters and digits into characters
(`Q N 6 5, Q 8 0, C`), right for tracking numbers, plates and booking references. After a
brand or the word `model`, Americans read the digit groups of a model number as numbers:
'Q N sixty-five Q eighty C', 'W H one thousand X M five'.
"""

from __future__ import annotations

import re

from melod.text import en_address, latin
from melod.text.en_tables import CURRENCY_NAMES, DIGIT_NAMES, UNITS
from melod.text.en_words import card, pairs
from melod.text.latin import Rule, rule

# A code as `common.prepare` leaves it, with the letters a hyphen joined to it (`WH-`).
_SPELLED = re.compile(
    r"(?<![\w.])(?:([A-Z]{1,4})-)?([A-Z0-9](?:(?: |(?<=\d), (?=[A-Z]))[A-Z0-9]){5,})(?![\w.])"
)
# Words that introduce a code read character by character, whatever its shape.
_CODE_WORDS = latin.wordset(
    "code ref reference confirmation booking pnr tracking order serial sn s/n ticket plate "
    "reg registration voucher promo coupon pin password otp id invoice account acct case "
    "claim policy member receipt transaction record vin imei mac ssid key license"
)
_MAX_LEN = 10
_MAX_GROUP = 4
# A graphics card's or a chip's suffix glued to its number: `5600X`, `4070S`, `7900XTX`.
_CHIP_SUFFIX = "X3D|XTX|XT|X|S|Ti|HX|HS|U|KF"


def _group(run: str) -> str:
    """One run of a model number: letters spelled, digits as a number (`1000`, `4090`)."""
    if run.isalpha():
        return latin.spell(run)
    if run[0] == "0" and len(run) > 1:
        return latin.spell_digits(run, DIGIT_NAMES)
    value = int(run)
    return card(value) if len(run) < 3 or value % 1000 == 0 else pairs(value)


def _is_model(m: re.Match[str], code: str) -> bool:
    runs = re.findall(r"\d+", code)
    if len(code) > _MAX_LEN or any(len(r) > _MAX_GROUP for r in runs):
        return False
    chip = re.fullmatch(rf"[1-9]\d{{3}}(?:{_CHIP_SUFFIX})", code)  # `7900XT`, `4070XT`
    if not (m[1] or code[0].isalpha() or chip) or all(len(r) == 1 for r in runs):
        return False
    # `(model LT1000P)`, `Ref: ABC123`: the word before, without its punctuation.
    before = re.search(r"([\w/-]+)[^\w\s]* $", m.string[: m.start()])
    word = before[1] if before else ""
    if word.lower() in _CODE_WORDS:
        return False
    return word.lower() == "model" or bool(chip or re.fullmatch(r"[A-Z][\w-]*", word))


def _model(m: re.Match[str]) -> str:
    code = re.sub(r"[ ,]", "", m[2])
    if _is_model(m, code):
        words = [_group(run) for run in re.findall(r"[A-Z]+|\d+", code)]
        return " ".join(([latin.spell(m[1])] if m[1] else []) + words)
    # `Ryzen 7 7800X3D`, `Core i9 9900K`: a series digit before the model joined its run.
    if re.match(r"[1-9] [1-9] ", m[2]) and not m[1] and _is_model(m, code[1:]):
        return f"{m[2][0]} " + " ".join(_group(r) for r in re.findall(r"[A-Z]+|\d+", code[1:]))
    return m[0]


# `SAVE10`, `WELCOME20` as `common.prepare` left them: a promo code, a word and a number.
_PROMO = re.compile(
    r"(?i:\b(?:code|promo|coupon|voucher|use|enter|apply)\W* )"
    r"((?:[A-Z] ){3,}[A-Z]) (\d)(?: (\d))?(?![\w.]| \d|, \w)"
)
_VOWELS = re.compile("[AEIOUY]")


def _promo(m: re.Match[str]) -> str:
    word = m[1].replace(" ", "")
    # `ABCD12`, `QWER10`: letters no English word has are a code read letter by letter.
    if not _VOWELS.search(word) or en_address.initials(word.lower()):
        return m[0]
    return f"{m[0][: m.start(1) - m.start()]}{word.lower()} {m[2]}{m[3] or ''}"


def rejoin(text: str) -> str:
    """Read the model numbers and promo codes among the codes `common.prepare` split."""
    return _SPELLED.sub(_model, _PROMO.sub(_promo, text))


_LINES = "Pro|Max|Plus|Ultra|Evo|EVO|Mini|Air|Lite|Neo|XL|GT|SE|Series|Edition|Elite|Sport"
_TRIP_CTX = re.compile(
    r"(?i)\b(?:flights?|dep|departs?|arr|arrives?|gate|boarding|terminal|nonstop|itinerary)\b"
    r"|\b(?:AA|UA|DL|WN|B6|AS|BA|LH|AF|KL|AC|NK|F9) ?\d{1,4}\b"
)


# Airlines whose name before a number is a flight; the names that are also words (`United`,
# `Delta`, `Spirit`) only where the message is about a trip.
_AIRLINES = (
    "Southwest|JetBlue|Allegiant|Hawaiian|Qantas|Jetstar|Ryanair|easyJet|Aer Lingus|"
    "British Airways|Air Canada|WestJet|Lufthansa|Emirates|Air New Zealand"
)
_WORD_AIRLINES = "Delta|United|American|Alaska|Spirit|Frontier|Virgin"


def _airline(m: re.Match[str]) -> str:
    if not re.match(_AIRLINES, m[1]) and not _TRIP_CTX.search(m.string):
        return m[0]
    return f"{m[1]} {pairs(int(m[2]))}"


def _airports(m: re.Match[str]) -> str:
    if not _TRIP_CTX.search(m.string):
        return m[0]
    return f"{m[1]} to {m[2]}"


# `Eurostar Paris-London`, `Boston-Portland bus`, `Trenton-NY`: a dash between two towns on
# a journey; elsewhere a name hyphened to initials is said beside them (`Mercedes-AMG`).
_ROUTE_CTX = re.compile(
    r"(?i)\b(?:flights?|trains?|Eurostar|Amtrak|rail|\w*bus(?:es)?|coach|ferry|route|fares?|nonstop|"
    r"one-way|round-trip)\b"
)


_TITLES = latin.wordset("mr mrs ms miss dr mister missus doctor")
# `trains skip UIC-Halsted`, `at Howard-Evanston station`: one stop with a double name.
_AT_ONE_PLACE = latin.wordset("skip skips skipping at from via near past bypass bypassing")
_STOP_AFTER = re.compile(r" (?:station|stop|stn|platform)\b", re.IGNORECASE)


def _towns(m: re.Match[str]) -> str:
    if latin.prev_word(m) in _TITLES:
        return m[0]
    if latin.prev_word(m) in _AT_ONE_PLACE or _STOP_AFTER.match(m.string, m.end()):
        return f"{m[1]} {m[2]}"
    if _ROUTE_CTX.search(m.string):
        return f"{m[1]} to {m[2]}"
    return f"{m[1]} {m[2]}" if m[1].isupper() != m[2].isupper() else m[0]


# Capitals before a number that name no product: a standard, a code, an amount's currency.
# Capitals before a number that name no product: a standard, an identity or tax number, a
# ticket's or an order's prefix (`RMA-7781`, `INV-2291` are read digit by digit).
_NOT_PRODUCTS = latin.wordset(
    "iso ssn zip ein pin otp po ext apt ste gst vat ird tfn abn rma inv tkt ord req inc chg "
    "wo sr ref"
)


def _product(m: re.Match[str]) -> str:
    """`RTX 4070` 'R T X forty seventy', `Ryzen 5 5600X` 'fifty-six hundred X': a product's
    four-digit number reads in pairs, a round thousand as a number."""
    name, run, suffix = m[1], m[2], m[3]
    if not (name or suffix) or (name or "").lower() in _NOT_PRODUCTS | _CODE_WORDS:
        return m[0]
    # `Ticket ABC 1234`, `order XY 5521`: after a code's word, a code read digit by digit.
    if latin.prev_word(m).lower() in _CODE_WORDS:
        return m[0]
    if name in CURRENCY_NAMES or re.match(
        rf" ?(?:{latin.alternation(UNITS)})\b", m.string[m.end() :]
    ):
        return m[0]
    value = int(run)
    said = card(value) if value % 1000 == 0 else pairs(value)
    return " ".join(
        p for p in ((name and latin.spell(name)), said, suffix and latin.spell(suffix)) if p
    )


RULES: list[Rule] = [
    # (`RPM 1500-2000`: a range after a measure's initials is no product.)
    rule(
        rf"\b(?:([A-Z]{{2,4}}) )?([1-9]\d{{3}})({_CHIP_SUFFIX})?\b(?![.,:]\d| ?[-–] ?\d)", _product
    ),
    # `Samsung 990 Pro`, `Galaxy 500 Plus`: a three-digit model name reads in pairs.
    rule(
        rf"\b([A-Z][a-z]+ )([1-9]\d{{2}})(?= (?:{_LINES})\b)",
        lambda m: m[1] + pairs(int(m[2])),
    ),
    # `Southwest 2317 delayed`: a flight number reads in pairs, like `Flight 2317`.
    rule(rf"\b({_AIRLINES}|{_WORD_AIRLINES}) ([1-9]\d{{2,3}})\b(?![.,:/]\d)", _airline),
    # `ATL-MCO` in a flight message: from one airport to the other.
    rule(r"\b([A-Z]{3}) ?[-–] ?([A-Z]{3})\b(?!-)", _airports),
    # (`Smith-Jones family`, `Mrs. Smith-Jones`: a double-barrelled name.)
    rule(
        r"(?<![\w-])([A-Z][a-z]{2,}|[A-Z]{2,5})[-–]([A-Z][a-z]{2,}|[A-Z]{2,5})"
        r"\b(?![-']| (?:family|household|kids|twins|wedding|residence)\b)",
        _towns,
    ),
]
