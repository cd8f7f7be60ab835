"""English: numbers, money, dates, times, units and abbreviations as an American reads them."""

from __future__ import annotations

import re

from melod.text import (
    en_abbrev,
    en_address,
    en_clean,
    en_codes,
    en_forms,
    en_geo,
    en_locale,
    en_measures,
    en_models,
    en_money,
    en_phones,
    en_shapes,
    en_sport,
    en_typed,
    en_words,
    latin,
    latin_address,
)
from melod.text import en_dates as _d
from melod.text.en_tables import (
    ADDRESS,
    AMPM,
    CODE_ALT,
    CURRENCY_NAMES,
    DATE_WORDS,
    DAY_NAMES,
    DAYS,
    DIGIT_NAMES,
    KEEP,
    MONTH_RE,
    MONTHS,
    NOT_AT_TIME,
    NOT_CLOCK,
    PER,
    SCORE_CTX,
    SYMBOLS,
    T12,
    UNITS,
)
from melod.text.en_units import HYPHENATED, measure, number, parse, span
from melod.text.en_words import (
    card,
    duration,
    keep_dot,
    ordinal,
    pairs,
    range12,
    range24,
    say_year,
    time12,
    time24,
)
from melod.text.latin import Rule
from melod.text.latin import rule as _c

VERSION = "21"


# `W 2` (a W-2 form) is no watt; `8 hrs/day` is hours, then 'per day'.
_UNIT_RE = (
    rf"(?:{latin.alternation(UNITS)})"
    r"(?!\w|/(?!\d|(?:day|week|month|year|wk|mo|yr|hr|h|[mdk]?[Ll]|kg|g|lb|oz|gal|ac|ha)\b)"
    r"|(?<=\bW) [249]\b)"
)
_N = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,]\d)"
_SN = rf"(?:(?<![\w)])[-−])?{_N}"
#: `5th Street`, `42nd St.`: an ordinal in a street name is part of the name.
_STREETS = "Street|Avenue|Road|Boulevard|Place|Lane|Drive|Terrace|Court"
# `3rd and 10th Street`: the first of two ordinals before a street type names a street too.
_STREET_NEXT = rf"(?: (?:and|or|&) \d+(?:st|nd|rd|th))? (?:{_STREETS})s?\b"
_SCALE = "(million|billion|thousand|k|K|M|B|bn)"
_FULL_MONTHS = "|".join(MONTHS)
#: Words that, after `for 2024`, start the clause's predicate: the number named a year.
_YEAR_VERBS = (
    "is|are|was|were|will|would|has|have|had|must|should|can|may|opens?|closes?|starts?|"
    "begins?|ends?|looks?|shows?|remains?|now|already|just|due|ready|available|coming"
)
# `the 28th of October - the 1st of November`: a dash between two dates reads 'to'.
_DATE_DASH = rf"\b((?:{_FULL_MONTHS})(?:,? [\w-]+)?) ?[-–] ?(?=the [\w-]+ of |(?:{_FULL_MONTHS}) )"


_money = en_money.money


