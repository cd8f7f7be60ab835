"""English short forms of office, notice and shop language, read as the whole word.

`Dept. of Motor Vehicles`, `Govt. shutdown`, `Qty 3`, `Attn:`, `bldg A`, `Mgr approved`:
people reading a notice aloud say the word, never the letters.
"""

from __future__ import annotations

import re

from melod.text import latin

#: Short forms that are no English word, in lower case (a capitalised one keeps its capital).
SHORT = {
    "dept": "department", "depts": "departments", "govt": "government",
    "gov't": "government", "mfr": "manufacturer", "mfg": "manufacturing",
    "qty": "quantity", "attn": "attention", "bldg": "building", "bldgs": "buildings",
    "mgr": "manager", "mgmt": "management", "asst": "assistant", "amt": "amount",
    "cust": "customer", "natl": "national", "intl": "international", "int'l": "international",
    "pmt": "payment", "pymt": "payment", "rec'd": "received", "recd": "received",
    "reqd": "required", "sched": "schedule", "univ": "university", "wkly": "weekly",
    "mthly": "monthly", "bdrm": "bedroom", "bdrms": "bedrooms", "hosp": "hospital",
    "maint": "maintenance", "elec": "electric", "yr": "year", "yrs": "years",
    "misc": "miscellaneous", "doz": "dozen", "fwd": "forward", "ct": "court",
    "acct": "account", "accts": "accounts", "bal": "balance", "avail": "available",
    "vol": "volume", "temp": "temp", "bbq": "barbecue", "apt": "apartment", "utd": "united",
    "tbsp": "tablespoon", "tsp": "teaspoon",
}  # fmt: skip

_ALT = "|".join(re.escape(w) for k in SHORT for w in (k, k.capitalize()))
# A short form stands alone (`Yr-end` is one too); `3 yr` is a unit, read by the unit rules.
_SHORT_RE = re.compile(rf"(?<![\w/.'-])({_ALT})(?![\w/'])(\.(?= [^A-Z\s]|:|,))?")
# `Min. temp`, `max tmrw 45°F`: before a noun, a minimum or a maximum.
# `Max` alone may be the dog: capitalised and bare, only before a measured noun.
_MIN_MAX_RE = re.compile(
    r"(?<![\w.])(?<!\d )(?:([Mm]in|max|MIN|MAX)\.?|(Max)\.)(?= (?:temp|temperature|tmrw|"
    r"tomorrow|today|tonight|order|spend|purchase|payment|balance|charge|speed|load|capacity|"
    r"heart)\b)|(?<![\w.])(Max)(?= (?:temp|temperature|speed|load|capacity)\b)"
)


#: Short forms that are units after a number (`3 yr`, `12 ct`, `Vol. 2` is a label).
_UNITS = frozenset(("yr", "yrs", "ct", "vol", "tbsp", "tsp"))


def _short(m: re.Match[str]) -> str:
    if m[1].lower() in _UNITS and re.search(r"\d ?$", m.string[: m.start()]):
        return m[0]
    # `sudo apt update`: the Linux package tool, not an apartment.
    if m[1] == "apt" and latin.next_word(m) in ("install", "update", "upgrade", "get", "remove"):
        return m[0]
    word = SHORT[m[1].lower()]
    return word[:1].upper() + word[1:] if m[1][0].isupper() else word


def _min_max(m: re.Match[str]) -> str:
    short = m[1] or m[2] or m[3]
    word = "minimum" if short.lower() == "min" else "maximum"
    return latin.at_start(m, word) if short[0].isupper() else word


# `Tulsa Co.`, `Harris Co`: after a place name, County where the message is a warning or
# the name of a county office (`Orange Co. Sheriff`); `Acme Co.`, `Smith & Co.`, `Co. Ltd`
# elsewhere stay a company.
_COUNTY_OFFICE = (
    r"Sheriff|Fair|Fairgrounds|Court|Courthouse|Commission|Commissioners|Clerk|Jail|Schools|"
    r"Line|Health|Library|Parks|Airport|Emergency|EMS|Fire|Board|Assessor|Treasurer"
)
_COUNTY_RE = re.compile(
    r"\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) Co(\.)?(?![\w.])"
    r"(?! ?(?:Ltd|Inc|LLC|Limited|KG|AG|plc)\b)"
)
_COUNTY_CUE = re.compile(
    r"(?i)\b(?:warnings?|watch(?:es)?|advisory|advisories|alerts?|sheriff|fair|court|county|"
    r"counties|tornado|flood(?:ing)?|storm|thunderstorm|hurricane|blizzard|wildfire|fire|"
    r"burn ban|NWS|evacuations?|emergency|weather|snow|hail|wind chill|heat)\b"
)


