"""English money: `$12.50` with its cents, `a $5 credit` with a singular unit."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.en_tables import CODES, CURRENCY, CURRENCY_NAMES, DIGIT_NAMES, SCALES
from melod.text.en_words import card, singular
from melod.text.latin import Num, Rule

#: Nouns an amount describes (`a $5 credit`, `your $195 price target`): 'five dollar credit'.
_DESCRIBED = latin.wordset(
    "credit fee charge tip deposit fine target price gift discount coupon voucher bonus reward "
    "rebate surcharge minimum limit late monthly annual bill purchase order donation budget "
    "raise increase drop payment cap copay co-pay ticket card bill buy-in fare item coin note "
    "entry admission subscription membership"
)


#: Words that end the amount's phrase (`$5 for the fee`).
_FUNCTION = latin.wordset(
    "to of in on at for from by and or the a an each per is was are left due total off back"
)


def _num(num: Num) -> str:
    text = card(num.value)
    if num.frac:
        text += " point " + latin.spell_digits(num.frac, DIGIT_NAMES)
    return "minus " + text if num.neg else text


def exchange(m: re.Match[str]) -> str:
    """`1 USD = 0.92 EUR`: 'one dollar equals zero point nine two euros'."""

    def say(amount: str, code: str) -> str:
        num, name = latin.parse(amount, ".", ","), CURRENCY_NAMES[code]
        plural = singular(num) or name.endswith(("yen", "won", "yuan"))
        return f"{_num(num)} {name}{'' if plural else 's'}"

    return f"{say(m[1], m[2])} equals {say(m[3], m[4])}"


def describes(m: re.Match[str]) -> bool:
    """True when the amount describes the noun after it (`$5 credit`, `$75 parking ticket`)."""
    if re.match(r"[.,]\d", m.string[m.end() :]):
        return False
    # `$5 credit`, `$75 parking ticket`, `a $50 Amazon gift card`: brand names may come
    # before the noun and one more word, not a function word.
    words = re.match(r" ((?:[A-Z][\w-]* ){0,2})([a-z-]+)(?: ([a-z-]+))?", m.string[m.end() :])
    if not words or any(w.lower() in _FUNCTION for w in words[1].split()):
        return False
    return words[2] in _DESCRIBED or (words[2] not in _FUNCTION and words[3] in _DESCRIBED)


def money(num: Num, sym: str, scale: str = "", attributive: bool = False) -> str:
    """An amount in words; a whole amount before a noun it describes keeps the unit singular."""
    one, many, cent, cents = CURRENCY[CODES.get(sym, sym)]
    whole = not num.frac or not num.frac.strip("0")
    if attributive and whole and not num.neg:
        many = one
    if scale:
        return f"{_num(num)} {SCALES.get(scale, scale)} {many}"
    if not cent or len(num.frac) > 2:
        return f"{_num(num)} {one if singular(num) else many}"
    sub = int(num.frac.ljust(2, "0")) if num.frac else 0
    # `a £2.50 voucher`, `€3.20 fare`: before the noun it describes, 'two pound fifty'.
    if attributive and sub and num.value and not num.neg and one in ("pound", "euro"):
        return f"{card(num.value)} {one} {card(sub)}"
    parts = []
    if num.value or not sub:
        parts.append(f"{card(num.value)} {one if num.value == 1 else many}")
    if sub:
        parts.append(f"{card(sub)} {cent if sub == 1 else cents}")
    return ("minus " if num.neg else "") + " and ".join(parts)


#: Currencies without a sign of their own here, by code (`CAD 45.00`, `120 CHF`).
_OTHER = "CAD|AUD|NZD|HKD|SGD|CHF|MXN|CNY|INR|ZAR"


def _other(m: re.Match[str]) -> str:
    code, amount = (m[1], m[2]) if m[1] else (m[4], m[3])
    num = latin.parse(amount, ".", ",")
    # `INR 3.4`, `INR 2.5`: a blood test's clotting ratio; no price is a few rupees.
    if code == "INR" and num.value < 10:
        return m[0]
    name = CURRENCY_NAMES[code]
    plural = "" if singular(num) or name.endswith(("yuan", "rand")) else "s"
    text = f"{card(num.value)} {name}{plural}"
    cents = int(num.frac.ljust(2, "0")) if num.frac and len(num.frac) <= 2 else 0
    if cents and name.endswith("dollar"):
        text += f" and {card(cents)} {'cent' if cents == 1 else 'cents'}"
    elif num.frac.strip("0"):
        text = f"{_num(num)} {name}s"
    return latin.at_start(m, text)


_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
OTHER: Rule = (
    re.compile(rf"\b(?:({_OTHER}) ?({_AMOUNT})|({_AMOUNT}) ?({_OTHER}))\b(?![.,]\d)"),
    _other,
)


# `£2,200-2,800`, `$1,500-$2,000`, `$10k-15k`, `$2.89-3.09`: a range of amounts, the sign
# written once or twice; the unit is said at the end, cents in full on both sides.
_SCALE = r"(?: ?(bn|[kKMB])\b)?"
RANGE: Rule = (
    re.compile(rf"([$€£¥₩]) ?({_AMOUNT}){_SCALE} ?[-–] ?\1? ?({_AMOUNT}){_SCALE}(?![\w]|[.,]\d)"),
    lambda m: _range(m, latin.parse(m[2], ".", ","), latin.parse(m[4], ".", ",")),
)


# `$3,400/$5,000`: so much of a total, both amounts with their sign (not 'per').
OF_TOTAL: Rule = (
    re.compile(rf"([$€£¥₩])({_AMOUNT}) ?/ ?\1({_AMOUNT})(?![\w]|[.,]\d)"),
    lambda m: (
        f"{money(latin.parse(m[2], '.', ','), m[1])} of {money(latin.parse(m[3], '.', ','), m[1])}"
    ),
)


def _range(m: re.Match[str], low: Num, high: Num) -> str:
    if low.frac:
        said = money(low, m[1], m[3] or "")
    else:
        # `$10k-15k` 'ten to fifteen thousand dollars': one scale word for both.
        said = _num(low) + (f" {SCALES[m[3]]}" if m[3] and m[3] != m[5] else "")
    return f"{said} to {money(high, m[1], m[5] or '')}"


# South African rand: `R2,184.36`, `R 1 250,50`, `R500.00`; a bare `R50` only after a word
# about paying (`order total R50`), since `R132` is also an Irish regional road.
_RAND_AMOUNT = r"\d{1,3}(?:[ ,]\d{3})+(?:[.,]\d{2})?|\d+[.,]\d{2}"
_PAYING = (
    r"total|order|paid|pay|costs?|price|bill|account|balance|owe|spent|fee|only|just|for|"
    r"save|saved|top-up|airtime|data|token|refund|deposit"
)


def _rand(m: re.Match[str]) -> str:
    amount = (m[1] or m[3]).replace(" ", "")
    # `1 250,50`: a comma before two final digits, no full stop, is the decimal comma.
    if re.search(r",\d\d$", amount) and "." not in amount:
        amount = amount.replace(",", ".")
    return (m[2] or "") + money(latin.parse(amount.replace(",", ""), ".", ","), "R")


RAND: Rule = (
    re.compile(
        rf"(?<![\w.,])R ?({_RAND_AMOUNT})(?![\w]|[.,]\d)"
        rf"|(\b(?i:{_PAYING}):? )R ?(\d+)\b(?![.,]\d| \d)"
    ),
    _rand,
)


# Indian rupees: `₹450`, `Rs. 1,20,000` (grouped in lakhs), `Rs 99.50`.
RUPEE: Rule = (
    re.compile(r"(?:₹|\bRs\.? ?)(\d{1,3}(?:,\d{2,3})*(?:\.\d{1,2})?)(?![\w]|[.,]\d)"),
    lambda m: money(latin.parse(m[1].replace(",", ""), ".", ","), "₹"),
)


# `4c cheaper`, `up 5c`: cents, where the message is about prices (`4c outside` is Celsius).
_CENT_CTX = re.compile(
    r"[€$]|(?i:\b(?:euros?|cents?|dollars?|price[sd]?|cheaper|dearer|fuel|petrol|diesel|"
    r"gas|unleaded|tariffs?|rates?|feed-in|export\w*|import\w*|sold|bought|stamps?|"
    r"per (?:litre|liter|gallon|kwh|unit))\b"
    r"|/ ?(?:kwh|l|litre|liter|gal|gallon|unit|lb|kg|oz|each|ea|dozen|doz|bunch)\b"
    # Shop and market words: `bananas 69c/lb`, `eggs on sale`.
    r"|\b(?:sale|deal|special|grocer\w*|market|shop|store)\b)"
)


# The words around a price change or a unit price: `up 5c`, `4c cheaper`, `9c a litre`.
# A label's letter (`Apt 4c`, `Seat 14c`) or a temperature (`fridge 4c`) has none of them.
_PRICE_BEFORE = re.compile(
    r"(?i)\b(?:up|down|by|save|saving|saves|only|just|costs?|now|from|plus|extra|another|"
    r"rates?|tariffs?|prices?|charges?|(?:exported|imported|sold|bought)(?: \w+ the grid)? at|"
    r"further|rose|fell|rise|drop|jumped|increased?|decreased?|of)\W{0,2}$"
)
_PRICE_AFTER = re.compile(
    r"(?i) ?(?:/|(?:cheaper|dearer|more|less|off|per|a|an|each|extra|higher|lower|"
    r"up|down|increase|rise|drop)\b)"
)


def _cents(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 20) : m.start()]
    priced = _PRICE_BEFORE.search(before) or _PRICE_AFTER.match(m.string[m.end() :])
    if not _CENT_CTX.search(m.string) or not priced:
        return m[0]
    # Irish and European English say 'four cent'; with dollars, 'four cents'.
    euro = re.search(r"€|(?i:\beuros?\b)", m.string)
    # `4.9c/kWh`: a unit price in tenths of a cent, 'four point nine cents'.
    said = _num(latin.parse(m[1], ".", ","))
    return f"{said} {'cent' if euro or m[1] == '1' else 'cents'}"


CENTS: Rule = (
    re.compile(r"(?<![\w.,€$£-])(\d{1,2}(?:\.\d{1,2})?) ?c\b(?![\w°'-]|\.\w)"),
    _cents,
)