_RULES: list[Rule] = [
    en_money.RAND,
    en_money.RUPEE,
    en_money.CENTS,
    *en_geo.RULES,
    *en_abbrev.RULES,
    *en_codes.RULES,
    *en_models.RULES,
    latin.pair_rule(CURRENCY_NAMES),
    _c(rf"({_N}) ?({CODE_ALT}) ?= ?({_N}) ?({CODE_ALT})\b", en_money.exchange),
    en_money.OTHER,
    _c(
        r"\b((?:[Ff]light|Amtrak|Acela|Eurostar) (?:[A-Z]{2} ?)?)(\d{3,4})\b",
        lambda m: m[1] + pairs(int(m[2])),
    ),
    en_phones.STAR_CODE,
    en_phones.EMERGENCY,
    _d.RANGE,
    _c(r"\b(\d{4})([-./])(\d{1,2})[-./](\d{1,2})\b", _d.ymd),
    *en_shapes.DATE_RULES,
    _c(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", _d.dmy),
    _c(r"(?<![\w.-])(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?![\w-]|[.,]\d)", _d.dmy),
    _c(
        rf"\b({'|'.join(DAY_NAMES)})\.? ?[-–] ?({'|'.join(DAY_NAMES)})\b\.?",
        lambda m: keep_dot(m, f"{DAY_NAMES[m[1]]} to {DAY_NAMES[m[2]]}"),
    ),
    _c(rf"\b({'|'.join(DAYS)})\b\.?(?=,? (?:{MONTH_RE}|\d))", lambda m: DAYS[m[1]]),
    _c(
        rf"\b({MONTH_RE})\.? {latin.MARK}?(\d{{1,2}})(?:st|nd|rd|th)? ?[-–] ?(\d{{1,2}})"
        r"(?:st|nd|rd|th)?\b",
        lambda m: f"{_d.date(_d.month(m[1]), int(m[2]), None) or m[0]} to {ordinal(int(m[3]))}",
    ),
    _c(
        rf"\b({MONTH_RE})\.? {latin.MARK}?(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}})\b)?",
        lambda m: _d.date(_d.month(m[1]), int(m[2]), m[3]) or m[0],
    ),
    # `due 1st of each month`, `on 3rd of March`: a day of a month takes 'the' after a word
    # that dates (not `Happy 4th of July`).
    _c(
        r"(?<![\d.,])([12]?\d|3[01])(?:st|nd|rd|th)"
        rf"(?= of (?:(?:each|every|the|this|next|last) month\b|(?:{_FULL_MONTHS})\b))",
        lambda m: ("the " if latin.prev_word(m) in DATE_WORDS else "") + ordinal(int(m[1])),
    ),
    # `1st & 2nd Jan`, `24 and 26 Dec`: two days of one month.
    _c(
        rf"\b([12]?\d|3[01])(?:st|nd|rd|th)? (&|and|or) ([12]?\d|3[01])(?:st|nd|rd|th)? "
        rf"({MONTH_RE})\b",
        _d.two_days,
    ),
    _c(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_RE})\b(?:,? (\d{{4}})\b)?",
        lambda m: (
            f"the {ordinal(int(m[1]))} of {MONTHS[_d.month(m[2]) - 1]}"
            + (f", {say_year(int(m[3]))}" if m[3] else "")
        ),
    ),
    _c(_DATE_DASH, lambda m: f"{m[1]} to "),
    _c(
        rf"\b({MONTH_RE})\.? (1[89]\d\d|20\d\d)\b(?![.,]\d)",
        lambda m: f"{MONTHS[_d.month(m[1]) - 1]} {say_year(int(m[2]))}",
    ),
    _c(
        r"(?i)\b(in|since|from|until|till|by|of|year|season|before|after|during|around|happy|starting|"
        r"beginning|effective|through|thru) "
        r"(1[1-9]\d\d|20\d\d)\b(?![.,]\d)",
        lambda m: f"{m[1]} {say_year(int(m[2]))}",
    ),
    # `Welcome to 2025.`: a year when nothing follows it in the sentence; `for 2024` also
    # before a clause's verb or a break (`documents for 2024 are ready`, `plan for 2025:`).
    _c(
        r"(?i)\b(to|into|for) (19\d\d|20[0-4]\d)(?=[.!?]|$)"
        rf"|\b(for) (19\d\d|20[0-4]\d)(?=[,:;)]| (?:{_YEAR_VERBS})\b)",
        lambda m: f"{m[1] or m[3]} {say_year(int(m[2] or m[4]))}",
    ),
    # `Hay price 2026: $185/ton`: a year heading what follows its colon.
    _c(r"(?<=[a-z] )((?:19|20)\d\d)(?=: )", lambda m: say_year(int(m[1]))),
    _c(r"\b(1[1-9]\d0|20\d0)s\b", lambda m: re.sub("y$", "ie", say_year(int(m[1]))) + "s"),
    *en_sport.RULES,
    en_forms.COMPARE,
    *en_typed.RULES,
    *en_forms.RULES,
    *en_shapes.RULES,
    HYPHENATED,
    *en_measures.RULES,
    _c(rf"(?<![\d:.]){T12} ?(?:{AMPM}\.?)? ?[-–—] ?{T12} ?{AMPM}\b\.?", range12),
    _c(
        r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d) ?[-–] ?([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)",
        range24,
    ),
    _c(r"\b(\d{1,2})(?:[:.]([0-5]\d))? ?([AaPp])\.? ?[Mm]\b\.?", time12),
    _c(r"(?<![\w.,])(\d{1,2}) ?h(?:rs?)? ?([0-5]\d)(?! ?(?:min|m)\b)(?!\w)", duration),
    _c(
        rf"({SCORE_CTX}[^.!?\d]{{0,40}}?){NOT_AT_TIME}(\d{{1,3}}) ?[-:] ?(\d{{1,3}})(?!\d|:\d)"
        rf"(?! ?{_UNIT_RE})",
        lambda m: m[1] + en_sport.say_score(int(m[2]), int(m[3])),
    ),
    _c(
        rf"(?<![\d.:]){NOT_CLOCK}(\d{{1,3}})[-:](\d{{1,3}})(?!\d|:\d)(?=[^.!?\d]{{0,25}}{SCORE_CTX})",
        lambda m: en_sport.say_score(int(m[1]), int(m[2])),
    ),
    _c(
        r"(?<![\d.:])(\d{1,2}):(\d)(?!\d|:\d)",
        lambda m: f"{card(int(m[1]))} to {card(int(m[2]))}",
    ),
    en_measures.LAP,
    _c(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)", time24),
    en_money.RANGE,
    en_money.OF_TOTAL,
    _c(
        rf"(?:([-−])(?=[$€£¥₩]))?([$€£¥₩]) ?({_N})(?: ?{_SCALE}\b|(m)\b)?",
        lambda m: _money(
            parse((m[1] or "") + m[3]), m[2], m[4] or m[5] or "", en_money.describes(m)
        ),
    ),
    _c(rf"({_SN}) ?([$€£¥₩]|USD|EUR|GBP|JPY|KRW)(?!\w)", lambda m: _money(parse(m[1]), m[2])),
    _c(
        rf"\b(USD|EUR|GBP|JPY|KRW) ?({_SN})",
        lambda m: latin.at_start(m, _money(parse(m[2]), m[1])),
    ),
    _c(r"\b[vV](\d+(?:\.\d+)*)\b", en_shapes.v_number),
    # `firmware D8.2.4`: a build's letters before its version are said apart.
    _c(r"\b([A-UW-Z]{1,2})(?=\d+(?:\.\d+){2,}(?!\d|\.\d))", lambda m: m[1] + " "),
    _c(r"(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*(?!\d|\.\d)", lambda m: _d.version(m[0])),
    _c(
        rf"({_SN}) ?(?:-|~) ?({_SN})(?!st|nd|rd|th)(?: ?({_UNIT_RE}))?",
        span,
    ),
    # `BP 88/52`: after its name a low blood pressure is one too (higher ones below).
    _c(
        r"(?:(?<=\bBP )|(?<=\bBP: )|(?<=\bpressure )|(?<=\bpressure: ))(\d{2})/(\d{2})\b"
        rf"(?: ?({_UNIT_RE}))?",
        lambda m: (
            f"{card(int(m[1]))} over {card(int(m[2]))}" + (f" {UNITS[m[3]][1]}" if m[3] else "")
        ),
    ),
    # `120/80`: a blood pressure, its first number the higher; `layer 143/310` is a count.
    _c(
        rf"(?<![\w/.,])(\d{{3}})/(\d{{2,3}})(?![\w/])(?: ?({_UNIT_RE}))?",
        lambda m: (
            f"{card(int(m[1]))} {'over' if int(m[1]) > int(m[2]) else 'of'} {card(int(m[2]))}"
            + (f" {UNITS[m[3]][1]}" if m[3] else "")
        ),
    ),
    _c(rf"({_SN}) ?({_UNIT_RE})", measure),
    _c(
        rf"(?<![\d.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)(?:st|nd|rd|th|ST|ND|RD|TH)\b(?=({_STREET_NEXT})?)",
        lambda m: (
            ordinal(int(m[1].replace(",", ""))).capitalize()
            if m[2]
            else ordinal(int(m[1].replace(",", "")))
        ),
    ),
    _c(r"(?<![\d.,])(\d+)ers\b", lambda m: card(int(m[1])) + ("rs" if m[1][-1] == "9" else "ers")),
    _c(r"(?<![\w/.,])(\d+) (\d{1,2})/(\d{1,2})(?![\w/])", _d.mixed),
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/])", _d.slash),
    _c(_SN, lambda m: latin.padded(m, number(parse(m[0])))),
    _c(r"\d+", lambda m: latin.spell_digits(m[0], DIGIT_NAMES)),
]


