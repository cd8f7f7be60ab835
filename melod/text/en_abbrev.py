"""English abbreviations and titles: Mr., Dr., St., Ave., approx., Bldg.; day names in en_days."""

from __future__ import annotations

import re

from melod.text import en_days, en_short, latin
from melod.text.en_tables import DAYS, MONTH_RE, MONTHS
from melod.text.en_words import keep_dot, ordinal, sentence_end
from melod.text.latin import Rule, rule

#: Written in mixed case, so the acronym speller never sees them.
_MIXED = {"Rx": "prescription", "iOS": "I O S", "iPadOS": "I pad O S", "macOS": "mac O S",
          "watchOS": "watch O S", "tvOS": "T V O S", "eBay": "e Bay"}  # fmt: skip

#: Abbreviations that label a number (`Bldg. 3`, `Rm 204`): expanded before sentence
#: starts are marked, so the number after the dot is not taken for a new sentence.
_BEFORE_NUMBER = {"Bldg": "Building", "Rm": "Room", "rm": "room", "Ste": "Suite", "Fl": "Floor",
                  "Dept": "Department", "dept": "department", "Hwy": "Highway", "Rte": "Route",
                  "Ext": "extension", "ext": "extension", "Apt": "Apartment",
                  "arr": "arrives", "Arr": "Arrives", "dep": "departs",
                  "Dep": "Departs", "Ep": "Episode", "ep": "episode", "Gr": "Grade",
                  "Yr": "Year",
                  "fig": "figure", "Fig": "Figure",
                  # a seat's section (`Sec 12 Row F`).
                  "Sec": "Section", "Sect": "Section"}  # fmt: skip

_DAY_ABBREVS = "|".join([*DAYS, *(d.lower() for d in DAYS)])
_DATE_OR_TIME = r"\d{1,2}(?:/\d{1,2}\b|:\d\d|(?::\d\d)? ?[AaPp]\.?[Mm]\b)"
#: Short forms whose stop, before a number, ends no sentence (`vs. 3`, `Ch. 4`).
_DOTTED = "vs|pts?|ch|sec|qty|ref|ver|rev|div|gr|ex|max|min|fig|yrs?|hrs?|wks?|mos?|sq|tel|mtg|rs"
_MIN_NOUNS = "due|payment|pmt|balance|amount|order|purchase|spend|deposit|charge"

_SUFFIX = {"J": "Junior", "S": "Senior"}

#: Titles before a name (`Prof. Reynolds`, `Sgt. Diaz`); the bare form too for the first row.
_TITLES = {"Prof": "Professor", "Sgt": "Sergeant", "Capt": "Captain", "Supt": "Superintendent",
           "Gov": "Governor", "Sen": "Senator", "Rep": "Representative", "Lt": "Lieutenant",
           "Col": "Colonel", "Gen": "General", "Rev": "Reverend", "Maj": "Major",
           "Pres": "President", "Det": "Detective", "Hon": "Honorable", "Fr": "Father",
           "Cmdr": "Commander", "Adm": "Admiral", "Insp": "Inspector"}  # fmt: skip
_BARE_TITLES = "Prof|Sgt|Capt|Supt"


def _street(m: re.Match[str]) -> str:
    """`Oak St.` is a street, `St. Mary's` a saint; `Elm Dr` a drive, `Dr. Lee` a doctor."""
    kind = m.group(1)
    before = m.string[: m.start()].rstrip()
    after_name = bool(re.search(r"(?:[A-Z][\w']*|\d+(?:st|nd|rd|th))$", before))
    after_name = after_name and not re.search(r"[.!?]$", before)
    after = m.string[m.end() :]
    # `Call Dr. Patel`, `Visit St. Mary's`: a sentence's first word is a verb, not a street name.
    # (`Queen St E closed`: a compass letter after it keeps a street.)
    if re.search(r"(?:^|[.!?:;,(—–-] )[A-Z][a-z]+$", before) and re.match(
        r" [A-Z](?![\s,.;)]|$)", after
    ):
        after_name = False
    if not after_name and re.match(r" [A-Za-z]", after):
        return "Saint" if kind == "St" else "Doctor"
    return keep_dot(m, "Street" if kind == "St" else "Drive")


_STREET = {"Ave": "Avenue", "Av": "Avenue", "Rd": "Road", "Blvd": "Boulevard", "Ln": "Lane",
           "Pkwy": "Parkway", "Hwy": "Highway", "Ct": "Court", "Pl": "Place", "Ter": "Terrace",
           "Cir": "Circle", "Ctr": "Center", "Jn": "Junction", "Jct": "Junction"}  # fmt: skip
