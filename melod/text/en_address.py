"""English e-mail addresses and domains: which labels are words, which are initials."""

from __future__ import annotations

import re

from melod.text import cmu, common, latin, latin_address
from melod.text.en_tables import ADDRESS, DIGIT_NAMES
from melod.text.en_words import card, name_number
from melod.text.latin import Rule

# Two consonants that may begin or end an English syllable: `shop`, `help`, `kids`; and
# names' onsets (Welsh `gwyn`, `rhys`, `lloyd`; `dwayne`).
ONSETS = latin.wordset(
    "bl br ch cl cr dr dw fl fr gl gn gr kn ph pl pr sc sh sk sl sm sn sp st sw th tr tw wh wr "
    "gw rh ll"
)
_ONSETS3 = latin.wordset("str spr scr spl shr thr chr sch phr squ")
_CODAS = latin.wordset(
    "ch ck ct ft ld lf lk ll lm lp lt mb mp nd ng nk nt pt rb rd rf rg rk rl rm rn rp rt sh sk sp "
    "ss st th ff gh hn"
)


#: Two letters that are a word or a name in an address (`go`, `me`, `ed`, `bit.ly`, `.co`);
#: any other pair (`ap@`, `hr@`, `pr@`) is a department's initials.
_TWO_LETTER_WORDS = latin.wordset(
    "am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya yo "
    "al ed jo bo ty di vi co ly id"
)


# `hudsonyards.nyc`: a city's initials with a vowel, spelled wherever they stand (the
# `.nyc` domain included); `hoa.board@`, `ceo@`, `faq.`: a body or a page known by its
# initials, though they could pass for a word.
_VOWEL_INITIALS = latin.wordset("nyc hoa ceo cfo coo faq aarp usa ira aws irs ups epa aol")

# `.co.za` "dot co", `govt.nz` "govt", `vic.gov.au` (a state), `t.me`: labels said as a word.
_SAID_LABELS = latin.wordset("co govt vic tas me")


def initials(label: str) -> bool:
    """`pge`, `mta`, `imdb`, `abc`: a short label no English word could be, so letters."""
    if len(label) == 2 and label.isalpha():
        return label not in _TWO_LETTER_WORDS
    if label in _VOWEL_INITIALS:
        return True
    # `tsbde`, `nhtsa`: three consonants no English word begins with (`jsmith` is an
    # initial and a name).
    said = cmu.pronunciations()
    if len(label) <= 6 and label.isalpha() and not re.search("[aeiouy]", label[:3]):
        return label[:3] not in _ONSETS3 and label not in said and label[1:] not in said
    if len(label) > 4 or not label.isalpha() or label[0] == "x" or label in _SAID_LABELS:
        return False
    cons = [c not in "aeiouy" for c in label]
    bad_onset = cons[0] and cons[1] and label[:2] not in ONSETS
    # A plural `s` closes any syllable (`kids`, `maps`), and so does a doubled letter in a
    # name (`matt`, `todd`, `ann`).
    coda = label[-2:]
    bad_coda = cons[-1] and cons[-2] and coda not in _CODAS and "s" != coda[1] != coda[0]
    return bad_onset or bad_coda


# Country and public-sector domains the shared address rule does not know (bom.gov.au).
_MORE_DOMAINS = re.compile(
    r"(?<![\w@./:-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:au|nz|za|in|sg|ca|us|ie|gov|edu|info|me|tv|ly|gl|gd|to"
    # `tfw.wales`, `hudsonyards.nyc`, `bbc.scot`: the domains of places and shops.
    r"|wales|cymru|scot|london|nyc|ai|shop|store|online|tech|gg"
    # `g.page/rosecitybakes`, `linktr.ee/`, `youtu.be/`, `forms.gle/`: short-link hosts,
    # only with their path (`.be`, `.page` alone may be a typo).
    r"|(?:page|ee|be|gle|link|gg|fm)(?=/\w))(?!\w|\.\w)"
    r"(?:/[\w\-./?=%&+#]*[\w/=#])?",
    re.IGNORECASE,
)


#: Initials a club, a channel, a firm, a transit agency, a school district, a police
#: department or a homeowners' association puts after its name in a domain (`riderta`).
_TRAILING_INITIALS = latin.wordset("fc afc rfc tv hq uk fm plc rta mta cta isd usd pd hoa dmv")


def _glued(label: str) -> str:
    """`nzherald` 'N Z herald', `bbcnews` 'B B C news': initials glued before a word; the
    label itself as it came otherwise (`flybuys`: `fly` is a word)."""
    said = cmu.pronunciations()
    for n in (2, 3):
        head, rest = label[:n], label[n:]
        # No vowel and no English onset (`ch` in `chrome`, `st` in `stream`), or said letter
        # by letter in the dictionary (`ap` in `apnews`, `abc`): initials.
        plain = not re.search("[aeiouy]", head) and head[:2] not in ONSETS
        letters = sum(c.isdigit() for c in said.get(head, "0" * n)) == n
        letters = letters and (plain or head in said)
        if letters and len(rest) > 3 and rest in said and label not in said:
            return f"{latin.spell(head)} {rest}"
    # `heartsfc`, `celticfc`, `newsuk`: a name and the initials that follow it.
    for n in (2, 3):
        head, tail = label[:-n], label[-n:]
        if tail in _TRAILING_INITIALS and len(head) > 3 and head in said and label not in said:
            return f"{head} {latin.spell(tail)}"
    return label


def _domain(m: re.Match[str]) -> str:
    return _read(m[0])


