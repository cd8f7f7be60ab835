"""English measures read in context: ratings, short durations, decades, cents, `k`."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.en_tables import DATE_WORDS, DIGIT_NAMES, UNITS
from melod.text.en_words import card, ordinal, pairs, say_year
from melod.text.latin import Rule, rule

# a mark on a test, quiz or exam is out of its total.
RATING_CTX = re.compile(
    r"(?i)\b(?:score[ds]?|rated|rating|rates?|review|grade|marks?|quiz|quizzes|midterms?|essays?|"
    # footy tipping, football picks and predictions: so many right out of the round's games.
    r"tipping|tips|picks|predictions|trivia|"
    # word games and puzzles: solved in so many guesses out of those allowed.
    r"Wordle|Connections|puzzles?|crosswords?|"
    # A `COVID test` or a `test result` is a lab's, not a mark.
    r"assignments?|homework|(?<!covid )(?<!pcr )(?:tests?|exams?)(?! results?))\b"
)
_DECADE_CUE = r"(?i:\b(?:mid|low|lower|high|upper|early|late|the|in the)[- ]'?)"

# `The 2024 tax forms`, `your 2019 Honda`: a year that describes the noun after it.
_YEAR_DET = r"((?i:\b(?:the|your|my|our|this|his|her|their|its)) )"
_YEAR_PLURALS = "taxes|results|elections|playoffs|finals|rankings|standings|holidays|returns|forms"
_NOT_UNIT = rf"(?!(?:{latin.alternation(UNITS)})(?!\w| ?\d))"
#: Words a four-digit number after is a number or a label, not a year.
_LABEL_WORDS = (
    "Room|Suite|Unit|Apt|Apartment|Gate|Platform|Train|Bus|Route|Highway|Flight|Lot|Zone|"
    "Locker|Box|Order|Invoice|Ticket|Case|Item|Model|Product|Part|No|Number|Code|Pin|PIN|Step|"
    "Page|Chapter|Level|Ext|Extension|Space|Channel|Bay|Dock|Pump|Stall|Door|Floor|Building|"
    "Table|Seat|Row|Section|Track|Line|Store|Station|Exit|Mile|Account|Batch|Serial|Only|"
    "Just|About|Over|Under|Total|Score|Steps|Balance|Pay|Paid|Save|Spent|Earned|Won|Lost|"
    "Calories|Points|PTS|ID|OTP|REF|Ref|Reference|Confirmation|Booking|Tracking|Call|Dial|Text"
)
_UNIT_ALT = latin.alternation(UNITS)
_NOT_UNIT_OR_COUNT = (
    rf"(?:(?:{latin.alternation(UNITS)})\b|"
    r"(?!(?:starts|begins|ends|kicks|opens|closes|runs|returns|arrives|comes|is|was)\b)[a-z]+s\b)"
)
_YEAR_NEXT = rf" {_NOT_UNIT}(?:[A-Z]|[a-z][\w-]*(?<!s)\b|(?:{_YEAR_PLURALS})\b)"


def _one_many(n: str, one: str, many: str) -> str:
    return f"{card(int(n))} {one if int(n) == 1 else many}"


def _cents(m: re.Match[str]) -> str:
    whole, _, frac = m[2].partition(".")
    text = card(int(whole)) + (" point " + latin.spell_digits(frac, DIGIT_NAMES) if frac else "")
    return f"{'minus ' if m[1] else ''}{text} {'cent' if m[2] == '1' else 'cents'}"


def _rating(m: re.Match[str]) -> str:
    """`4.5/5 stars`, `sleep score 85/100`: read 'out of'; anything else is left alone."""
    top, bottom = m[1], int(m[2])
    sentence = re.split(r"[.!?] ", m.string[: m.start()])[-1]
    # `got 18/20 on my spelling test`: what is marked may follow, after `on`.
    marked = re.match(
        r" on (?:\w+ ){0,3}(?:test|exam|quiz|essay|assignment|midterm)", m.string[m.end() :]
    )
    rated = (
        "." in top
        or re.match(r" ?(?:stars?|points?)\b", m.string[m.end() :])
        or RATING_CTX.search(sentence)
        or marked
        # `Got an A on the exam!!! 97/100`: a bare mark is rated by the sentence before.
        or (not sentence.strip(" !?.\x02") and RATING_CTX.search(m.string[: m.start()]))
    )
    if latin.prev_word(m) in DATE_WORDS:
        return m[0]
    if not rated or float(top) > bottom:
        return m[0]
    whole, _, frac = top.partition(".")
    number = card(int(whole)) + (" point " + latin.spell_digits(frac, DIGIT_NAMES) if frac else "")
    return f"{number} out of {card(bottom)}"


def _decade(m: re.Match[str]) -> str:
    return m[1].replace("'", "") + re.sub("y$", "ie", card(int(m[2]))) + "s"


def _short_year(m: re.Match[str]) -> str:
    year = int(m[1])
    return card(year) if year >= 10 else ("oh " + card(year) if year else "two thousand")


def _lap(m: re.Match[str]) -> str:
    """A stopwatch time `28:41` (minutes past 23, so no clock): 'twenty-eight forty-one'."""
    secs = int(m[2])
    if secs == 0:
        return f"{card(int(m[1]))} minutes"
    return f"{card(int(m[1]))} {'oh ' if secs < 10 else ''}{card(secs)}"


#: After the score rules, so `won 24:22` stays a score.
LAP: Rule = rule(r"(?<![\d:.])(2[4-9]|[3-5]\d):([0-5]\d)(?!\d|:\d)", _lap)


def _battery(m: re.Match[str]) -> str:
    if not m[1] and not m[3]:
        return m[0]  # `AA` alone is initials (Alcoholics Anonymous, an airline)
    count = re.sub(r" [x×] $", " ", m[1] or "")
    return count + ("triple A" if m[2] else "double A")


_RECORD_MOVES = "falls?|fell|drops?|dropped|improves?|improved|moves?|moved|climbs?|climbed|"
_RECORD_MOVES += "slips?|slipped|rises?|rose|go|goes|went|advances?|advanced"


_GAME_CTX = re.compile(
    r"(?i)\b(?:wins?|won|loss|losses|lost|beat|beats|beating|beaten|defeat\w*|victory|game|games|season|"
    r"streak|straight|conference|division|record|standings|hosts?|faces?|visits?|vs|"
    r"road trip|homestand|"
    r"NFC|AFC|NFL|NBA|MLB|NHL|playoffs?)\b"
)


_STANDINGS = re.compile(
    r"\b(?:NFL|NFC|AFC|NBA|MLB|NHL|MLS|WNBA|AL|NL) (?:East|West|North|South|Central)\b"
    r"|\b\d+(?:st|nd|rd|th) (?:place|in the)\b|(?i:\bstandings\b)"
)


def _record(m: re.Match[str]) -> str:
    # `The Eagles (10-2) host the Ravens (8-4)`: a team's record in brackets, in a game message.
    bracket = m.string[m.end() : m.end() + 1] == ")"
    if (m[1] or m[2] or bracket) and not _GAME_CTX.search(m.string):
        return m[0]  # `Temps fall to 4-7 degrees`: a range
    # `drop to 3rd in the NFC East at 6-5`: after `at`, a record only in a standings message.
    if m[1] and m[1].lower() == "at" and not _STANDINGS.search(m.string):
        return m[0]
    if m[6]:
        return f"{card(int(m[6]))} and {card(int(m[7]))}"
    head = m[0][: m.start(3) - m.start()]
    # `improve to 12-4-2`: wins, losses and overtime losses (or draws), 'and' between each.
    return head + " and ".join(card(int(n)) for n in (m[3], m[4], m[5]) if n)


# Weather amounts, and the sides and sizes of things (`Depth 6 in, width 24 in`, `TV 65 in`).
_INCH_CTX = re.compile(
    r"(?i)\b(?:hail\w*|snow\w*|rain\w*|precip\w*|accumulations?|depth|width|height|length|"
    r"diameter|thickness|size|screen|tv|monitor|display|gauge)\b"
)


def _bare_inches(m: re.Match[str]) -> str:
    """`hail up to 1.75 in and`, `snow 4-6 in overnight`: 'inches'; `3 in a row` is left."""
    before = re.split(r"[.!?] ", m.string[: m.start()])[-1]
    if "." not in m[1] and not _INCH_CTX.search(before + m.string[m.start() :]):
        return m[0]
    amount = m[1] + (f" to {m[2]}" if m[2] else "")
    return f"{amount} {'inch' if m[1] == '1' and not m[2] else 'inches'}"


# `300 bus stops`, `the 40 tram drivers`: what a count before a vehicle's name counts.
_VEHICLES = "bus|tram|streetcar|shuttle|coach"
_FLEET = "stops|drivers|routes|lanes|passengers|shelters|services|fares|journeys|trips|depots"
_WEIGHING = re.compile(r"(?i)\b(?:weigh\w*|scales?|weight|stone|lost|gained|down to)\b")


def _stone(m: re.Match[str]) -> str:
    if not m[2] and not _WEIGHING.search(m.string[: m.start()]):
        return m[0]
    return f"{card(int(m[1] or m[3]))} stone" + (f" {card(int(m[2]))}" if m[2] else "")


RULES: list[Rule] = [
    # `6th-8th graders`, `1st–3rd place`: a range of ordinals.
    rule(
        r"(?<![\w.,])(\d{1,3})(?:st|nd|rd|th) ?[-–] ?(\d{1,3})(?:st|nd|rd|th)\b",
        lambda m: f"{ordinal(int(m[1]))} to {ordinal(int(m[2]))}",
    ),
    # `Bears fall to 4-7`, `a 10-2 record`: wins and losses, 'four and seven'.
    rule(
        rf"(?i:\b((?:{_RECORD_MOVES}) to|at) |\brecord[:,]? (?:of |is |at |now )?"
        r"|(?<=[a-z]s )(are) )"
        r"(\d{1,2})-(\d{1,2})(?:-(\d{1,2}))?\b(?![-.]\d)"
        r"|(?<![\w.-])(\d{1,2})-(\d{1,2})(?= (?:record|on the season|overall|in conference)\b"
        r"|(?<=[a-z]s \(\d-\d)\)|(?<=[a-z]s \(\d\d-\d)\)"
        r"|(?<=[a-z]s \(\d-\d\d)\)|(?<=[a-z]s \(\d\d-\d\d)\))",
        _record,
    ),
    # `12 st 4 lb`, `11st 2lbs`: a British weight in stone and pounds, 'twelve stone four';
    # `down to 13st` after a weighing word (`12 st` elsewhere may be a street).
    rule(
        r"(?<![\w.,])([5-9]|[1-3]\d) ?st,? ?(\d{1,2}) ?(?:lbs?|pounds)\b"
        r"|(?<![\w.,])([5-9]|[1-3]\d) ?st\b(?!\.? [A-Z])",
        _stone,
    ),
    # `INV-40021`, `PO 88213`: a reference after its letters, read digit by digit.
    rule(
        r"\b(?:((?:INV|PO|ORD|RMA|WO|SO|SR|INC|REQ|TKT|SKU|REF|Ref)[- ]?)(\d{3,7})"
        r"|([A-Z]{2,4} )(\d{5,7}))\b(?![.,]\d)",
        lambda m: f"{(m[1] or m[3]).rstrip('- ')} {latin.spell_digits(m[2] or m[4], DIGIT_NAMES)}",
    ),
    # `plate 7XYZ 123`, `rego ABC 123`: a number plate, each character said.
    rule(
        r"(\b(?i:plate|rego|registration|licen[cs]e plate)(?: (?:no\.?|number))?:? (?:is )?)"
        r"((?=[A-Z\d ]*\d)[A-Z\d]{1,4}(?: [A-Z\d]{1,4}){0,3})\b(?![.,]\d)",
        lambda m: m[1] + " ".join(DIGIT_NAMES[int(c)] if c.isdigit() else c for c in m[2]),
    ),
    # `504 King streetcar`, `720 Express bus`, `the 330 bus`, `504 King diverted`: a route
    # number before its name reads in pairs (`300 bus stops` counts them).
    rule(
        r"(?<![\w.,$-])([1-9]\d{2})(?= (?:[A-Z][a-z]+ ){1,2}(?:streetcar|bus|tram|express|line|"
        r"diverted|delayed|detour|short-turning|suspended|resumes|replaced)\b)"
        rf"|(?<=\b[Tt]he )([1-9]\d{{2}})(?= (?:{_VEHICLES})\b(?! (?:{_FLEET})\b))",
        lambda m: pairs(int(m[1] or m[2])),
    ),
    rule(rf"{_YEAR_DET}(19\d\d|20[0-3]\d)(?={_YEAR_NEXT})", lambda m: m[1] + say_year(int(m[2]))),
    # `World Cup 2026 tickets`: after a two-word name, a year whatever follows.
    rule(
        rf"\b([A-Z][a-z]+ [A-Z][a-z]+ )(19[5-9]\d|20[0-3]\d)\b(?![.,]\d)(?! ?(?:{_UNIT_ALT})\b)",
        lambda m: m[1] + say_year(int(m[2])),
    ),
    # `Euro 2024 final`, `Camry 2019`, `CES 2025`: after a name, a year (labels count instead).
    rule(
        rf"\b((?!(?:{_LABEL_WORDS})\b)(?:[A-Z][a-z]+|[A-Z]{{2,}}) )(19[5-9]\d|20[0-3]\d)"
        rf"(?=[ ,:;.!?)]|$)(?![.,]\d)(?! ?{_NOT_UNIT_OR_COUNT})",
        lambda m: m[1] + say_year(int(m[2])),
    ),
    rule(r"(?<![\w/.,])(\d+(?:\.\d+)?) ?/ ?(\d{1,3})(?![\w/]|[.,]\d)", _rating),
    # `2h 15m`, `7h 42m`: after hours, m is minutes; `3m 20s` is minutes and seconds.
    rule(
        r"(?<![\w.,])(\d{1,3}) ?h(?:rs?)? ?(\d{1,2}) ?m(?:ins?)?\b",
        lambda m: _one_many(m[1], "hour", "hours") + " " + _one_many(m[2], "minute", "minutes"),
    ),
    rule(
        r"(?<![\w.,])(\d{1,3}) ?m(?:ins?)? ?(\d{1,2}) ?s(?:ecs?)?\b",
        lambda m: _one_many(m[1], "minute", "minutes") + " " + _one_many(m[2], "second", "seconds"),
    ),
    rule(rf"({_DECADE_CUE})([2-9]0)s\b", _decade),
    # `'90s` with its apostrophe is a decade wherever it stands.
    rule(r"(?<![\w'])()'([2-9]0)s\b", _decade),
    # `Class of '27`, `Summer '25`, `back in '05`: a year cut to its last two digits.
    rule(r"(?<![\w'])'(\d\d)\b(?!['.,:]\d|'|%)", _short_year),
    # `2+ hrs`: at least that many, 'two plus hours'.
    rule(
        rf"(?<![\w.,])(\d+)\+ ?({latin.alternation(UNITS)})(?![\w/])",
        lambda m: f"{card(int(m[1]))} plus {UNITS[m[2]][1]}",
    ),
    # `hail up to 1.75 in and 60 mph`: a bare `in` ending the phrase, after a decimal or in
    # weather, is inches (`3 in a row` goes on to a noun and keeps the preposition).
    rule(
        r"(?<![\w.'\"])(\d+(?:\.\d+)?)(?: ?[-–] ?(\d+(?:\.\d+)?))? in"
        r"(?=[,;)]|[.!?]?$| and\b| or\b| (?:above|below) (?:normal|average)\b"
        r"| by (?:morning|noon|tonight|midnight|evening|\w+day)\b"
        r"| (?:overnight|today|tonight|so far|yesterday|since|"
        r"this (?:week|month|year|morning|afternoon|evening)|last (?:night|week|month))\b)",
        _bare_inches,
    ),
    # `2-4 in. of snow`: `in.` after a number is inches (a bare `in` is the preposition).
    rule(
        r"(?<![\w.,])(\d+(?:\.\d+)?) ?in\.(?= [a-z])",
        lambda m: f"{m[1]} {'inch' if m[1] == '1' else 'inches'}",
    ),
    # `-1¢/kWh`, `12.5¢`: an energy price, negative or in tenths of a cent.
    rule(r"((?<![\w)])[-−])?(?<![\w.,])(\d+(?:\.\d+)?) ?¢", _cents),
    # `2x AA batteries`, `3x bulbs`: a count of things, read as the number alone.
    rule(r"(?<![\w.,])(\d{1,2}) ?x (?=[A-Z]{1,4}\b|[a-z]+s\b)", lambda m: card(int(m[1])) + " "),
    # `speed x2`, `x3 boost`: a multiplier written before its number.
    rule(r"(?<![\w.,])[x×](\d{1,2}(?:\.\d+)?)\b(?![.,]\d)", lambda m: "times " + m[1]),
    # `4 AA batteries`, `(2 x AAA)`, `AAA cells`: battery sizes, not initials.
    rule(
        r"\b((?:\d{1,2}|two|three|four|six|eight|twelve) (?:[x×] )?)?AA(A?)\b"
        r"(?=( batter| cell)|\)| ?$|,)",
        _battery,
    ),
    # `1.2k views`, `10k steps`: the letter K, as people say it.
    rule(r"(?<=\d)k\b", lambda m: " K"),
]
