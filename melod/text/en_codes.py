"""English codes: references, IDs, labels and phone numbers (said by en_phones), dictated."""

from __future__ import annotations

import re

from melod.text import en_locale, latin
from melod.text.en_address import ONSETS
from melod.text.en_phones import LOCAL_CTX, ext, extension, local, phone, spell
from melod.text.en_tables import DIGIT_NAMES, UNITS
from melod.text.en_words import card, pairs
from melod.text.latin import Rule, rule

# Fewer digits in dashed groups is a phone number, a date or a range, read by other rules.
_MIN_ORDER_DIGITS = 11
# Spaced digit groups: a meeting ID or a tracking number has at least this many digits.
_MIN_SPACED_DIGITS = 9


def unsayable_caps(source: str) -> dict[str, str]:
    """`WSDOT`, `NHTSA`: capitals no English word could begin with, spelled however long."""
    spelled = {}
    for word in re.findall(r"\b[A-Z]{4,}\b", source):
        low = word.lower()
        if not set(low[:2]) & set("aeiouy") and low[:2] not in ONSETS | {"ps", "ts", "pn"}:
            spelled[word] = latin.spell(word)
    return spelled


def sms_keywords(source: str) -> dict[str, str]:
    """`Text STOP to 88022`: the keyword to send stays as written, in capitals."""
    return {word: word for word in re.findall(rf"{_SMS_VERB} ({_SMS_WORDS})\b", source)}


# SMS keywords and short codes: `Text STOP to 12345`, `Reply HELP`.
_SMS_VERB = r"(?i:\b(?:text|txt|reply|send)\b)"
_LABELS = (
    "Room|Zone|Suite|Gate|Platform|Train|Unit|Locker|Lot|Space|Stall|Bay|Dock|Pump|Apartment|"
    "Bus|Tram|Shuttle|Spot|Meter|Cabin|Berth|Slip|Pitch|Ward|Bed|Pager"
)
# After a label's number, a unit makes the number a reading (one letter may be a wing: `Room
# 1204 W`).
_UNIT_WORDS = latin.alternation(
    [*(k for k in UNITS if len(k) > 1), *(name for names in UNITS.values() for name in names)]
)
_SMS_WORDS = "STOP|HELP|YES|NO|START|INFO|CANCEL|END|QUIT|JOIN|CONFIRM|UNSTOP"

# Words after which spaced digits are an ID or a code, never a list of numbers.
_ID_CTX = re.compile(
    r"(?i)\b(?:id|meeting|zoom|code|pin|passcode|otp|tracking|account|acct|ref|reference|"
    r"order|no|number|phone|call|tel|text|dial|fax|card|serial)\W*$"
)


def _number_list(m: re.Match[str]) -> str:
    """`Scores 120 130 140`, `Lotto 4 12 19 33`: a list of numbers, a pause between each."""
    # All single digits are a code `common.prepare` spelled out (`A B C 1 2 3`).
    # `+61 412 558 903`: groups after a country code are a phone number, read by its rule.
    before, singles = m.string[: m.start()], all(len(n) == 1 for n in m[0].split())
    if _ID_CTX.search(before) or re.search(r"\+\d{1,3} $", before) or singles:
        return m[0]
    return ", ".join(m[0].split())


# Reference nouns that are no verb: four digits after them are a reference too (`Ticket 4471
# updated`); after `order` or `request`, four digits may be a count (`order 2000 sheets`).
_REF_NOUNS = latin.wordset("ticket case claim confirmation booking invoice incident ref reference")


def _reference(m: re.Match[str]) -> str:
    """`ref is 48213`, `ticket No. 5521`: a reference is dictated digit by digit."""
    if len(m[2]) == 4:
        named = re.search(r"(?i)\bnum(?:ber)? ", m[1]) or m[1].split()[0].lower() in _REF_NOUNS
        # `Claim 2024 receipts`: a count or a year before a plural noun.
        if not named or re.match(r" [a-z]{3,}s\b", m.string[m.end() :]):
            return m[0]
    return m[1] + spell(m[2])


# `CS 210`, `Econ 101`, `Spanish 102`: a college
# course number is said in pairs ('two ten', 'one oh one'), never counted.
_COURSES = (
    r"CS|CSE|CMSC|ECE|EE|ME|Econ|ECON|Math|MATH|Stat|Stats|STAT|Bio|BIO|Chem|CHEM|Phys|PHYS|"
    r"Psych|PSYCH|Hist|HIST|Engl|ENGL|Phil|Biology|Chemistry|Physics|Psychology|Economics|"
    r"Sociology|Philosophy|Calculus|Spanish|French|German|Chinese|Japanese|Italian|English|History"
)
_COURSE = rf"\b((?:{_COURSES}) ?)([1-9]\d{{2}})([A-Z]?)\b(?![.,]\d| ?%| [a-z]+s\b)"