def normalize(text: str) -> str:
    """Read `text` (already through common.prepare) as an English speaker would."""
    token = en_locale.set_current(text)
    try:
        return _read(text)
    finally:
        en_locale.reset(token)


def _read(text: str) -> str:
    source = text
    text = en_clean.before(latin.pre_clean(en_clean.early(en_models.rejoin(text))))
    text = latin.mark_starts(en_abbrev.before_number(text))
    # `need anything? 2 mins away`: after a question a number goes on in small letters, as
    # people type a chat's next thought.
    text = text.replace("? " + latin.MARK, "? ")
    addresses = latin_address.address_rule(
        ADDRESS, DIGIT_NAMES, number=en_words.name_number, initials=en_address.initials
    )
    text = latin.apply(text, [*en_address.RULES, *map(en_address.country_caps, addresses)])
    text = latin.apply(text, _RULES)
    text = latin.apply(text, [en_typed.PER_CHAIN, latin.per_rule(PER, "per"), en_typed.PER_ANY])
    keep = {**en_clean.shouted_words(source), **en_codes.unsayable_caps(source), **KEEP}
    keep.update(en_codes.sms_keywords(source))
    text = latin.read_caps(text, keep, source)
    text = en_clean.after(latin.capitalise(latin.tidy(text, SYMBOLS)))
    text = en_locale.respell(text, source)
    # `WARNING: CO level`: a shouted first word, quieted, keeps the message's capital.
    return text[:1].upper() + text[1:] if source[:1].isupper() else text
