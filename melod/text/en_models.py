"""English model numbers after a brand: `Samsung QN65Q80C`, `Sony WH-1000XM5`, `RTX4090`.

`common.prepare` splits every code of six or more letters and digits into characters
(`Q N 6 5, Q 8 0, C`), right for tracking numbers, plates and booking references. After a
brand or the word `model`, Americans read the digit groups of a model number as numbers:
'Q N sixty-five Q eighty C', 'W H one thousand X M five'.
"""

from __future__ import annotations

import re

from melod.text import en_address, latin
from melod.text.en_tables import DIGIT_NAMES
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
    if not (m[1] or code[0].isalpha()) or all(len(r) == 1 for r in runs):
        return False
    # `(model LT1000P)`, `Ref: ABC123`: the word before, without its punctuation.
    before = re.search(r"([\w/-]+)[^\w\s]* $", m.string[: m.start()])
    word = before[1] if before else ""
    if word.lower() in _CODE_WORDS:
        return False
    return word.lower() == "model" or bool(re.fullmatch(r"[A-Z][\w-]*", word))


def _model(m: re.Match[str]) -> str:
    code = re.sub(r"[ ,]", "", m[2])
    if not _is_model(m, code):
        return m[0]
    words = [_group(run) for run in re.findall(r"[A-Z]+|\d+", code)]
    return " ".join(([latin.spell(m[1])] if m[1] else []) + words)


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


def _airports(m: re.Match[str]) -> str:
    if not _TRIP_CTX.search(m.string):
        return m[0]
    return f"{m[1]} to {m[2]}"


RULES: list[Rule] = [
    # `Samsung 990 Pro`, `Galaxy 500 Plus`: a three-digit model name reads in pairs.
    rule(
        rf"\b([A-Z][a-z]+ )([1-9]\d{{2}})(?= (?:{_LINES})\b)",
        lambda m: m[1] + pairs(int(m[2])),
    ),
    # `ATL-MCO` in a flight message: from one airport to the other.
    rule(r"\b([A-Z]{3}) ?[-–] ?([A-Z]{3})\b(?!-)", _airports),
]