_SPELLED_COURSES = frozenset(("CS", "CSE", "CMSC", "ECE", "EE", "ME"))


def _course(m: re.Match[str]) -> str:
    # `MATH 221` is the word math; `CS 210` is spelled.
    name = m[1].strip()
    name = name if name in _SPELLED_COURSES else name.title()
    return f"{name} {pairs(int(m[2]))}{' ' + m[3] if m[3] else ''}"


_SCHOOLWORK = re.compile(
    r"(?i)\b(?:page|pages|homework|hw|problems?|questions?|exercises?|worksheet|workbook|math|"
    r"do|odd|even)\b"
)


def _problems(m: re.Match[str]) -> str:
    """`page 45, #1-10`, `raffle tickets #1-50`: a run of numbers (one digit before the dash
    starts no order number); `Order #12-34` is left to be read digit by digit."""
    if int(m[1]) >= int(m[2]) or not (len(m[1]) == 1 or _SCHOOLWORK.search(m.string)):
        return m[0]
    return f"numbers {m[1]} to {m[2]}"


def _label(digits: str) -> str:
    return card(int(digits)) if int(digits) % 1000 == 0 else pairs(int(digits))


def _thirteen(m: re.Match[str]) -> str:
    """`13 11 26`: an Australian six-digit service number, said in pairs of tens."""
    if not en_locale.british():
        return m[0]
    # `13 22 00` 'thirteen twenty-two hundred', as the number is said on air.
    said = [card(int(g)) if g[0] != "0" else spell(g) for g in m.groups()]
    return " ".join([*said[:2], "hundred"]) if m[3] == "00" else " ".join(said)


def _business_line(m: re.Match[str]) -> str:
    """`1300 650 950` 'thirteen hundred, six five oh, nine five oh', `1800 ...` 'one eight
    hundred': Australian and Irish business and freephone lines."""
    if not en_locale.british():
        return m[0]
    digits = [spell(g) for g in m.groups()[1:]]
    if en_locale.current() in (en_locale.AU, en_locale.NZ):
        digits = [re.sub(r"\bzero\b", "oh", g) for g in digits]
    return ", ".join(["thirteen hundred" if m[1] == "13" else "one eight hundred", *digits])


