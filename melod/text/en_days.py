"""English short day names: when `Sat`, `tues`, `Mon/Wed/Fri` name days of the week.

Split out of en_abbrev; its RULES run these in this order, among its other abbreviations.
"""

from __future__ import annotations

from melod.text.en_tables import DAYS
from melod.text.en_words import keep_dot
from melod.text.latin import Rule, rule

#: Prepositions after which a short day name is a day: `until Fri.`, `every Tue`.
_DAY_CUES = "until|till|til|by|on|from|every|next|this|before|after|through|thru|and|or|for"
_DAY_INTRO = "to|on|by|for|until|till|next|this|every|from"
_LOWER_DAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_LOWER_DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
                    "sat": "Saturday", "sun": "Sunday", "fri": "Friday", "tues": "Tuesday",
                    "thurs": "Thursday"}  # fmt: skip


def _day(name: str) -> str:
    return DAYS.get(name) or _LOWER_DAY_NAMES[name]


RULES: list[Rule] = [
    # `Mon/Wed/Fri`: a list of days, 'Monday, Wednesday and Friday'.
    rule(rf"\b({'|'.join(DAYS)})\.?/(?=(?:{'|'.join(DAYS)})\.?/)", lambda m: DAYS[m[1]] + ", "),
    rule(rf"\b({'|'.join(DAYS)})\.?/(?=(?:{'|'.join(DAYS)})\b)", lambda m: DAYS[m[1]] + " and "),
    rule(
        rf"\b({'|'.join(DAYS)})\.?(?=(?:,? and|,? or|,|/| ?&) ?(?:{'|'.join(DAYS)})\b)",
        lambda m: DAYS[m[1]],
    ),
    rule(
        rf"\b(?i:({_DAY_CUES})|(?<=[a-z] )(to)) ((?!Sun [A-Z])(?:{'|'.join(DAYS)}))\b\.?",
        lambda m: keep_dot(m, f"{m[1] or m[2]} {DAYS[m[3]]}"),
    ),
    # `skipped Sat (rain)`, `closed Mon,`, `at 9.40 Sat`: a capitalised short day name
    # mid-sentence, right before a bracket or a clause break, is that day (`the Sun,` is not).
    rule(
        rf"(?:(?<=[a-z] )|(?<=[A-Z]{{2}} |\d\d )(?!Sun))(?<!the )({'|'.join(DAYS)})\b\.?"
        r"(?= ?[(;,):]| ?$|(?<=\.) [A-Z]| [—–-] )",
        lambda m: keep_dot(m, DAYS[m[1]]),
    ),
    # `Tues @ 3:40`, `Fri 2pm`, `Mon 14/12/2026`, `Wed high 74°F`: a short day name right
    # before a time, a numeric date or a day's forecast is that day (`The Sun high` is not).
    rule(
        rf"(?<![Tt]he )\b({'|'.join(DAYS)})\b\.?(?= (?:@|at) ?\d| \d{{1,2}}(?::\d\d)? ?"
        r"[AaPp]\.?[Mm]\b| \d{1,2}[/-]\d{1,2}\b| (?:high|low|hi|lo)\b)",
        lambda m: DAYS[m[1]],
    ),
    # `10AM sat`, `sat nite`: a short day name in lower case, after a time or before a part
    # of the day (`sat` alone is a verb).
    rule(
        rf"(\d ?[AaPp]\.?[Mm]\.?,? )({_LOWER_DAYS})\b|\b({_LOWER_DAYS})(?= (?:night|morning|"
        r"afternoon|evening|eve)\b)",
        lambda m: (m[1] or "") + _day(m[2] or m[3]),
    ),
    # `for sat`, `moved to SAT`: a short day name after a word that introduces a day.
    rule(
        rf"\b({_DAY_INTRO}) (sat|mon|tues?|wed|thu|thurs|fri|SAT|MON|TUE|WED|THU|FRI|SUN)\b\.?",
        lambda m: m[0] if m[2] == "SAT" and m[1] == "for" else f"{m[1]} {_day(m[2].lower())}",
    ),
    # `dinner thurs instead?`: short day names that are no English word are days anywhere;
    # `til sun` at the end of a sentence is Sunday too.
    rule(
        r"\b([Tt]ues|[Tt]ue|[Tt]hurs|[Tt]hur|[Tt]hu|[Ww]eds|[Ff]ri)\b\.?",
        lambda m: keep_dot(m, _day(m[1].lower())),
    ),
    rule(r"\b((?:un)?til+) sun\b(?=[.!?]|$)", lambda m: f"{m[1]} Sunday"),
    # `arrives Wed between 9 and 10`: capitalised after a lower-case word, a day, unless a
    # name goes on (`Sun Country`) or `the` makes it a thing (`the Sun`).
    rule(
        r"(?<=[a-z] )(?<![Tt]he )(Wed|Sat|Mon|Sun)\b\.?(?! [A-Z])",
        lambda m: keep_dot(m, DAYS[m[1]]),
    ),
    # `Tues is trash day`: a short day name as the subject (`Sun is out` is the sun).
    rule(
        rf"\b((?!Sun\b)(?:{'|'.join(DAYS)}))\b\.?(?= (?:is|was|will|works|night|morning|"
        r"afternoon|evening)\b)",
        lambda m: DAYS[m[1]],
    ),
    rule(rf"(?<!the )\b({'|'.join(DAYS)})\b\.?(?=\))", lambda m: DAYS[m[1]]),
    # `Wed & Thu`: the second of two days joined by an ampersand.
    rule(rf"(\b[A-Z][a-z]+day ?& ?)({'|'.join(DAYS)})\b\.?", lambda m: m[1] + DAYS[m[2]]),
    # `9-5 M-F`: office hours, Monday to Friday.
    rule(r"(?<![\w-])M ?[-–] ?F(?![\w-])", lambda m: "Monday to Friday"),
    # `every 2nd Tue`, `last Fri of the month`: a short day name after an ordinal.
    rule(
        rf"(\d(?:st|nd|rd|th) |\b(?i:first|second|third|fourth|last) )({'|'.join(DAYS)})\b\.?",
        lambda m: keep_dot(m, m[1] + DAYS[m[2]]),
    ),
    # `6 PM Thu`, `18:00 Fri`: a short day name right after a time is that day.
    rule(
        rf"(\d(?::\d\d)? ?[AaPp]\.?[Mm]\.?,? |\d:\d\d,? )({'|'.join(DAYS)})\b\.?",
        lambda m: keep_dot(m, m[1] + DAYS[m[2]]),
    ),
]
