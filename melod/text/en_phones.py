"""English phone numbers: dictated digit by digit, in groups, with their extensions."""

from __future__ import annotations

import re

from melod.text import en_locale, latin
from melod.text.en_tables import DIGIT_NAMES
from melod.text.en_words import card
from melod.text.latin import Rule, rule

# An international number needs this many digits; fewer is a price move (`+2.15 (1.2%)`).
_MIN_PHONE_DIGITS = 8


def spell(digits: str) -> str:
    return latin.spell_digits(digits, DIGIT_NAMES)


def _dial(digits: str) -> str:
    """A phone number's digits; in Britain, Ireland, Australia and New Zealand its zeros are
    'oh' (oh one three one, oh four one two)."""
    said = spell(digits)
    return said.replace("zero", "oh") if en_locale.british() else said


def phone(m: re.Match[str]) -> str:
    groups = re.findall(r"\d+", m.group(0))
    if m.group(0).startswith("+") and len("".join(groups)) < _MIN_PHONE_DIGITS:
        return m.group(0)
    # Freephone and service prefixes are said in hundreds: 0800 'zero eight hundred'.
    words = [
        "eight hundred"
        if g == "800"
        else f"{_dial('0')} {card(int(g))}"
        if re.fullmatch(r"0[1-9]00", g)
        else _dial(g)
        for g in groups
    ]
    if m.group(0).startswith("+"):
        # `+44`, `+353`: a country code is dictated digit by digit, like the rest.
        words[0] = "plus " + spell(groups[0])
    elif groups[0] == "1" and len(groups) == 4:
        # `1-888-555-0199`: the long-distance 1 is said with the area code, no pause.
        words[:2] = [f"{words[0]} {words[1]}"]
    return ", ".join(words)


def _emergency(m: re.Match[str]) -> str:
    # Australians say "triple zero"; 911, 999 and 112 are read digit by digit.
    return "triple zero" if m[0] == "000" else spell(m[0])


# A seven-digit local number (`555-0123`) only where it is plainly a phone number.
LOCAL_CTX = (
    r"(?i:\b(?:call|phone|tel|dial|text|fax|contact|reach|number|cell|mobile|desk|office|"
    r"line|reception)\b)"
)
# What follows a local number: a break, an extension, or a word that starts a new phrase.
_AFTER_LOCAL = re.compile(
    r" ?(?:$|[,.;:!?)]|(?:x|ext|extension|or|and|to|for|if|with|before|after|by|at|from|on|"
    r"in|anytime|today|now|tonight|tomorrow|until|between|during|then|when|called|texted)\b)"
)


# A shop, a practice or a service whose number a message lists: `Pharmacy: 555-1200`.
_PLACE = re.compile(
    r"(?i:\b(?:pharmacy|clinic|surgery|dentist|vet|hospital|school|library|salon|bank|"
    r"hotel|garage|restaurant|pizza|pizzeria|daycare|nursery|plumber|electrician|landlord|"
    r"concierge|security|pediatrician|practice|store|shop|cafe|takeaway|taxi|cab))['’]?s?:? ?$"
)


def _listed(before: str, exchange: str) -> bool:
    """`Pharmacy: 555-1200`, `Joe's Pizza 555-1200`, `Walgreens: 482-1100`: a number listed
    after a place, or after a name and a colon with an exchange no range starts from (a
    range starts round: `Visitors: 300-1250`)."""
    return bool(_PLACE.search(before)) or (
        bool(re.search(r"[A-Za-z]: $", before)) and int(exchange) % 10 != 0
    )


def local(m: re.Match[str]) -> str:
    """`nurse at 555-0164 ext. 22`, `Pharmacy: 555-1234`: a seven-digit local number.

    A range never ends on a leading zero (`555-0164`); any other pair is a phone number when
    a call word leads the sentence to it, or when it ends the phrase and its second half is
    no round figure (`500-1000`, `300-1250 visitors` stay ranges).
    """
    sentence = re.split(r"[.!?] ", m.string[: m.start()])[-1]
    ends = _AFTER_LOCAL.match(m.string, m.end())
    round_end = int(m[2]) % 50 == 0 and not _listed(sentence, m[1])
    if m[2][0] == "0" or (ends and (re.search(LOCAL_CTX, sentence) or not round_end)):
        return ", ".join(_dial(g) for g in re.findall(r"\d+", m[0]))
    return m[0]


def ext(digits: str) -> str:
    """An extension's number: `ext. 22` "twenty-two"; longer ones digit by digit."""
    digits = digits.replace("-", "")
    return card(int(digits)) if len(digits) == 2 and digits[0] != "0" else spell(digits)


def extension(m: re.Match[str]) -> str:
    """`or x204 at work`: after a phone number, an extension; elsewhere left alone."""
    before = m.string[: m.start()]
    # `Front desk x2245`: after a desk, an office or a line, an extension too.
    if not re.search(rf"\d{{4}}\b|(?i:\b(?:ext|extension)\b)|{LOCAL_CTX}", before):
        return m[0]
    return f"extension {ext(m[1])}"


#: `999 if it's an emergency`, `911 in an emergency`, `111 for advice`: the emergency and
#: health lines named by what they are for, with no call word before them.
_FOR_EMERGENCY = (
    r"\b(?:911|999|000|112|111|101)(?= (?:if (?:it['’]?s|it is|there['’]?s|there is|anyone|"
    r"someone|in danger|life)|in an? emergency|in case|for (?:an )?emergenc|for non-emergenc|"
    r"for (?:medical |urgent )?advice|immediately|right away)\b)"
)
#: `Non-emergency line: 311`, `the 211 helpline`, `311 app`: a service line numbered N11.
# (A bare `line 211` may be a bus's.)
_LINE_WORDS = ("line:", "number", "number:", "hotline", "hotline:", "helpline", "helpline:")
_SERVICE_LINE = (
    "(?:" + "|".join(rf"(?<=\b{w} )" for w in _LINE_WORDS) + ")"
    r"[2-8]11\b(?![\d.,]\d)|\b[2-8]11(?= (?:app|line|hotline|helpline|service|call)s?\b)"
)
#: After the date rules, so `call 911` is not touched before.
EMERGENCY: Rule = rule(
    rf"(?i)(?:(?<=\b(?:call|dial|ring) )|(?<=\bphone ))\d{{3}}\b|{_FOR_EMERGENCY}|{_SERVICE_LINE}",
    _emergency,
)


_CARD_BEFORE = re.compile(
    r"(?i)\b(?:card|acct|account|ending(?: in)?|visa|mastercard|amex|debit|credit)\W{0,3}$"
)


def _star(m: re.Match[str]) -> str:
    if _CARD_BEFORE.search(m.string[: m.start()]):
        return spell(m[1])  # `card *4321`: the card's last digits, the star only masks
    return f"star {spell(m[1])}" + (" pound" if m[2] else "")


#: `dial *611`, `*67 to hide your number`, `*72#`: a carrier's star code, keyed as typed.
STAR_CODE: Rule = rule(r"(?<![\w*])\*(\d{2,4})(#?)(?![\d.,]\d|\w)", _star)
