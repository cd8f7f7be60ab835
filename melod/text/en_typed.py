"""English shapes people type in a hurry: `9:05p`, `3x today`, `185 lbs x 5`, `€15 pp`,
`1600 Pennsylvania Ave`, `20%-30%`, `0.75 in of rain`, `€8,50`, `9:30ish`."""

from __future__ import annotations

import re

from melod.text import en_dates, en_locale, en_sizes, en_slash, latin
from melod.text.en_tables import ATTRIBUTIVE, DIGIT_NAMES, NOT_MODIFIER, PER
from melod.text.en_words import (
    card,
    clock,
    keep_dot,
    ordinal,
    pairs,
    plural,
    say_year,
    version_part,
)
from melod.text.latin import Rule, rule

_STREET_TYPES = (
    "St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Ct|Court|Pl|Place|"
    "Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle"
)
# `1600 Pennsylvania Ave`, `221B Baker St.`, `1418 S. 9th St.`: a house number before a street
# name.
_HOUSE = (
    rf"(?<![\w.,#$/:-])([1-9]\d{{2,3}})([A-Z]?)"
    rf"(?= (?:[NSEW]\.? )?(?:(?:[A-Z][\w']+|\d{{1,3}}(?:st|nd|rd|th)) ){{1,3}}"
    rf"(?:{_STREET_TYPES})\b)"
)
_RAIN_CTX = re.compile(
    r"(?i)\b(?:rain\w*|snow\w*|precip\w*|accumulat\w*|hail|sleet|sprinkler\w*|irrigat\w*)\b"
)
_TIMES_NEXT = (
    "today|yesterday|tonight|overnight|this|so far|in|now|already|a|an|per|each|every|daily|"
    "weekly|faster|slower|more|less|bigger|smaller|longer|the|as|over|since|last"
)
_OVER = {"y": "year over year", "q": "quarter over quarter", "m": "month over month"}
_HEAD = f"(?<![^\\s(:,;\\[{latin.MARK}])"  # at the start, or after a space, bracket, colon or comma

_SPORT_CTX = re.compile(
    r"(?i)\b(?:scores?|scored|goal|wins?|won|penalty|card|header|equali[sz]\w*|assist|"
    r"lead|leads|min|FT|HT|full[- ]time|half[- ]time|vs|versus|match|kick-?off|subbed)\b"
)
_AVG_CTX = re.compile(r"(?i)\b(?:avg|average|batting|hitting|obp|slg|ops|hits?)\b")


def describes_compound(m: re.Match[str]) -> bool:
    """`30 sec exit delay`, `100W USB-C charger`: the measure describes a compound noun
    ending in a known one, no function word between."""
    words = re.match(r"(?: [A-Za-z-]+){1,6}", m.string[m.end() :])
    for word in words[0].split()[1:] if words else []:
        if word.lower() in NOT_MODIFIER:
            return False
        if word in ATTRIBUTIVE:
            return words is not None and words[0].split()[0].lower() not in NOT_MODIFIER
    return False


def _minute(m: re.Match[str]) -> str:
    """`scores in 89'`: a football minute, 'in the eighty-ninth minute'."""
    if latin.next_word(m) in ("left", "remaining", "to"):
        return f"{m[1] or ''}{m[2]} minutes"  # `5' left`: minutes of play still to go
    if not _SPORT_CTX.search(m.string):
        return m[0]
    extra = f" plus {card(int(m[3]))}" if m[3] else ""
    # `Saka 67'` in a list of scorers: 'Saka, sixty-seventh minute', no article.
    return f"{m[1] + 'the ' if m[1] else ''}{ordinal(int(m[2]))} minute{extra}"


_PENCE_CTX = re.compile(r"£|\b(?:pence|prices?|costs?|each|per|sale|reduced|off)\b")


