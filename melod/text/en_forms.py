"""English written forms people type: `1:30:00`, `12.05.2024`, `72F`, `4x4`, `1080p`, `6'2"`."""

from __future__ import annotations

import re

from melod.text import en_dates, en_dottime, latin
from melod.text.en_tables import DIGIT_NAMES
from melod.text.en_words import card, clock, pairs, say24
from melod.text.latin import Rule, rule

# A bare C or F after a number is a temperature only where the sentence talks about one.
_TEMP_CTX = re.compile(
    r"(?i)\b(?:temps?|temperatures?|outside|inside|indoors?|outdoors?|highs?|lows?|weather|"
    r"forecast|feels|frost|freez\w*|heat|cold|warm|hot|degrees?|thermostat|fridge|oven|pool|"
    r"bak\w*|roast\w*|preheat\w*|air ?fry\w*|grill\w*|boil\w*|kettle|heater|heating|fever|"
    r"thermometer|body|out|mild|chilly|nippy|sunny|cloudy|windy|icy|muggy|rain\w*|snow\w*|"
    # Rooms no building numbers its flats by (`Attic 104F`, `garage 38F`).
    r"attic|basement|garage|loft|nursery|cellar|greenhouse|shed|crawl ?space|porch)\b"
)
#: Words a number and letter after name a place (`Apt 4C`, `Gate 12F`), never a temperature.
_PLACE_LABELS = latin.wordset(
    "apt apartment unit suite ste room rm flat gate seat row bay locker building bldg block "
    "platform section floor door stall dock cabin ward bed"
)
_CLOCK_CUES = latin.wordset("at by until till from since before after")
#: Counts that follow `3M` or `1.2B`: millions and billions, not metres or flats.
_BIG_COUNTS = (
    "views|followers|subscribers|users|downloads|people|streams|plays|likes|customers|"
    "visitors|residents|shares|votes|viewers|fans|listeners|accounts|devices|homes|households|"
    "jobs|workers|employees|students|cases|voters|acres|passengers|members|signatures"
)

_BIG_CUES = "volume|revenue|sales|market cap|cap|valuation|population|" + _BIG_COUNTS


_HOW_OFTEN = (
    "daily|weekly|monthly|yearly|hourly|nightly|(?:a|per|each|every) (?:day|week|month|year)"
)

# Words a clause's count of times follows: past tenses (`ran`, `rang`), particles (`woke
# up`) and objects (`called him`).
_TIMES_BEFORE = (
    "ran|rang|ate|fed|got|hit|did|saw|won|went|came|fell|woke|left|took|"
    "up|out|off|back|over|down|again|it|him|her|me|us|you|them"
)


def _times(m: re.Match[str], group: int = 1) -> str:
    n = int(m[group])
    return {1: "once", 2: "twice"}.get(n) or f"{card(n)} times"


def _parts(h: int, mm: int, ss: int) -> str:
    names = (("hour", "hours", h), ("minute", "minutes", mm), ("second", "seconds", ss))
    said = [f"{card(n)} {one if n == 1 else many}" for one, many, n in names if n]
    return " ".join(said) or "zero seconds"


def _hms(m: re.Match[str]) -> str:
    """`at 14:32:10` is a clock time; `Timer: 1:30:00` a duration."""
    h, mm, ss = int(m[1]), int(m[2]), int(m[3])
    if latin.prev_word(m) in _CLOCK_CUES and h < 24:
        return say24(h, mm) + (
            f" and {card(ss)} {'second' if ss == 1 else 'seconds'}" if ss else ""
        )
    return _parts(h, mm, ss)


def _dotted(m: re.Match[str]) -> str:
    """`12.05.2024` is written day first: May twelfth."""
    return en_dates.numeric(m, int(m[2]), int(m[1]), m[3]) or m[0]


def _temperature(m: re.Match[str]) -> str:
    before = re.split(r"[.!?] ", m.string[: m.start()])[-1]
    after = re.split(r"[.!?](?: |$)", m.string[m.end() :])[0]
    # `room 71.5F`: a label never has a decimal; a reading with one is a temperature.
    tenths = bool(m[3]) and m[4].isupper()
    if not m[1] and m[4].isupper() and not tenths and latin.prev_word(m) in _PLACE_LABELS:
        return m[0]
    oven = m[4] == "F" and 200 <= int(m[2]) <= 550  # `400F`: only an oven is that hot
    sure = oven or tenths or _TEMP_CTX.search(f"{before} {after}")
    # `Hall 17.5C, target 20C`: beside another reading in the same scale, a temperature too.
    sure = sure or re.search(rf"\d(?:\.\d ?| ?°){m[4]}\b", m.string.replace(m[0], ""))
    if (not m[1] or m[4].islower()) and not sure:
        return m[0]
    # Written back with a degree sign: the unit rules read it, ranges (`45-62 F`) included.
    return f"{m[1] or ''}{m[2]}{'.' + m[3] if m[3] else ''}°{m[4].upper()}"