def _county(m: re.Match[str]) -> str:
    office = re.match(rf" (?:{_COUNTY_OFFICE})\b", m.string[m.end() :])
    if not office and not _COUNTY_CUE.search(m.string):
        return m[0]
    dot = "." if m[2] and not office and latin.sentence_end(m) else ""
    return f"{m[1]} County{dot}"


# `Warner Bros. studio`, `Smith Bros. Plumbing`, `Ace Mfg. Co.`: a firm's short form after
# its capitalised name, said whole; its stop ends no sentence unless the message ends or a
# pronoun starts the next (`bros` alone is slang, `Mfg` after no name is read by `SHORT`).
_FIRMS = {"Bros": "Brothers", "Assn": "Association", "Assoc": "Association",
          "Mfg": "Manufacturing", "Svc": "Service", "Svcs": "Services"}  # fmt: skip
_FIRM_RE = re.compile(rf"\b([A-Z][\w'&-]*) ({'|'.join(_FIRMS)})\b(\.)?")
_NEW_SENTENCE = re.compile(r"\s*$| (?:I|We|You|They|It|He|She|The|Please|Thanks|Call)\b")


def _firm(m: re.Match[str]) -> str:
    dot = "." if m[3] and _NEW_SENTENCE.match(m.string, m.end()) else ""
    return f"{m[1]} {_FIRMS[m[2]]}{dot}"


# `M4.2 near Ridgecrest`, `Mag 5.1 quake`: an earthquake's magnitude (an `M3.5` screw or an
# `M2` chip elsewhere keeps its letter).
_MAGNITUDE = re.compile(r"\b(?:M|[Mm]ag\.?) ?(?=\d(?:\.\d)?\b(?![.,]\d))")
_QUAKE = re.compile(
    r"(?i)\b(?:earthquakes?|quakes?|tremors?|seismic|usgs|aftershocks?|epicent\w+)\b"
)


# `Pt. Rocky: NPO after midnight` in a clinic's message, and `Pt in 412`, `pt's temp`, `pts
# waiting` before a lower-case word anywhere: the patient (`Pt. Reyes` elsewhere is a point,
# `1 pt` a pint).
_PATIENT = re.compile(r"(?<![\w.])(?<!\d )([Pp])t(s?|'s)\b\.?(?=( [A-Z])| (?:[a-z]|c/o))")
_CLINIC = re.compile(
    r"(?i)\b(?:NPO|surgery|surgical|post-?op|pre-?op|vet|clinic|meds?|dose|discharged?|"
    r"admitted|nurse|ward|anesthesia|sedation|vitals|Rx)\b"
)


# `q6h`, `q4-6h`, `q8hrs`: a prescription's 'every so many hours'.
_EVERY_RE = re.compile(r"(?<![\w/])[qQ](\d{1,2}(?:-\d{1,2})?) ?(?:h(?:rs?)?|H)\b")
# `BID x 7d`, `daily x 10 days`: how long a prescription runs, 'for seven days'.
_COURSE_RE = re.compile(
    r"(?i)\b((?:BID|TID|QID|QD|QHS|PRN|daily|nightly|hours|a day)\.?) ?[x×] ?(\d{1,2}) ?"
    r"(?:(d|days?)|(wks?|weeks?))\b"
)


def _patient(m: re.Match[str]) -> str:
    if m[3] and not _CLINIC.search(m.string):
        return m[0]
    return f"{m[1]}atient{m[2]}"


def _course(m: re.Match[str]) -> str:
    unit = "day" if m[3] else "week"
    return f"{m[1]} for {m[2]} {unit}{'' if m[2] == '1' else 's'}"


def expand(text: str) -> str:
    """Read the short forms of `SHORT`, `Min.`/`max` before a noun, a county's `Co.`, an
    earthquake's `M` and a clinic's `Pt.` as whole words."""
    text = _COUNTY_RE.sub(_county, _FIRM_RE.sub(_firm, text))
    text = _PATIENT.sub(_patient, text)
    text = _EVERY_RE.sub(lambda m: "every hour" if m[1] == "1" else f"every {m[1]} hours", text)
    text = _COURSE_RE.sub(_course, text)
    if _QUAKE.search(text):
        text = _MAGNITUDE.sub("magnitude ", text)
    # `TfL`, `PoE`, `DfE`, `SpO2`: initials with a small letter between, each letter said.
    # (`YoY`, `MoM`: the same letter twice is a period over a period, read elsewhere; GaN is
    # said as a word; `MyQ` is the brand's 'my Q'.)
    text = re.sub(
        r"(?<![\w'])(?!GaN|My)([A-Z])[a-z](?!\1)[A-Z](?![A-Za-z_'])",
        lambda m: latin.spell(m[0].upper()),
        text,
    )
    return _MIN_MAX_RE.sub(_min_max, _SHORT_RE.sub(_short, text))