def _letter_time(m: re.Match[str]) -> str:
    """`9:05p` 'nine oh five p m'; `at 6p` 'six p m' unless it prices something (`at 9p
    each`: pence)."""
    if m[4] and _PENCE_CTX.search(m.string):
        return m[0]
    return f"{clock(int(m[1] or m[4]), int(m[2] or 0))} {m[3] or m[5]} m"


def _leading_dot(m: re.Match[str]) -> str:
    """`.310 AVG` 'three ten'; any other `.5` 'point five'."""
    if len(m[1]) == 3 and _AVG_CTX.search(m.string):
        return pairs(int(m[1])) if m[1][0] != "0" else "point " + " ".join(m[1])
    return "point " + " ".join(DIGIT_NAMES[int(d)] for d in m[1])


def _date_range(m: re.Match[str]) -> str:
    """`12/05-16/05`: both dates day first when either end is, or the writer is British."""
    a, b, c, d = (int(m[i]) for i in range(1, 5))
    ends = [(b, a), (d, c)] if a > 12 or c > 12 or en_locale.british() else [(a, b), (c, d)]
    said = [en_dates.numeric(m, month, day, None) for month, day in ends]
    return f"{said[0]} to {said[1]}" if said[0] and said[1] else m[0]


_TIMER_BEFORE = latin.wordset("timer delay wait nap break snooze every late early for after")
_TIMER_AFTER = latin.wordset("left remaining ago late early timer delay wait break nap")


def _timer_minutes(m: re.Match[str]) -> str:
    if re.search(r"\dh(?:rs?)? ?$", m.string[: m.start()]):
        return m[0]  # `1h 25m` is read whole by the hours-and-minutes rule
    if latin.prev_word(m) in _TIMER_BEFORE or latin.next_word(m) in _TIMER_AFTER:
        return f"{m[1]} {'minute' if m[1] == '1' else 'minutes'}"
    return m[0]


def _house(m: re.Match[str]) -> str:
    n = int(m[1])
    said = card(n) if (n % 100 == 0 and n < 1000) or n % 1000 == 0 else pairs(n)
    return said + (f" {m[2]}" if m[2] else "")


def _rain_inches(m: re.Match[str]) -> str:
    """`0.75 in since midnight`: a bare `in` after a number is inches in a rain report."""
    # `(0.4 in)`: no preposition ends a bracket, so a unit whatever the message is about.
    if not _RAIN_CTX.search(m.string) and m.string[m.end() : m.end() + 1] != ")":
        return m[0]
    return f"{m[1]} {'inch' if m[1] == '1' else 'inches'}"


def _times(m: re.Match[str]) -> str:
    n = int(m[1])
    return {1: "once", 2: "twice"}.get(n) or f"{card(n)} times"


def _release(m: re.Match[str]) -> str:
    return f"{m[1]}{say_year(int(m[2]))} point {version_part(m[3])}"


def _age_group(m: re.Match[str]) -> str:
    """`Under 12s`, `U9s`, `the over-50s`: an age group, 'under twelves', 'over fifties'."""
    head = m[1].rstrip("- ")
    return f"{'under' if head == 'U' else head} {plural(card(int(m[2])))}"


# `Under 12s` and `under-9s` are teams; `in under 12s` or `than under 12s` is a time.
_AGE_GROUP = (
    r"(?<!\bin )(?<!\bthan )(?<!\bjust )\b(U[- ]?|[Uu]nder[- ]|(?<=the )[Oo]ver[- ]|[Oo]ver-)"
    r"(\d{1,2})s\b"
)