# Airline codes that read as a flight when a 3-4 digit number follows (`DL 1187`, `UA921`).
_AIRLINES = "AA|UA|DL|WN|B6|F9|NK|AC|WS|BA|VS|LH|AF|KL|EK|QF|NZ|NH|JL|CX|SQ|KE|OZ|HA|IB|EI|TK"
#: Nouns a size in inches describes (`a 55" TV`): 'fifty-five inch TV'.
_INCH_NOUNS = (
    "TVs?|screens?|monitors?|displays?|pizzas?|pans?|laptops?|tablets?|wheels?|rims?|tires?"
)


_FLIGHT_CTX = re.compile(
    r"(?i)\b(?:flight|check[- ]?in|board\w*|depart\w*|arriv\w*|gate|seat|terminal|delayed|"
    r"landed|lands|takeoff|airline|airport)\b"
)


def _flight(m: re.Match[str]) -> str:
    """`DL 1187` in a message about flying: 'D L eleven eighty-seven'; else left alone."""
    before = re.split(r"[.!?] ", m.string[: m.start()])[-1]
    after = re.split(r"[.!?](?: |$)", m.string[m.end() :])[0]
    # `KL 1004 AMS 09:10 → LHR`: an airport code right after is a flight too.
    if not _FLIGHT_CTX.search(f"{before} {after}") and not re.match(r" [A-Z]{3}\b", after):
        return m[0]
    return f"{latin.spell(m[1])} {pairs(int(m[2]))}"


def _inches(m: re.Match[str]) -> str:
    """`8-12" of snow` 'eight to twelve inches'; `55" TV` 'fifty-five inch TV'."""
    amount = m[1] + (f" to {m[2]}" if m[2] else "")
    if m[3]:
        return f"{amount} inch"
    return f"{amount} {'inch' if m[1] == '1' and not m[2] else 'inches'}"


_COMPARE = {"~": "about", "≈": "about", "<": "less than", ">": "more than", "<=": "at most",
            "≤": "at most", ">=": "at least", "≥": "at least"}  # fmt: skip


def _compare(m: re.Match[str]) -> str:
    """`~20 min` 'about twenty minutes', `<30 min` 'less than thirty minutes'."""
    if m[1] == "~" and m.string[: m.start()].rstrip()[-1:].isdigit():
        return m[0]  # `20 ~ 25` is a range, read by the range rule
    return _COMPARE[m[1]] + " "


_AMP_CTX = re.compile(
    r"(?i)\b(?:charg\w*|ev|evse|wallbox|amps?|circuit|breaker|fuse|current|outlet|socket|"
    r"kw|volts?|plug|solar|inverter|batter(?:y|ies)|mppt|vdc|vac|hook-?ups?|ehu|mcb|rcd|mains)\b"
)
#: What a current describes: `a 13A plug`, `32A charger`, `16A hook-up` say 'amp'.
_AMP_NOUNS = re.compile(
    r" (?:plugs?|sockets?|fuses?|chargers?|breakers?|circuits?|outlets?|supply|cables?|"
    r"hook-?ups?|ehu|mcb|rcd|charging|service|panel|wallbox|evse)\b",
    re.IGNORECASE,
)


def _by(m: re.Match[str]) -> str:
    """`5x7` 'five by seven'; a screen size `1920x1080` in pairs, 'nineteen twenty by ten
    eighty' (a round `2000` stays 'two thousand')."""
    a, b = int(m[1]), int(m[2])
    if max(len(m[1]), len(m[2])) == 4 and min(a, b) >= 100 and m[1][0] != "0" and m[2][0] != "0":
        return " by ".join(card(n) if n % 1000 == 0 else pairs(n) for n in (a, b))
    return f"{m[1]} by {m[2]}"


# `Apt 12A`, `Unit 4A smoke alarm battery low`: a place's label, whatever the sentence says.
_LABELLED = (
    r"(?i)\b(?:apt|apartment|unit|suite|seat|room|rm|gate|flat|row|locker|lot|space|bay|dock|"
    r"door|floor|level|platform|section|zone|box|bus|building|bldg)\.? #?$"
)