_STREET_ALT = "|".join(_STREET)
_STREET_WORDS = "Street|Avenue|Road|Boulevard|Lane|Drive|Way|Court|Place"
_POINTS = {"NW": "Northwest", "NE": "Northeast", "SW": "Southwest", "SE": "Southeast",
           "N": "North", "S": "South", "E": "East", "W": "West"}  # fmt: skip


_NAMED = re.compile(
    r" (?:Day|High|School|Park|Blvd|Boulevard|Drive|Street|Avenue|Center|Memorial|Elementary|"
    r"Library|Hospital)\b"
)


def _suffix(m: re.Match[str]) -> str:
    """`Smith Jr.` 'Smith Junior'; in `King Jr. Day` the stop ends no sentence."""
    if _NAMED.match(m.string, m.end()):
        return m[1] + _SUFFIX[m[2]]
    return m[1] + keep_dot(m, _SUFFIX[m[2]])


def _month_no(name: str) -> int:
    return next(i for i, month in enumerate(MONTHS) if month.startswith(name[:3]))


def _mixed(m: re.Match[str]) -> str:
    word = _MIXED[m[1]]
    return latin.at_start(m, word) if m[1] == "Rx" else word


def _street_type(m: re.Match[str]) -> str:
    return m[1] + keep_dot(m, _STREET[m[2]])


#: `Mt. Hood`, `Ft. Worth`, `Pt. Reyes`: a place named by its mountain, fort or point.
_PLACE_WORDS = {"Mt": "Mount", "Ft": "Fort", "Pt": "Point"}


def _abbrev(word: str) -> latin.Handler:
    return lambda m: word + ("." if m[0].endswith(".") and sentence_end(m) else "")


def _approx(m: re.Match[str]) -> str:
    return keep_dot(m, m[1] + "pproximately")


#: Shorthand typed in chats and reminders, read as the whole word (`pls`, `tmrw`).
_CHAT = {"pls": "please", "plz": "please", "thx": "thanks", "thnx": "thanks", "tmrw": "tomorrow",
         "tmw": "tomorrow", "tmr": "tomorrow", "tonite": "tonight", "msg": "message",
         "ppl": "people", "bday": "birthday", "b-day": "birthday", "pkg": "package",
         "incl": "including", "excl": "excluding", "fyi": "F Y I", "btw": "by the way",
         "omw": "on my way", "lmk": "let me know", "asap": "A S A P", "eta": "E T A",
         "tbd": "T B D", "def": "defeated", "est": "estimated", "conf": "conference",
         "abt": "about", "b4": "before", "2moro": "tomorrow", "2morrow": "tomorrow",
         "2day": "today", "2nite": "tonight", "nite": "night",
         "btwn": "between", "mtg": "meeting", "mtgs": "meetings", "idx": "index",
         "pkgs": "packages", "wk": "week", "wks": "weeks", "rn": "right now",
         "pw": "password", "lg": "large", "tix": "tickets", "rm": "room", "rms": "rooms",
         "bdrm": "bedroom", "bsmt": "basement"}  # fmt: skip
# Lower case or capitalised only: `MSG` and `PKG` in capitals are something else.
_CHAT_ALT = "|".join(w for k in _CHAT for w in (k, k.capitalize()))
_CHAT_RE = re.compile(
    rf"(?<![\w/.@-])({_CHAT_ALT})\b(\.(?= [^A-Z\s])|(?<=[dD]ef|[eE]st|onf)\.)?(?![\w/@-]|\.\w)"
)


#: Measures shortened with a stop (`elev. gain`, `dist. 5.2 mi`, `pop. 8,500`); without it
#: only before a number (`Elev 5,280 ft`), since `pop` and `alt` are words.
_MEASURE_WORDS = {"elev": "elevation", "dist": "distance", "alt": "altitude", "wt": "weight",
                  "ht": "height", "pop": "population"}  # fmt: skip
_MEASURE_RE = re.compile(
    rf"\b((?i:{'|'.join(_MEASURE_WORDS)}))\.(?= [a-z\d])"
    r"|\b(elev|Elev|dist|Dist|wt|Wt|ht|Ht)(?= ?\d)"
)


def _measure_word(m: re.Match[str]) -> str:
    short = m[1] or m[2]
    word = _MEASURE_WORDS[short.lower()]
    return word.capitalize() if short[0].isupper() else word