def _read(address: str) -> str:
    """`bom.gov.au`: parts read as words, a two-letter country code spelled out."""

    # `bom.gov.au`, `ato.gov.au`: three letters right before `gov` name an agency by initials.
    agencies = set(re.findall(r"(?<![\w-])([a-z]{3})\.gov\b", address.lower()))

    def word(token: str) -> str:
        low = token.lower()
        if low in _SAID_LABELS:
            return low
        if low == "www" and token.islower():
            return "w w w"  # typed in small letters, as the shared address rule keeps it
        short = len(token) <= 2 or not re.search("[aeiouy]", low)
        short = short or low in latin_address.SPELLED_NAMES or initials(low)
        return latin.spell(token) if short or low in agencies else _glued(low)

    # `checkers.co.za/sixty60`: digits right after a name are read as a number, as in e-mails.
    runs = latin_address.name_runs(address)

    def digits(run: str) -> str:
        said = name_number(run) if next(runs, False) else None
        # `/stop/5000`: a round thousand is said as a number, like a stop or a room.
        said = said or (card(int(run)) if re.fullmatch(r"[1-9]000", run) else None)
        return said or latin.spell_digits(run, DIGIT_NAMES)

    return common.read_address(address, ADDRESS, word, digits)


DOMAIN: Rule = (_MORE_DOMAINS, _domain)

# Short-link hosts whose dot is part of the name: `linktr.ee` is Linktree; `youtu.be`'s
# `.be` is said as a word. Their paths are read as any address's.
_SAID_HOSTS = {"linktr.ee": "linktree", "youtu.be": "youtu dot be"}


def _said_host(m: re.Match[str]) -> str:
    return f"{_SAID_HOSTS[m[1].lower()]} {_read(m[2] or '')}".strip()


SAID_HOST: Rule = (
    re.compile(
        r"(?<![\w@./:-])(?:https?://)?(linktr\.ee|youtu\.be)(/[\w\-./?=%&+#]*[\w/=#])?(?!\w|\.\w)",
        re.IGNORECASE,
    ),
    _said_host,
)


def _port(digits: str) -> str:
    """`:3000` 'three thousand', `:8080` 'eight zero eight zero'."""
    n = int(digits)
    return card(n) if n % 1000 == 0 else latin.spell_digits(digits, DIGIT_NAMES)


def _octet(part: str) -> str:
    """`10` 'ten', `0` 'zero', `168` 'one six eight': short parts as numbers."""
    return card(int(part)) if len(part) <= 2 else latin.spell_digits(part, DIGIT_NAMES)


def _host(m: re.Match[str]) -> str:
    host = m[1]
    if host[0].isdigit():
        host = " dot ".join(_octet(part) for part in host.split("."))
    said = host + (f" colon {_port(m[2])}" if m[2] else "")
    if m[3]:  # the page on that machine: `/lovelace/energy`
        path = re.sub(r"\d+", lambda d: latin.spell_digits(d[0], DIGIT_NAMES), m[3].rstrip("/"))
        said += re.sub(r"[/._-]", lambda c: f" {ADDRESS[c[0]]} ", path)
    return said


#: `192.168.1.42`, `localhost:3000`, `http://10.0.0.12:8123/lovelace`: a machine on the home
#: network, its address (no version: `v1.2.3.4`, `firmware 10.0.0.1` read as versions), its
#: port and page.
HOST: Rule = (
    re.compile(
        r"(?<![\w.])(?<![vV] )(?<!(?i:version) )(?<!(?i:firmware) )(?<!(?i:build) )"
        r"(?:https?://)?"
        r"((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}|localhost)"
        r"(?::(\d{2,5}))?(/[A-Za-z0-9._/-]*)?(?![\w.]|\.\d)"
    ),
    _host,
)

#: `Node.js`, `Vue.js`, `app.js`, `ASP.NET`: a framework's or a file's script suffix.
SCRIPT: Rule = (
    re.compile(r"(?<=[A-Za-z0-9])\.(?:(js)|NET)\b(?!\.\w)"),
    lambda m: " dot J S" if m[1] else " dot net",
)

#: Before the e-mail and URL rules: hosts, scripts, then the domains they do not know.
#: `binary_sensor.garage_door`: an entity id, 'binary sensor dot garage door'.
ENTITY: Rule = (common.ENTITY_RE, lambda m: common.entity_words(m, "dot"))

RULES: list[Rule] = [ENTITY, HOST, SCRIPT, SAID_HOST, DOMAIN]


def _initial_name(label: str) -> str:
    """`jsmith@`, `tgreen42@`: a mailbox's initial glued to a surname, 'J smith'; a word
    (`james`, `brown`) or a name's onset (`brian`) stays as it is."""
    said = cmu.pronunciations()
    # A vowel may begin a word's prefix (`anotes`), so only before a long name (`ajohnson`).
    vowel = label[0] in "aeiouy" and len(label) < 7
    if label in said or label[:2] in ONSETS or vowel or label[1:] not in said:
        return _glued(label) if len(label) > 5 else label
    return f"{label[0].upper()} {label[1:]}"


def country_caps(address: Rule) -> Rule:
    """An address rule whose spelled labels are in capitals: `help@panda.ie` "dot I E",
    `wm.com` "W M dot com", as initials are written (and as bare domains read here); only
    `w w w`, never written as capitals, stays as typed."""
    pattern, read = address

    def handler(m: re.Match[str]) -> str:
        spelled = r"(?<![\w-])[a-z](?: [a-z])+(?![\w-])"
        text = re.sub(spelled, lambda t: t[0] if t[0] == "w w w" else t[0].upper(), read(m))
        box, at, host = text.partition(" at ") if "@" in m[0] else ("", "", text)
        box = re.sub(r"\b[a-z]{4,}\b", lambda t: _initial_name(t[0]), box)
        return box + at + re.sub(r"\b[a-z]{6,}\b", lambda t: _glued(t[0]), host)

    return (pattern, handler)