def _amps(m: re.Match[str]) -> str:
    """`32A` on a charger is amps; `Seat 12A` or `Apt 4A` is left alone."""
    noun = _AMP_NOUNS.match(m.string, m.end())
    if not (noun or _AMP_CTX.search(_sentence(m))) or re.search(_LABELLED, m.string[: m.start()]):
        return m[0]
    return f"{m[1]} {'amp' if m[1] == '1' or noun else 'amps'}"


def _sentence(m: re.Match[str]) -> str:
    before = re.split(r"[.!?] ", m.string[: m.start()])[-1]
    after = re.split(r"[.!?](?: |$)", m.string[m.end() :])[0]
    return f"{before} {after}"


#: Before the fraction rules, so `< 1/4 mile` still sees the digit after the sign.
COMPARE: Rule = rule(r"(?<![^\s(:,\[])(~|≈|[<>]=?|≤|≥) ?(?=[-−+]?[$€£¥]?\d)", _compare)

RULES: list[Rule] = [
    rule(
        rf"\b({_AIRLINES}) ?([1-9]\d{{2,3}})\b(?![.,]\d)",
        _flight,
    ),
    rule(
        rf"(?<![\w.'\"])(\d+(?:\.\d+)?)(?: ?[-–] ?(\d+(?:\.\d+)?))?(?:\"|”|″)"
        rf"(?=( (?:{_INCH_NOUNS})\b)| (?:of|deep|long|wide|tall|thick|high|diagonal)\b)",
        _inches,
    ),
    # `fits 42 in to 70 in screens`: a span of sizes, read as one range of inches.
    rule(
        rf"(?<![\w.])(\d+) in (?:to|-|–) (?=\d+ in (?:{_INCH_NOUNS})\b)",
        lambda m: f"{m[1]}-",
    ),
    # `9.5 in from the top`, `1 in hail`, `6 in apart`: 'in' is inches only before what a
    # depth, a size or a gap says.
    rule(
        rf"(?<![\w.'\"])(\d+(?:\.\d+)?)(?: ?[-–] ?(\d+(?:\.\d+)?))? in"
        rf"(?=( (?:{_INCH_NOUNS}|hail|hailstones)\b)| (?:deep|long|wide|tall|thick|high|diagonal"
        r"|apart|across|of (?:snow|rain|rainfall|snowfall|water|ice|hail)"
        r"|from the (?:top|bottom|edge|side|wall|floor|ceiling|rim))\b)",
        _inches,
    ),
    # `BWI→MCO`, `Home → Work`: an arrow between places reads 'to'.
    rule(r" ?(?:→|⟶|->|=>) ?", lambda m: " to "),
    # `↑12%`, `▼ $2.07`: an arrow before a number says which way it moved.
    rule(r"[↑▲] ?(?=[-+]?[$€£]?\d)", lambda m: "up "),
    rule(r"[↓▼] ?(?=[-+]?[$€£]?\d)", lambda m: "down "),
    en_dottime.DOT_TIME,
    rule(r"(?<![\w.,])(\d+(?:\.\d+)?) ?A\b(?![\w'-])", _amps),
    rule(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?!\d|:\d|\.\d)", _hms),
    # `ratio 1:16`, `mix 1:10`, `diluted 1:4`, `odds 3:1`: after the word, a ratio, 'to'.
    rule(
        r"(\b(?i:ratio|mix|mixed|dilute|diluted|dilution|odds|aspect)(?: (?:of|is|was))?:? )"
        r"(\d{1,3}):(\d{1,3})\b(?![:.,]\d| ?(?i:[ap]\.?m)\b)",
        lambda m: f"{m[1]}{m[2]} to {m[3]}",
    ),
    # `epi 1:100,000`, `scale 1:2500`: no clock has so many minutes, a ratio 'one to ...'.
    rule(
        r"(?<![\d:.,])(\d{1,3}):(\d{1,3}(?:,\d{3})+|\d{3,})(?![\d:]|[.,]\d)",
        lambda m: f"{m[1]} to {m[2]}",
    ),
    rule(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)", _dotted),
    rule(r"(?<![\w.,])([-−])?(\d{1,3})(?:\.(\d))? ?([CFcf])\b(?!['-])", _temperature),
    rule(
        r"(?<![\w.])(\d{1,4}) ?[x×] ?(\d{1,4}) ?[x×] ?(\d{1,4})(?!\w|\.\d)",
        lambda m: f"{m[1]} by {m[2]} by {m[3]}",
    ),
    rule(
        r"(?<![\w.])(\d{1,4}) ?[x×] ?(\d{1,4})(?!\w|\.\d| ?(?:kg|lbs?|g|oz|ml|L|l|gal)\b)",
        _by,
    ),
    # `1 x 23kg`: so many of a measure; `2 x 4 m` is a size.
    rule(
        r"(?<![\w.])(\d{1,2}) [x×] (?=\d+(?:\.\d+)? ?(?:(kg|lb|lbs|L|l|ml|g|oz|gal)|[a-z]+)\b)",
        lambda m: f"{m[1]} times " if m[2] else f"{m[1]} by ",
    ),
    rule(
        r"(?<![\w.])(\d{1,2}) ?[x×] ?(?=\d+(?:\.\d+)? ?(?:kg|lbs?|oz|ml|L|l|gal)\b)",
        lambda m: f"{m[1]} times ",
    ),
    # `2x daily`, `3x a week`: how often, not a product or a zoom factor.
    rule(rf"(?<![\w.])(\d{{1,2}})[x×](?= (?:{_HOW_OFTEN})\b)", _times),
    # `she called 3x`, `woke up 2x`, `rang it 4x`: after a verb, its particle or its object,
    # at the end of a clause, so many times.
    rule(
        rf"\b((?:[a-z]+ed|{_TIMES_BEFORE}) )(\d{{1,2}})[x×](?=[.,!?;)]|$)",
        lambda m: m[1] + _times(m, 2),
    ),
    # `router says error 651`: an error number in pairs, 'six fifty-one'.
    rule(
        r"\b((?i:error|err|fault)(?: code)?:? #?)([1-9]\d{2,3})\b(?![.,]\d)",
        lambda m: m[1] + pairs(int(m[2])),
    ),
    # `1080p`, `1080p60`: a video's lines and its frame rate.
    rule(
        r"\b(480|720|1080|1440|2160)p(24|25|30|50|60|120|144)?\b",
        lambda m: pairs(int(m[1])) + " p" + (f" {card(int(m[2]))}" if m[2] else ""),
    ),
    rule(r"(?<![\w.])([3-7])' ?(1[01]|\d)(?:\"|”|″|'')", lambda m: f"{m[1]} foot {m[2]}"),
    rule(
        rf"(?<=\d)([KkMB])(?= (?:{_BIG_COUNTS})\b)",
        lambda m: " " + {"M": "million", "B": "billion"}.get(m[1], "thousand"),
    ),
    # `Ravens 17 – 4th qtr`: a spaced dash before an ordinal ends a clause, not a range.
    rule(r"(?<=\d)- (?=\d+(?:st|nd|rd|th)\b)", lambda m: ", "),
    # `volume 212M`, `revenue 4.1B`: after a word that counts, a big number's suffix.
    rule(
        rf"(?i:\b(?:{_BIG_CUES}):? )(\d+(?:\.\d+)?)([MB])\b(?![.,]\d)",
        lambda m: m[0][: -len(m[2])] + " " + {"M": "million", "B": "billion"}[m[2]],
    ),
    rule(r"\b([Nn]oon|[Mm]idnight) ?[-–] ?(?=\d)", lambda m: f"{m[1]} to "),
    # `fastest lap 1:32.456`: minutes, seconds and their fraction, as a race clock reads.
    rule(
        r"(?<![\d.:])(\d{1,2}):([0-5]\d)\.(\d{1,3})(?!\d|\.\d)",
        lambda m: (
            (f"{card(int(m[1]))} " if m[1].strip("0") else "")
            + f"{card(int(m[2]))} point {latin.spell_digits(m[3], DIGIT_NAMES)}"
        ),
    ),
    # `Kitchen timer: 00:45 remaining`: a countdown under a minute, seconds.
    rule(
        r"(?<![\d:.])00:([0-5]\d)(?!\d|:\d)(?= (?:left|remaining|to go)\b)",
        lambda m: f"{card(int(m[1]))} {'second' if m[1] == '01' else 'seconds'}",
    ),
    # `practice 4:30-6`: a clock time to a bare hour.
    rule(
        r"(?<![\d.:])(1[0-2]|0?[1-9]):([0-5]\d) ?[-–] ?(1[0-2]|[1-9])(?![\d:.]|\s?[AaPp]\.?[Mm]\b)",
        lambda m: f"{clock(int(m[1]), int(m[2]))} to {card(int(m[3]))}",
    ),
    rule(
        r"(\d ?[AaPp]\.?[Mm]\.?|(?<![\w.,:])\d{1,2}(?::\d\d)?) ?[-–] ?([Nn]oon|[Mm]idnight)\b",
        lambda m: f"{m[1]} to {m[2].lower()}",
    ),
]