# `£240 inc. VAT`, `$99 ex GST`, `£3.11 inc. standing charge`: a price with or without its
# tax, delivery or service.
_TAXED = re.compile(
    r"\b(inc|incl|ex|excl)\.?(?= (?:VAT|GST|HST|tax|taxes|delivery|postage|shipping|P&P|fees?|"
    r"standing charges?|service(?: charge)?|gratuity|tips?)\b)"
)


def _chat(m: re.Match[str]) -> str:
    word = _CHAT[m[1].lower()]
    if m[1].lower() == "pw" and re.search(r"\d ?$", m.string[: m.start()]):
        # `rent $620 pw`: a week's rent, as Australian and British listings write it.
        word = "per week"
    if m[1].lower() in ("def", "est", "conf") and not m[2]:
        return m[0]  # only `def.` and `Est.` with their stops: defeated, estimated
    return word[:1].upper() + word[1:] if m[1][0].isupper() else word


# `lmk if u need it`, `omw, u want food?`: once a texted short form is read out whole, the
# `u` beside it is 'you' too (a `u` alone, as typed, is left: it sounds the same).
_YOU_RE = re.compile(r"(?<![\w'/@.\d-])(?<!\d )(c )?u(?![\w'/@-])")


def _texted(text: str) -> str:
    read = _CHAT_RE.sub(_chat, text)
    if read == text:
        return read
    return _YOU_RE.sub(lambda m: "see you" if m[1] else "you", read)


def _page(m: re.Match[str]) -> str:
    return "pages " if m[1] in ("pp", "pgs") or m[0].startswith("pgs") else "page "


def before_number(text: str) -> str:
    """`Bldg. 3` -> `Building 3`, `incl. £2` -> `including £2`: before `latin.mark_starts`
    looks at full stops, so the number after the dot is not taken for a new sentence."""
    names = "|".join(_BEFORE_NUMBER)
    text = re.sub(
        rf"\b({names})\.? ?(?=#?\d|[A-Z]\b(?!\.\w))", lambda m: _BEFORE_NUMBER[m[1]] + " ", text
    )
    text = _TAXED.sub(lambda m: "including" if m[1].startswith("inc") else "excluding", text)
    text = en_short.expand(_texted(text))
    text = _MEASURE_RE.sub(_measure_word, text)
    # `See p. 24`, `pp. 12-15`, `pg 45`: a page of a book or a manual.
    text = re.sub(r"\b(pp|pgs|p|pg)\. ?(?=\d)|\b(pg)s? (?=\d)", _page, text)
    # `Gauff d. Sabalenka 7-5, 6-3`: between two names, before a score, 'defeated'.
    # (`Sinner def Alcaraz 6-4`, `Swans 12.10 (82) def Hawks`: 'def' without its stop too.)
    text = re.sub(r"(?<=[A-Za-z)] )(?:d\.|def\b\.?)(?= [A-Z][a-z]+\b.*\d)", "defeated", text)
    # `Wed. 3/12`, `Ch. 4`, `vs. 2`: the stop of a short form before a number ends nothing.
    text = re.sub(rf"\b((?i:{_DOTTED}))\.(?= [-+$€£]?\d)", r"\1", text)
    # `Wed. 3/12`, `Sat. 10am`: a day's stop before a date or a time; `Sat. 8-12" of snow`
    # starts a new sentence.
    return re.sub(rf"\b({_DAY_ABBREVS})\.(?= {_DATE_OR_TIME})", r"\1", text)