RULES: list[Rule] = [
    *en_sizes.RULES,
    rule(_HOUSE, _house),
    rule(_AGE_GROUP, _age_group),
    # `85 grains/m³`, `tiles/m2`: so many of a thing per square or cubic meter.
    rule(
        r"(?<=[a-z]{3}) ?/ ?m([²³23])(?![\w/])",
        lambda m: f" per {'square' if m[1] in '²2' else 'cubic'} meter",
    ),
    # `Home Assistant 2024.12`: a release named by year and month.
    rule(
        r"(?i)(\b(?:assistant|version|release|firmware|update[ds]?|core|os) )(20\d\d)\.(\d{1,2})"
        r"\b(?![.,]\d)",
        _release,
    ),
    rule(
        r"(?i:\b([yqm])/\1\b)|\b(YoY|yoy|QoQ|qoq|MoM)\b",
        lambda m: _OVER.get((m[1] or m[2][0]).lower(), ""),
    ),
    *en_slash.FRACTIONS,
    rule(r"(\bin )?(?<![\w.'])(\d{1,3})(?:\+(\d{1,2}))?'(?![\w'\d])", _minute),
    en_slash.OF_TOTAL,
    # `185 lbs x 5`, `eggs x 2`: so many times.
    rule(
        r"(?<=[a-zA-Z]{2}) [x×] (?=\d+\b(?![.,]\d))|(?<=\d) [x×] (?=[$€£¥]\d)", lambda m: " times "
    ),
    *en_slash.COUNTS,
    # `€15 pp`, `$40 p.p.`: per person, after an amount.
    rule(r"(?<=\d) ?(?:pp|p\.p\.)(?![\w.])", lambda m: " per person"),
    # (`$4.99 ea.` at a sentence's end keeps its full stop.)
    rule(
        r"(?<=\d) (?:ea\.?|tot\.?)(?!\w)",
        lambda m: keep_dot(m, " each" if "e" in m[0] else " total"),
    ),
    # `9a-1p`, `9a to 5p`: both ends of a range of hours with a single letter each.
    rule(
        r"(?<![\d:.])(\d{1,2})(?::([0-5]\d))? ?([ap])(?: ?[-–] ?| (?:to|till|until) )"
        r"(\d{1,2})(?::([0-5]\d))? ?([ap])\b(?![\w']|\.\w)",
        lambda m: (
            f"{clock(int(m[1]), int(m[2] or 0))} {m[3]} m to "
            f"{clock(int(m[4]), int(m[5] or 0))} {m[6]} m"
        ),
    ),
    # `8:30-5`: a range of clock times, the second without its minutes.
    rule(
        r"(?<![\d:.,$-])(\d{1,2}):([0-5]\d) ?[-–] ?(\d{1,2})(?![\d:,]|\.\d| ?%| ?[AaPp]\.?[Mm]\b)",
        lambda m: f"{clock(int(m[1]), int(m[2]))} to {card(int(m[3]))}",
    ),
    # `2-4:30`: a range of clock times, the first without its minutes.
    rule(
        r"(?<![\d:.,$-])(\d{1,2}) ?[-–] ?(\d{1,2}):([0-5]\d)(?![\d:]| ?[AaPp]\.?[Mm]\b)",
        lambda m: f"{card(int(m[1]))} to {clock(int(m[2]), int(m[3]))}",
    ),
    # `sleep timer 30m`, `30m left`: m is minutes next to a timer word.
    rule(r"(?<![\w.,])(\d{1,3}) ?m\b(?![²³/'\w])", _timer_minutes),
    # `7d change`, `30d average`, `3d ago`: an app's days, before a period's noun or `ago`.
    rule(
        r"(?<![\w.,])(\d{1,3})d(?= (?:(change|average|avg|high|low|return|volume|streak|trend)|"
        r"ago|left|remaining)\b| \d{1,2} ?h\b)",  # `41d 6h`: an uptime's days and hours
        lambda m: f"{m[1]} {'day' if m[2] or m[1] == '1' else 'days'}",
    ),
    # `1/15-1/20`: two month/day dates joined by a dash.
    rule(r"(?<![\w/.,])(\d{1,2})/(\d{1,2}) ?[-–] ?(\d{1,2})/(\d{1,2})(?![\w/])", _date_range),
    # `78°/61°`: a high and a low side by side.
    rule(
        r"(?<![\w.,])(-?\d{1,3})°([CF]?)/(-?\d{1,3})°([CF]?)(?![\w/])",
        lambda m: f"{m[1]}°{m[2]}, {m[3]}°{m[4]}",
    ),
    # `(800) FLOWERS`: a toll-free vanity number, read straight on.
    rule(r"\((8[0-8]{2})\) ?(?=[A-Z]{3,})", lambda m: m[1] + " "),
    # `$1,850 / 3 = $616.67`: a slash in a sum is division.
    rule(r"(?<=\d) ?/ ?(?=\d+(?:\.\d+)? ?=)", lambda m: " divided by "),
    # `6-4 7-6`: set scores side by side are read with a pause between them.
    rule(r"(?<![\d.:-])(\d{1,2}-\d{1,2}) (?=\d{1,2}-\d{1,2}\b)", lambda m: m[1] + ", "),
    # `20%-30%`, `18°-22°`: the sign after the first number does not make the second negative.
    # A spaced dash is a range only when the second number carries the sign too.
    rule(
        r"(\d ?(?:%|°[CF]?))(?:[-–~]|(?: [-–~] ?)(?=[-−]?[\d.]+ ?(?:%|°)))(?=[-−]?\d)",
        lambda m: f"{m[1]} to ",
    ),
    rule(
        r"(?<![\w.,])(\d+(?:\.\d+)?|\.\d+) in\b(?= (?:since|expected|overnight|today|tonight|"
        r"so far|of (?:rain|snow)|rain|snow|per hour|an hour|possible|likely|forecast|or more|"
        r"at (?:the|our|my|home)|in the last|on the ground|yesterday|this week)\b"
        r"|[,;)]|\.(?! [a-z])|$)",
        _rain_inches,
    ),
    rule(r"(?<![\w.,])\.(\d+)\b(?!\.\d)", _leading_dot),
    # `9:05p`, `6:30a`, and an hour alone after `at`, `by`, `until` (`at 6p`, `til 7a`): a
    # single letter after a clock time is a.m. or p.m.
    rule(
        r"(?<![\d:.])(\d{1,2}):([0-5]\d) ?([ap])\b(?![\w']|\.\w)"
        r"|(?:(?<=\b(?:at|by) )|(?<=\btil )|(?<=\btill )|(?<=\buntil ))"
        r"(1[0-2]|[1-9]) ?([ap])\b(?![\w']|\.\w)",
        _letter_time,
    ),
    rule(rf"{_HEAD}(\d{{1,2}}) ?[x×] (?=(?:{_TIMES_NEXT})\b)", lambda m: _times(m) + " "),
    # `3x chicken breasts`, `2x milk`: a count at the head of a list item; so is `2 x
    # 12-pack`, `3 x 16-inch pizzas` (a number joined to its noun describes the item).
    rule(
        rf"{_HEAD}(?<!\ba )(\d{{1,2}}) ?[x×] (?=[^\W\d_]|\d{{1,3}}-[a-z])",
        lambda m: card(int(m[1])) + " ",
    ),
]


_PER = latin.alternation(PER)
#: `10 mg/kg/day`, `18 units/kg/hr`: a rate of a rate, each slash 'per' (the shared rule
#: reads only a last slash).
PER_CHAIN: Rule = rule(
    rf"(?<=[^\W\d_]) ?/ ?({_PER}) ?/ ?({_PER})(?![\w/])",
    lambda m: f" per {PER[m[1]]} per {PER[m[2]]}",
)


#: `$3/slice`, `€2/can`: after an amount already in words, any noun after a slash is 'per'.
PER_ANY: Rule = rule(
    r"\b(dollars?|cents?|euros?|pounds?|pence|yen|won) ?/ ?([a-z]{2,10})\b(?![/\w])",
    lambda m: f"{m[1]} per {m[2]}",
)