RULES: list[Rule] = [
    # `NPK 15-15-15`: a fertiliser's three shares, each a number.
    rule(
        r"\b(N-?P-?K:? )(\d{1,2})-(\d{1,2})-(\d{1,2})\b(?!-)",
        lambda m: m[1] + " ".join(card(int(m[i])) for i in (2, 3, 4)),
    ),
    rule(_COURSE, _course),
    rule(r"(?<![\w+.,:/-])(13|18)00[ -]?(\d{3})[ -]?(\d{3})(?![\w/-]|[.,]\d| \d)", _business_line),
    # `13 11 26`, `13 22 33` (Australian numbers).
    rule(r"(?<![\w.,:+#$/-])(13) (\d\d) (\d\d)(?![\w/-]|[.,]\d| \d)", _thirteen),
    # `x4-5127`, `ext. 4-5127`: a hospital's or a campus's extension, its dash only a break
    # (so shaped, an extension wherever it stands).
    rule(r"(?<![\w.])x(\d{3,5})\b(?![.,]\d)", extension),
    rule(r"(?<![\w.])x(\d-\d{4})\b(?![.,-]\d)", lambda m: f"extension {ext(m[1])}"),
    # `ref is 48213`, `case no. 550187`: a reference is dictated digit by digit, not counted.
    rule(
        r"(?i)\b((?:ref|reference|ticket|case|claim|confirmation|booking|order|invoice|incident|"
        r"tracking|policy|receipt|transaction|request)(?: (?:number|num|no\.?))?(?: is|:)? )"
        r"(\d{4,7})\b(?![.,]\d| \d)",
        _reference,
    ),
    rule(
        r"(?<![\w.,:+#$€£/-])(?:(?:[1-9]\d{1,2}|\d) ){2,}(?:[1-9]\d{1,2}|\d)(?![\w/-]|[.,:]\w)",
        _number_list,
    ),
    # `555-0142 x305`: an extension after a phone number.
    rule(r"(?<=\d[-. ]\d{4}) ?x ?(\d{2,6})\b", lambda m: f" extension {ext(m[1])}"),
    rule(
        rf"({_SMS_VERB}[^.!?\d]{{0,20}}? (?i:to)) (\d{{4,6}})\b(?![.,]\d)",
        lambda m: f"{m[1]} {spell(m[2])}",
    ),
    rule(
        rf"({LOCAL_CTX}[^.!?\d]{{0,20}}?)(?<![\w+.-])([2-9]\d\d)[-. ](\d{{4}})(?![\w-]|[.,]\d)",
        lambda m: f"{m[1]}{spell(m[2])}, {spell(m[3])}",
    ),
    # Codes are read character by character: tracking numbers, serials, one-time codes.
    rule(
        r"(?<![\w.])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}(?!\w|\.\w)",
        lambda m: " ".join(DIGIT_NAMES[int(c)] if c.isdigit() else c for c in m[0]),
    ),
    rule(
        # `gate code changed to 4827`, `code for the gym: 88231`: a code, whatever leads to it.
        r"(?i)\b(code|pin|otp|passcode|password)((?: [^.!?\d:]{1,24}?)?(?::| is:?| now:?"
        r"| (?:changed|set|reset|updated) to)|(?= \d{4,}\b)) ?(\d{3,}(?:[- ]\d{3,})*)\b",
        lambda m: f"{m[1]}{m[2]} " + ", ".join(spell(g) for g in re.findall(r"\d+", m[3])),
    ),
    # Card, account, phone and parcel endings: `card ending 4321`, `the number ending in 0042`.
    rule(
        r"(?i)\b((?:card|account|acct|visa|mastercard|amex|debit|credit|checking|savings|"
        r"phone|loan|policy|member|number|mobile|cell|line|tracking|order|serial|plate|"
        r"device|IMEI|SIM|ID)[^.!?\d]{0,20}?\bending(?: in| with)?:?) (\d{3,6})\b",
        lambda m: f"{m[1]} {spell(m[2])}",
    ),
    # Masked numbers: `card ****4821`, `Visa x4821`: only the last digits are shown.
    rule(r"(?<![\w*•])(?:\*{2,}|•{2,}) ?(\d{3,4})\b", lambda m: spell(m[1])),
    rule(
        r"(?i)\b(card|account|acct|visa|mastercard|amex|debit|checking|savings) x+(\d{3,4})\b",
        lambda m: f"{m[1]} {spell(m[2])}",
    ),
    # Order and reference numbers in dashed groups: `#112-4567890-1234567`.
    rule(
        r"(?:#\s?)?(?<![\w+.-])\d{2,}(?:-\d{2,}){2,}(?![\w-]|[.,]\d)",
        lambda m: (
            ("number " if m[0].startswith("#") else "")
            + ", ".join(spell(g) for g in re.findall(r"\d+", m[0]))
            if len(re.sub(r"\D", "", m[0])) >= _MIN_ORDER_DIGITS
            else m[0]
        ),
    ),
    rule(r"(?<![\d.,])\d{8,}(?![\d.,])", lambda m: spell(m[0])),
    # `845 2231 9087`, `9400 1000 0000 ...`: meeting IDs and tracking numbers in spaced groups
    # (a leading zero is a phone number's trunk prefix: 0800 123 4567).
    rule(
        r"(?<![\w.,:+-])(?<!\+\d )(?<!\+\d\d )(?!0)\d{3,4}(?: \d{2,5}){2,}(?![\w:]|[.,]\w|\s\d)",
        lambda m: (
            ", ".join(spell(g) for g in m[0].split())
            if len(m[0].replace(" ", "")) >= _MIN_SPACED_DIGITS
            else m[0]
        ),
    ),
    rule(r"(?i)\b(extension|ext\.?) ?(\d-\d{4}|\d{2,6})\b", lambda m: f"{m[1]} {ext(m[2])}"),
    # `Room 1412`, `Suite 210`: a three- or four-digit label reads in pairs, as room numbers do.
    # `Rooms 101-105`: a range of them, each end read the same way; `patient in 412` is in
    # a room too.
    # (`water meter 1234 gallons` is a reading, not the meter's number.)
    rule(
        rf"\b((?i:{_LABELS})s?|(?i:patients?|residents?) (?:in|to|from))\.? #?([1-9]\d{{2,3}})"
        r"(?: ?[-–] ?([1-9]\d{2,3}))?\b(?![.,-]\d)"
        rf"(?! ?(?:{_UNIT_WORDS})\b)",
        lambda m: f"{m[1]} {_label(m[2])}" + (f" to {_label(m[3])}" if m[3] else ""),
    ),
    rule(r"#(\d{1,4}) ?[-–] ?#(\d{1,4})\b", lambda m: f"number {m[1]} to number {m[2]}"),
    rule(r"#(\d{1,2}) ?[-–] ?(\d{1,3})\b(?![.,-]\d)", _problems),
    # `#4471-2290`, `Order #12-34`: an order number in two dashed groups, digit by digit.
    rule(
        r"#\s?(\d+)-(\d{2,})\b(?![.,-]\d)",
        lambda m: f"number {spell(m[1])}, {spell(m[2])}",
    ),
    # `P0420`, `B1318`: a trouble code, its letter then each digit.
    rule(r"\b([A-Z])(0\d{3,4})\b", lambda m: f"{m[1]} {spell(m[2])}"),
    # `D1110`, `D2740` (a dental procedure's code): its letter, then the digits in pairs.
    rule(
        r"(?<![\w.#-])(?<!# )([A-Z])([1-9]\d{3})\b(?![.,]\d|-\d)",
        lambda m: f"{m[1]} {card(int(m[2])) if int(m[2]) % 1000 == 0 else pairs(int(m[2]))}",
    ),
    # `#A1234`, `#B-52`: an order or ticket code after the sign, letters then digits.
    rule(
        r"#\s?([A-Z]{1,3})[- ]?(\d+)\b(?![.,]\d)",
        lambda m: f"number {latin.spell(m[1])} {spell(m[2])}",
    ),
    # `#R7Y2K`: a confirmation code, character by character.
    rule(
        r"#\s?((?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,})\b",
        lambda m: "number " + " ".join(DIGIT_NAMES[int(c)] if c.isdigit() else c for c in m[1]),
    ),
    rule(r"#\s?(\d{1,3})\b", lambda m: f"number {card(int(m.group(1)))}"),
    # `PR #4512`, `issue #1234`: a developer's pull request or issue, said in pairs.
    rule(
        r"(?i:\b(?:PR|MR|pull request|issue|bug|story) )#\s?([1-9]\d{3})\b(?![.,]\d)",
        lambda m: m[0][: m.start(1) - m.start() - 1] + f"number {pairs(int(m[1]))}",
    ),
    # `Mom's new # is`, `# of guests`: the sign alone is the word.
    rule(r"(?<![\w#])#(?= [a-z]|[,.!?]|$)", lambda m: latin.at_start(m, "number")),
    rule(r"#\s?(\d+)", lambda m: "number " + spell(m.group(1))),
    rule(
        r"(?<![\w+])(?:(?:\+\d{1,3}|1)[ .-]?)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\w)",
        phone,
    ),
    rule(r"(?<![\w+])\+\d{1,3}(?:[ .-]\(?\d{1,7}\)?){2,5}(?!\w|\.\d)", phone),
    # UK and Australian numbers start with a zero: 0800 123 4567, 0412 345 678, 020 7946 0958.
    rule(r"(?<![\w+.,])0\d{2,4}(?:[ -]\d{3,4}){1,2}(?!\w|[.,]\d|[ -]\d)", phone),
    # Irish and Australian area codes of two digits, often in brackets: (07) 3555 0192, 01 555 2840.
    rule(r"(?<![\w+.,])(?<!\d )(?:\(0\d{1,4}\)|0\d)(?:[ -]\d{3,4}){2}(?!\w|[.,]\d|[ -]\d)", phone),
    # `845 2210 9934` (Zoom), `ID: 421 883`: a meeting or account ID in spaced groups of digits.
    rule(
        r"(?<![\w+.,:/-])\d{3} \d{4} \d{3,4}(?![\w:/-]|[.,]\w| \d)"
        r"|(?i:(?<=\bID: )|(?<=\bID ))\d{3,4}(?: \d{3,4})+(?!\w|[.,]\d| \d)",
        lambda m: ", ".join(spell(g) for g in m[0].split()),
    ),
    # UK mobiles: 07700 900123; landlines with a
    # five-digit area code, `01273 886200`, say the local number in threes ('886, 200').
    rule(r"(?<![\w+.,])07\d{3} ?\d{6}(?!\w|[.,]\d)", phone),
    rule(
        r"(?<![\w+.,])(0[1-9]\d{3}) ?(\d{3})(\d{3})(?!\w|[.,]\d)",
        lambda m: ", ".join(spell(g) for g in m.groups()),
    ),
    # `(555) 0123`: a local number typed with its exchange in brackets (`(100) 2000` is
    # left alone: a round figure in brackets is an amount).
    rule(
        r"(?<![\w+])\([2-9]\d[1-9]\) ?\d{4}(?![\w-]|[.,]\d)",
        phone,
    ),
    # After the full numbers, so an area code before it is read with them.
    rule(r"(?<![\w+.,$€£#/)-])(?<!\d:)(?<!\d )(?:1-)?([2-9]\d\d)-(\d{4})(?![\w-]|[.,]\d)", local),
    # `1-800-FLOWERS`: a toll-free vanity number, its word said as a word.
    rule(
        r"\b1-(8[0-8]{2})-([A-Z]{3,}(?:-[A-Z]+)*)\b",
        lambda m: f"{phone(m).replace(', ', ' ')} {m[2].replace('-', ' ').lower()}",
    ),
]
