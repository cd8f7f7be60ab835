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
    ATTRIBUTIVE,
    CODE_ALT,
    CURRENCY_NAMES,
    DAY_NAMES,
    DAYS,
    DIGIT_NAMES,
    KEEP,
    MONTH_RE,
    MONTHS,
    NOT_AT_TIME,
    NOT_CLOCK,
    NOT_MODIFIER,
    PER,
    SCORE_CTX,
    SYMBOLS,
    T12,
    UNITS,
)
from melod.text.en_words import (
    card,
    duration,
    keep_dot,
    ordinal,
    pairs,
    range12,
    range24,
    say_year,
    singular,
    time12,
    time24,
    to_word,
)
from melod.text.latin import Num, Rule
from melod.text.latin import rule as _c

VERSION = "18"


# `W 2` (a W-2 form) is no watt; `8 hrs/day` is hours, then 'per day'.
_UNIT_RE = (
    rf"(?:{latin.alternation(UNITS)})"
    r"(?!\w|/(?!\d|(?:day|week|month|year|wk|mo|yr|hr|h|[mdk]?[Ll]|kg|g|lb|oz|gal)\b)"
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
# `the 28th of October - the 1st of November`: a dash between two dates reads 'to'.
#: Words that, after `for 2024`, start the clause's predicate: the number named a year.
_YEAR_VERBS = (
    "is|are|was|were|will|would|has|have|had|must|should|can|may|opens?|closes?|starts?|"
    "begins?|ends?|looks?|shows?|remains?|now|already|just|due|ready|available|coming"
)
_DATE_DASH = rf"\b((?:{_FULL_MONTHS})(?:,? [\w-]+)?) ?[-–] ?(?=the [\w-]+ of |(?:{_FULL_MONTHS}) )"


def _parse(text: str) -> Num:
    return latin.parse(text, ".", ",")


def _num(num: Num) -> str:
    text = card(num.value)
    if num.frac:
        text += " point " + latin.spell_digits(num.frac, DIGIT_NAMES)
    return "minus " + text if num.neg else text


_PACKS = "(?:bag|sack|box|boxe|pack|case|roll|pallet|can|bottle|jug|tub|bucket|carton|crate)s?"


_RAN = re.compile(r" run (?:this|so far|today|yesterday|in total|altogether|overall|since|last)\b")


# Sizes and weights that describe a thing after `the`, `my`... (`the 20 lb turkey`); time
# units are left out (`the 2 hours flew by`).
_SIZE_UNITS = latin.wordset("lb lbs kg g oz ft in m cm mm mi km gal L l ml V W kW mAh TB GB")
_DETERMINER = r"\b(?i:the|this|that|my|your|our|his|her|their) $"


def _describes(m: re.Match[str], unit: str) -> bool:
    """`a 15 min delay`, `a 15-20 min delay`: the measure describes the noun after it."""
    # `-18°C Fridge 4°C` (an emoji gone between): a capital starts the next item, no noun.
    noun = "" if re.match(r" [A-Z]", m.string[m.end() :]) else latin.next_word(m)
    # `2,500 km run this year`: 'run' the verb's participle, not the noun of `a 5 km run`.
    if _RAN.match(m.string, m.end()) and latin.prev_word(m) not in ("a", "an"):
        return False
    if noun in ATTRIBUTIVE or noun.removesuffix("s") in ATTRIBUTIVE:
        return True
    # `a 40 min tailback`, `replace with a 9V`: 'a' before a count above one means the
    # measure describes a noun, or names the thing itself.
    # (`E T A 20 min`: a spelled letter A is no article.)
    if re.search(r"(?<![A-Z] )\b[Aa]n? $", m.string[: m.start()]) and noun != "of":
        return True
    sized = unit in _SIZE_UNITS and noun not in NOT_MODIFIER and not noun.endswith("ed")
    if sized and noun and re.search(_DETERMINER, m.string[: m.start()]):
        return True
    # `1x 9V`, `2x 60W bulbs` (the `x` may be gone): after a count the measure names the item.
    count = r"(?:^|[+&,] )\d{1,2} ?[x×]? $|(?<![\w.])\d{1,2} ?[x×] $"
    # `10 bags of 50 lb feed`, `a case of 16 oz bottles`: the measure names what is packed.
    count += rf"|\b(?:{_PACKS}) of $" if noun and noun not in NOT_MODIFIER else ""
    return bool(re.search(count, m.string[: m.start()])) or en_typed.describes_compound(m)


def _measure(m: re.Match[str]) -> str:
    """`5 km` 'five kilometers'; `a 15 min delay`: a unit describing a noun is singular."""
    num = _parse(m[1])
    one, many = UNITS[m[2]]
    single = singular(num) or (_describes(m, m[2]) and m[2] != "pcs")
    return f"{_num(num)} {one if single else many}"


def _range(m: re.Match[str]) -> str:
    """`20-30 mph` 'twenty to thirty miles per hour'; `a 15-20 min delay`: 'minute'."""
    # `ASX 200 -0.8%`, `Dow 39,000 -1.2%`: an index and its fall, read by the measure rules.
    if m[3] == "%" and re.search(r"\d [-−]\d", m[0]):
        index = r"\b(?:ASX|Dow|FTSE|Nasdaq|NASDAQ|Nikkei|NZX|TSX|DAX|CAC|S&P|Russell) $"
        if "." in m[2] or re.search(index, m.string[: m.start()]):
            return m[0]
    unit = ""
    if m[3]:
        unit = " " + UNITS[m[3]][0 if _describes(m, m[3]) and m[3] != "pcs" else 1]
    return f"{_num(_parse(m[1]))} {to_word(m)} {_num(_parse(m[2]))}{unit}"


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
    en_codes.EMERGENCY,
    _d.RANGE,
    _c(r"\b(\d{4})([-./])(\d{1,2})[-./](\d{1,2})\b", _d.ymd),
    *en_shapes.DATE_RULES,
    _c(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", _d.dmy),
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
    _c(r"\b(1[1-9]\d0|20\d0)s\b", lambda m: re.sub("y$", "ie", say_year(int(m[1]))) + "s"),
    *en_sport.RULES,
    en_forms.COMPARE,
    *en_typed.RULES,
    *en_forms.RULES,
    *en_shapes.RULES,
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
    _c(
        r"([$€£¥₩])(\d+) ?[-–] ?\1?(\d+)\b",
        lambda m: f"{card(int(m[2]))} to {_money(_parse(m[3]), m[1])}",
    ),
    _c(
        rf"(?:([-−])(?=[$€£¥₩]))?([$€£¥₩]) ?({_N})(?: ?{_SCALE}\b|(m)\b)?",
        lambda m: _money(
            _parse((m[1] or "") + m[3]), m[2], m[4] or m[5] or "", en_money.describes(m)
        ),
    ),
    _c(rf"({_SN}) ?([$€£¥₩]|USD|EUR|GBP|JPY|KRW)(?!\w)", lambda m: _money(_parse(m[1]), m[2])),
    _c(
        rf"\b(USD|EUR|GBP|JPY|KRW) ?({_SN})",
        lambda m: latin.at_start(m, _money(_parse(m[2]), m[1])),
    ),
    _c(r"\b[vV](\d+(?:\.\d+)*)\b", en_shapes.v_number),
    _c(r"(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*(?!\d|\.\d)", lambda m: _d.version(m[0])),
    _c(
        rf"({_SN}) ?(?:-|~) ?({_SN})(?!st|nd|rd|th)(?: ?({_UNIT_RE}))?",
        _range,
    ),
    _c(
        rf"(?<![\w/.,])(\d{{3}})/(\d{{2,3}})(?![\w/])(?: ?({_UNIT_RE}))?",
        lambda m: (
            f"{card(int(m[1]))} over {card(int(m[2]))}" + (f" {UNITS[m[3]][1]}" if m[3] else "")
        ),
    ),
    _c(rf"({_SN}) ?({_UNIT_RE})", _measure),
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
    _c(_SN, lambda m: latin.padded(m, _num(_parse(m[0])))),
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
    addresses = latin_address.address_rule(
        ADDRESS, DIGIT_NAMES, number=en_words.name_number, initials=en_address.initials
    )
    text = latin.apply(text, [en_address.DOMAIN, *map(en_address.country_caps, addresses)])
    text = latin.apply(text, _RULES)
    text = latin.apply(text, [latin.per_rule(PER, "per"), en_typed.PER_ANY])
    keep = {**en_clean.shouted_words(source), **en_codes.unsayable_caps(source), **KEEP}
    keep.update(en_codes.sms_keywords(source))
    text = latin.read_caps(text, keep, source)
    text = en_clean.after(latin.capitalise(latin.tidy(text, SYMBOLS)))
    text = en_locale.respell(text, source)
    # `WARNING: CO level`: a shouted first word, quieted, keeps the message's capital.
    return text[:1].upper() + text[1:] if source[:1].isupper() else text