RULES: list[Rule] = [
    # `Nest Wifi`, `Google Wifi`: typed so, a product's name keeps its capital.
    rule(
        r"\b[Ww]i-?[Ff]i\b",
        lambda m: (
            m[0] if m[0] == "Wifi" else latin.at_start(m, "wifi") if m[0][0] == "W" else "wifi"
        ),
    ),
    rule(rf"(?<![\w-])({'|'.join(_MIXED)})(?![\w-])", _mixed),
    # With its full stop a title is a title even before `& Mrs.`; bare, a capital must follow.
    rule(r"\bMr(?:\.(?= )|(?= [A-Z]))", lambda m: "Mister"),
    rule(r"\bMrs(?:\.(?= )|(?= [A-Z]))", lambda m: "Missus"),
    rule(r"\bMs\.?(?= [A-Z])", lambda m: "Miz"),
    rule(r"\bPres\. Day\b", lambda m: "Presidents Day"),
    # `Jan–Mar`, `Nov-Dec`: a span of months.
    rule(
        rf"\b({MONTH_RE})\.? ?[-–] ?({MONTH_RE})\b\.?(?! ?\d)",
        lambda m: f"{MONTHS[_month_no(m[1])]} to {MONTHS[_month_no(m[2])]}",
    ),
    # `Lt. Gov.`, `Maj. Gen.`: two titles in a row, whatever follows.
    rule(
        rf"\b({'|'.join(_TITLES)})\. ({'|'.join(_TITLES)})\.(?= )",
        lambda m: f"{_TITLES[m[1]]} {_TITLES[m[2]]}",
    ),
    rule(
        rf"\b(?:({'|'.join(_TITLES)})\.|({_BARE_TITLES}))(?= [A-Z][a-z])",
        lambda m: _TITLES[m[1] or m[2]],
    ),
    # `455 W 23rd St`, `at W. 86th St`, `SW 8th St`: a compass point before a street's name.
    rule(
        r"(?:(?<=\d )|(?<=[a-z] )|(?<=^)|(?<=[,:(] ))([NS][EW]|[NSEW])\.?"
        r"(?= (?:\d+(?:st|nd|rd|th)?|[A-Z][a-z]+) (?:St|Ave?|Rd|Blvd|Dr|Street|Avenue|Road|"
        r"Boulevard|Drive|Pl|Place|Ln|Lane|Ct|Ter|Way)\b)",
        lambda m: _POINTS[m[1]],
    ),
    # `the shell on 5th`: an ordinal after `on` ending the clause is a street.
    rule(
        r"(?<=\bon )(\d{1,3})(?:st|nd|rd|th)\b(?=[.,!?;]|$| and [A-Z])",
        lambda m: ordinal(int(m[1])).capitalize(),
    ),
    # `at 57 St`, `W 42 Ave.`, `8 Av` (as the subway signs it): a number right before the
    # street type is the street's name.
    rule(
        r"(?<![\w.,#$-])\b(\d{1,3}) (St|Ave?|Street|Avenue)\b(?!\.? [A-Z][a-z])\.?",
        lambda m: keep_dot(
            m, ordinal(int(m[1])).capitalize() + (" Street" if m[2][0] == "S" else " Avenue")
        ),
    ),
    rule(r"\b(St|Dr)\b\.?", _street),
    rule(r"\betc\b\.?", _abbrev("et cetera")),
    rule(r"\be\.g\.", lambda m: "for example"),
    rule(r"\bi\.e\.", lambda m: "that is"),
    # `Pt. Garza arrived`, `pt in chair 2`: a clinic's patient (`Pt. Reyes` the point has no
    # patient's verb after it).
    rule(
        r"\b([Pp])t(s?)\.?(?= (?:[A-Z][a-z]+ )?(?:arrived|checked in|needs|called|no-show\w*|"
        r"confirmed|cancel\w*|wants|asked|is here|is waiting|in room|in chair|seen|"
        r"rescheduled|running late)\b)",
        lambda m: f"{m[1]}atient{m[2]}",
    ),
    # `Billing Q's`, `any Qs?`: questions.
    rule(r"(?<![\w&/-])Q'?s\b(?!')", lambda m: "questions"),
    # `nitrate-N`, `Grade-A`: a single capital after a hyphen is said as its letter.
    rule(r"(?<=[a-z])-(?=[A-Z]\b(?![-'’]))", lambda m: " "),
    # `myQ`, `MyQ`, `proX`: one capital letter closing a brand's word is said alone (`ThinQ`
    # is left as LG writes it; en_short has spelled `SoC`, `PhD`, `TfL` already).
    rule(r"(?<![\w.@/])([a-z]{2,}|My)([A-Z])\b(?![.@/]\w)", lambda m: f"{m[1]} {m[2]}"),
    # `5.5% p.a.`, `$85k pa`: a rate or a salary by the year.
    rule(r"\bp\.a\.|(?<=[\d%k] )pa\b(?![.\w])", _abbrev("per annum")),
    # `£750 pcm`: a British rent by the calendar month.
    rule(r"(?<=[\dk] )pcm\b\.?", _abbrev("per calendar month")),
    rule(r"\bvs\.?(?!\w)", lambda m: "versus"),
    # `KO 4.45pm`, `KO: 15:00`: before a time, a match's kick-off (a boxer's `KO` is spelled).
    rule(
        r"\bKO\b:?(?= ?\d{1,2}(?:[:.]\d\d ?(?:[ap]\.?m\b\.?)?|(?: ?[ap]\.?m\b\.?))(?![\d:]|\.\d))",
        lambda m: "kick-off",
    ),
    rule(r"\b([Aa])vg\b\.?", lambda m: keep_dot(m, f"{m[1]}verage")),
    rule(r"\bAVG\b", lambda m: "average"),
    # `w/ Sam`, `w/o ice`: with and without, as typed in calendars and notes.
    rule(r"(?<![\w/])([Ww])/o(?= [^\W\d])", lambda m: f"{m[1]}ithout"),
    rule(r"(?<![\w/])([Ww])/(?!m[²2]?\b)(?= ?[^\W\d]| \d)", lambda m: f"{m[1]}ith "),
    rule(r"\b([Aa])pprox\b\.?", _approx),
    rule(r"\b([Qq])tr(s?)\b\.?", lambda m: keep_dot(m, f"{m[1]}uarter{m[2]}")),
    # `Min. due $35`, `min payment`: a minimum, not minutes (no number before it).
    rule(
        rf"(?<!\d)(?<!\d )(?<!\ba )\b([Mm])in\.? (?=(?:{_MIN_NOUNS})\b|\$\d)",
        lambda m: f"{m[1]}inimum ",
    ),
    # `Ave. commute this wk`: opening a sentence before a lower-case word, an average.
    rule(r"(?:^|(?<=[.!?] ))Ave\.?(?= [a-z])", lambda m: "Average"),
    rule(r"\bAve\.", _abbrev("Avenue")),
    # `5th Ave`, `Elm Rd`: after a name or an ordinal, a street type even without its stop.
    rule(rf"\b((?:[A-Z][A-Za-z']*[a-z]|\d+(?:st|nd|rd|th)) )({_STREET_ALT})\b\.?", _street_type),
    # `Elm Street NW`, `King Street W, Toronto`: the quarter of the city after the street (a
    # lone letter only where the address ends or the sentence goes on, not `Main St N Smith`).
    rule(
        rf"\b((?:{_STREET_WORDS}),? )([NS][EW]\b|[NSEW](?=\.?(?:[,;)]|$|\. [A-Z]| [a-z])))",
        lambda m: m[1] + _POINTS[m[2]],
    ),
    rule(r"\bRd\.", _abbrev("Road")),
    rule(r"\bBlvd\.", _abbrev("Boulevard")),
    rule(r"\bApt\.", lambda m: "Apartment"),
    rule(r"\b(?:[A-Z]\.){2,}", lambda m: keep_dot(m, latin.spell(m[0].replace(".", "")))),
    # `King Jr. Day`, `Jr. High`: a name with its suffix goes on; its stop ends nothing.
    rule(r"\b([A-Z][a-z]+,? )([JS])r\b\.?", _suffix),
    rule(r"\b(Mt|Ft|Pt)\.? (?=[A-Z])", lambda m: _PLACE_WORDS[m[1]] + " "),
    rule(r"\bUSB-([ABC])\b", lambda m: f"U S B {m[1]}"),
    rule(r"\b([Aa])ppt(s?)\b\.?", lambda m: keep_dot(m, f"{m[1]}ppointment{m[2]}")),
    # `Sunridge Apts`, `Oak Apts.`: a building's name, its apartments.
    rule(r"(?<=[a-z] )Apts\b\.?", lambda m: keep_dot(m, "Apartments")),
    rule(rf"\b[Nn]o\.\s?{latin.MARK}?(?=\d)", lambda m: latin.at_start(m, "number ")),
    # `PPS no. needed`, `your phone no.`: after what is numbered, the number itself.
    rule(
        r"\b((?:[A-Z]{2,5}|(?i:phone|tel|ref|account|acct|policy|order|reg|serial|invoice|"
        r"booking|mobile|contact|member|membership|customer|tracking|case|claim|licen[cs]e|"
        r"passport)) )no\.(?!\w)",
        lambda m: keep_dot(m, m[1] + "number"),
    ),
    *en_days.RULES,
    rule(r"\bconf\.? (?=rm\b|room\b|call\b)", lambda m: "conference "),
    rule(r"\b([Pp])g\.? (?=\d)", lambda m: f"{m[1]}age "),
    rule(r"\b([Rr])m\.? (?=[A-Z]\b)", lambda m: f"{m[1]}oom "),
    rule(r"\b[Tt]-?(?:storm|STORM)(s|S)?\b", lambda m: "thunderstorm" + ("s" if m[1] else "")),
    # A$, AU$, US$, NZ$, C$: the amount is read in dollars like any other.
    rule(r"\b(?:A|AU|US|NZ|C|CA|HK|S)\$ ?(?=\d)", lambda m: "$"),  # also `US$ 1,200`
]
