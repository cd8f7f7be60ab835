"""English sport shapes: tennis sets (`6-4, 7-5` is "six four, seven five", not a range)."""

from __future__ import annotations

import re

from melod.text import en_locale
from melod.text.en_words import card
from melod.text.latin import Rule, at_start, rule

# A set and its tie-break, if written: `6-4`, `7-6(5)`, `6-7 (4-7)`.
_SET = r"\d-\d(?: ?\(\d{1,2}(?:-\d{1,2})?\))?"
# Two or more set scores in a row (`6-4, 7-5`, `6-3 6-4`), or one said to be a set's
# (`took the opener 6-1`, `6-2 in the decider`).
_SETS = (
    rf"(?<![\w.,:/-])(?:{_SET}(?:,? {_SET})+|(?:(?<=\bset )|(?<=\bopener )|(?<=\bdecider ))"
    rf"{_SET}|{_SET}(?= in the (?:\w+ set|opener|decider)\b))"
    r"(?![\w/-]|[.,]\d)"
)
_ONE = re.compile(r"(\d)-(\d)(?: ?\((\d{1,2})(?:-(\d{1,2}))?\))?")


def _finished(a: int, b: int) -> bool:
    """A set that is over: six with a two-game lead, or seven after 5 or 6."""
    high, low = max(a, b), min(a, b)
    return (high == 6 and low <= 4) or (high == 7 and low in (5, 6))


def _games(n: int) -> str:
    # Nil games is 'love' in tennis: 'six love'.
    return "love" if n == 0 else card(n)


def _say(m: re.Match[str]) -> str:
    said = f"{_games(int(m[1]))} {_games(int(m[2]))}"
    if m[3]:  # the tie-break points, a pause after the set
        said += ", " + " ".join(card(int(p)) for p in (m[3], m[4]) if p)
    return said


def _sets(m: re.Match[str]) -> str:
    sets = list(_ONE.finditer(m[0]))
    games = [(int(s[1]), int(s[2])) for s in sets]
    # `ages 5-6, 6-7`: finished sets, the last one maybe still being played (`6-4, 3-2`),
    # or it is no tennis score.
    if not all(_finished(a, b) for a, b in games[:-1]) or max(games[-1]) > 7:
        return m[0]
    return ", ".join(_say(s) for s in sets)


_TENNIS = re.compile(
    r"(?i)\btennis\b|\bwimbledon\b|\b(?:us|french|australian) open\b|\broland[- ]garros\b"
    r"|\b(?:ATP|WTA)\b|\b(?:first|second|third|fourth|fifth|opening|final) set\b"
)


def _tennis_set(m: re.Match[str]) -> str:
    """`Tennis: Gauff d. Pegula 6-4`: one finished set in a tennis message, 'six four'."""
    one = _ONE.fullmatch(m[0])
    if not one or not _TENNIS.search(m.string) or not _finished(int(one[1]), int(one[2])):
        return m[0]
    return _say(one)


# Cricket: runs for wickets down, `245/6` 'two hundred forty-five for six', where the message
# talks cricket (a slash alone may be a date or a fraction).
_CRICKET_CTX = re.compile(r"(?i)\b(?:overs?|innings|batting|bowl\w*|runs)\b")
# `Yorkshire 287/6`: a side's name before a hundred runs or more needs no other sign.
_SIDE = re.compile(r"\b(?!(?:Unit|Flat|Apt|Suite|Room|Route|Bus|Lot|Level|Gate)\b)[A-Z][a-z]+ $")


def _innings(m: re.Match[str]) -> str:
    side = m[1] and len(m[1]) == 3 and _SIDE.search(m.string[: m.start()])
    if not (side or _CRICKET_CTX.search(m.string) or en_locale.CRICKET.search(m.string)):
        return m[0]
    # `4/178` (as Australians write it, wickets first): 'four for one hundred and seventy-eight'.
    first, second = (m[1], m[2]) if m[1] else (m[3], m[4])
    # `312/7 dec`: the side declared its innings closed.
    return f"{card(int(first))} for {card(int(second))}" + (" declared" if m[5] else "")


# Gaelic games: goals-points for each team, `Dublin 2-14 Kildare 1-10`, `Kerry 1-20 to 0-18`.
_TEAM = r"[A-Z][\w'.]*(?: [A-Z][\w'.]*){0,2}"
_GAA = (
    rf"\b({_TEAM} )(\d)-([1-3]?\d) ((?:{_TEAM}(?:'s)?|to) )(\d)-([1-3]?\d)"
    r"(?![\w/-]|[.,:]\d)"
)
_GAA_CTX = re.compile(r"\b(?:GAA|SFC|SHC|[Hh]urling|All-Ireland|[Ff]ootball|[Cc]hampionship)\b")
_NOT_TEAMS = re.compile(
    r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun|open|hours?|to|ages?|sizes?|kids|grades?|years?|"
    r"pages?|rooms?|gates?|exits?|routes?|aisles?|stages?|levels?|platforms?|jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)\w*\b"
)


def _gaa(m: re.Match[str]) -> str:
    """Goals and points said side by side, no 'to' between: 'two fourteen'."""
    points = [m[3], m[6]]
    if _NOT_TEAMS.match(m[1]) or (
        all(len(p) == 1 for p in points) and not _GAA_CTX.search(m.string)
    ):
        return m[0]
    if m[4] != "to " and _NOT_TEAMS.match(m[4]):
        return m[0]
    said = [f"{card(int(g))} {card(int(p))}" for g, p in ((m[2], m[3]), (m[5], m[6]))]
    return f"{m[1]}{said[0]} {m[4]}{said[1]}"


