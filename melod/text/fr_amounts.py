"""French amounts: number patterns, parsing with a decimal comma, money in euros and others."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.fr_numbers import DIGIT_NAMES
from melod.text.fr_numbers import card as _card
from melod.text.fr_tables import CURRENCY_NAMES
from melod.text.latin import Num

# Thousands by space or dot (never a leading zero), else a plain number with , or . decimals.
GROUPED = r"[1-9]\d{0,2}(?:[ .]\d{3})+(?!\d)(?:,\d+)?"
N = rf"(?<![\d.,])(?:{GROUPED}|\d+(?:[,.]\d+)?)(?![\d]|[.,]\d)"
# A minus may be spaced (`- 5 °C`), but not after a value: `80 % - 2 h` is a separator.
SN = rf"(?:(?<![\w)])(?:[-−]|(?<![\w)%°] )[-−] ))?{N}"
# Currency: singular, plural, cent singular, cent plural, feminine.
CURRENCY = {"€": ("euro", "euros", "centime", "centimes", False),
            "$": ("dollar", "dollars", "cent", "cents", False),
            "£": ("livre", "livres", "penny", "pence", True),
            "¥": ("yen", "yens", "", "", False), "₩": ("won", "wons", "", "", False),
            "CHF": ("franc", "francs", "centime", "centimes", False)}  # fmt: skip
MONEY_WORDS = {"euro": "€", "euros": "€", "dollar": "$", "dollars": "$"}
_CODES = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "KRW": "₩"}


def parse(text: str) -> Num:
    """Split a French number: spaces or dots group thousands, a comma (or a dot) decimals."""
    if re.fullmatch(r"[-−]? ?" + GROUPED, text):
        return latin.parse(text, ",", " .")
    return latin.parse(text.replace(".", ","), ",", "")


def _frac(digits: str) -> str:
    # French reads the decimals as a number, keeping the leading zeros.
    if len(digits) > 3:
        return latin.spell_digits(digits, DIGIT_NAMES)
    zeros = len(digits) - len(digits.lstrip("0"))
    rest = _card(int(digits)) if digits.strip("0") else ""
    return " ".join(["zéro"] * zeros + ([rest] if rest else []))


def price(text: str) -> str:
    """A bare `12,50` read as a price: "douze cinquante", `3,05` "trois zéro cinq"."""
    whole, cents = text.split(",")
    return f"{_card(int(whole))} {_frac(cents)}"


def number(num: Num, fem: bool = False) -> str:
    """`num` in words, "virgule" before its decimals, "moins" before a negative."""
    text = _card(num.value, fem and not num.frac)
    if num.frac:
        text += " virgule " + _frac(num.frac)
    return "moins " + text if num.neg else text


def plural(num: Num) -> bool:
    # French: singular below two, "un virgule cinq litre", "zéro degré".
    return num.value >= 2


def money(num: Num, sym: str) -> str:
    """An amount in the currency of `sym` (or its code): "douze euros cinquante"."""
    one, many, cent, cents, fem = CURRENCY[_CODES.get(sym, sym)]
    sub = int(num.frac.ljust(2, "0")) if num.frac and cent and len(num.frac) <= 2 else 0
    if num.frac and not sub and int(num.frac):
        return f"{number(num)} {many if plural(num) else one}"
    if num.value and num.value % 1_000_000 == 0:
        return (
            f"{_card(num.value)} d'{many}"
            if many[0] in "aeiouy"
            else f"{_card(num.value)} de {many}"
        )
    if not num.value and sub:  # `-0,03 €` "moins trois centimes"
        return ("moins " if num.neg else "") + f"{_card(sub)} {cent if sub == 1 else cents}"
    text = f"{_card(num.value, fem)} {many if num.value >= 2 else one}"
    text = ("moins " if num.neg else "") + text
    return f"{text} {_card(sub)}" if sub else text


def big_money(m: re.Match[str]) -> str:
    # 17 M€, 2,5 Mds$: millions and billions take "de"; 1,5 k€ is mille cinq cents euros.
    num, name = parse(m[1]), CURRENCY[m[3]][1]
    if m[2] == "k" and len(num.frac) <= 3:
        whole = str(num.value * 1000 + int(num.frac.ljust(3, "0") or 0))
        return money(Num(num.neg, whole, ""), m[3])
    scale = ("million" if m[2] == "M" else "milliard") + ("s" if plural(num) else "")
    return f"{number(num)} {scale} {'d' + chr(39) if name[0] in 'aeiouy' else 'de '}{name}"


def exchange(m: re.Match[str]) -> str:
    """`1 EUR = 1,08 USD`: both amounts with their currency names."""

    def say(amount: str, code: str) -> str:
        num, name = parse(amount), CURRENCY_NAMES[code]
        if plural(num):
            name = re.sub(r"(\w+)", r"\1s", name)
        return f"{number(num)} {name}"

    return f"{say(m[1], m[2])} égale {say(m[3], m[4])}"