_MATCH_CTX = re.compile(
    r"(?i)\b(?:FT|HT|full[ -]time|half[ -]time|kick-?off|league|cup|derby|final|score[sd]?|"
    r"wins?|won|beat|beats|lost|lose|loses|leads?|led|defeated|drew|tied?|vs\.?|versus|match|"
    r"game|goals?|scorers?|penalties|pens|extra time|stoppage time|(?:first|second|1st|2nd) half|"
    r"under ?way)\b"
)


def say_score(a: int, b: int) -> str:
    """'four to two' in America; a British writer says 'four two', 'two nil', 'one all'."""
    if not en_locale.british():
        return f"{card(a)} to {card(b)}"
    if a == b != 0:
        return f"{card(a)} all"
    return " ".join("nil" if n == 0 else card(n) for n in (a, b))


_BASEBALL = re.compile(
    r"\b(?:innings?|inning|MLB|RBIs?|homers?|bullpen|at-bats?|\d-for-\d|Yankees|Mets|Dodgers|"
    r"Red Sox|Cubs|Astros|Braves|Phillies|Mariners|Padres|Orioles|Blue Jays|Rangers|Twins)\b"
)


def _home_runs(m: re.Match[str]) -> str:
    """`with a HR`, `2 HRs`: in a baseball message, home runs (elsewhere Human Resources)."""
    if not _BASEBALL.search(m.string):
        return m[0]
    count = re.search(r"(\d+) $", m.string[: m.start()])
    return "home runs" if m[1] or (count and count[1] != "1") else "home run"


def _not_out(m: re.Match[str]) -> str:
    """`Root 142*`: a batter still in, in a cricket message."""
    if not (_CRICKET_CTX.search(m.string) or en_locale.CRICKET.search(m.string)):
        return m[0]
    return f"{card(int(m[1]))} not out"


def _match(m: re.Match[str]) -> str:
    """`Arsenal 2-0 Spurs`: a score between two team names, in a message about a match or
    a British one (`United 2-0 Villa at Old Trafford`; not `Bins 2-3 Tuesday`)."""
    if _NOT_TEAMS.match(m[1]) or _NOT_TEAMS.match(m.string, m.end()):
        return m[0]
    if not (_MATCH_CTX.search(m.string) or en_locale.british()):
        return m[0]
    return f"{m[1]}{say_score(int(m[2]), int(m[3]))} "


def _afl(m: re.Match[str]) -> str:
    """`Cats 12.10 (82)`: Australian football's goals and behinds, then the total (six points
    a goal), 'twelve ten, eighty-two'; any other sum is no such score."""
    goals, behinds, total = int(m[1]), int(m[2]), int(m[3])
    if goals * 6 + behinds != total:
        return m[0]
    return f"{card(goals)} {card(behinds)} ({card(total)})"


RULES: list[Rule] = [
    rule(r"(?<![\w.])(\d{1,2})\.(\d{1,2}) \((\d{1,3})\)", _afl),
    # `2-run HR`, `solo HR`, `HR in the 8th`: baseball's home run.
    rule(
        r"(?:(?<=-run )|(?<= run )|(?<=\bsolo )|(?<=\bslam ))HR\b"
        r"|\bHR(?= in the \d+(?:st|nd|rd|th)\b)",
        lambda m: "home run",
    ),
    rule(r"\bHR(s?)\b", _home_runs),
    # `FT: Arsenal 2-1 Spurs`, `HT Celtic 1-0 Hibs`: the result at full time or half time.
    rule(
        r"(?<![\d.] )\b([FH])T\b(?=:? [A-Z][\w.' ]{0,30}?\d{1,2} ?[-–] ?\d)",
        lambda m: at_start(m, "full time" if m[1] == "F" else "half time"),
    ),
    # `Judge 2-for-4`: hits for at-bats.
    rule(
        r"(?<![\w.-])(\d{1,2})-for-(\d{1,2})\b",
        lambda m: f"{card(int(m[1]))} for {card(int(m[2]))}",
    ),
    rule(r"(?<![\w.,-])(\d{1,3})\*(?![\w*])", _not_out),
    rule(_GAA, _gaa),
    # `2-0 up at half-time`, `3-1 down`: a side's lead or deficit is a score.
    rule(
        r"(?<![\w.:,/-])(\d{1,2}) ?[-–] ?(\d{1,2})(?= (?:up|down)\b(?! (?:to|from|by)\b))",
        lambda m: say_score(int(m[1]), int(m[2])),
    ),
    rule(rf"\b({_TEAM} )(\d{{1,2}}) ?[-–] ?(\d{{1,2}}) (?=[A-Z][a-z])", _match),
    rule(_SETS, _sets),
    rule(rf"(?<![\w.,:/-]){_SET}(?![\w/-]|[.,]\d)", _tennis_set),
    rule(
        r"(?<![\w.,:/-])(?:(\d{2,3})/(10|\d)|(10|\d)/(\d{2,3}))(?![\w/]|[.,]\d)( dec\b)?",
        _innings,
    ),
]
