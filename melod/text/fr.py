"""French: numbers with gender, decimal comma, euros, dates, 15h30 and units as read in France."""

from __future__ import annotations

import re

from melod.text import (
    fr_abbrev,
    fr_codes,
    fr_context,
    fr_dates,
    fr_forms,
    fr_gender,
    latin,
)
from melod.text.fr_address import RULES as _ADDRESS_RULES
from melod.text.fr_amounts import GROUPED as _GROUPED
from melod.text.fr_amounts import MONEY_WORDS
from melod.text.fr_amounts import SN as _SN
from melod.text.fr_amounts import N as _N
from melod.text.fr_amounts import big_money as _big_money
from melod.text.fr_amounts import exchange as _exchange
from melod.text.fr_amounts import money as _money
from melod.text.fr_amounts import number as _num
from melod.text.fr_amounts import parse as _parse
from melod.text.fr_amounts import plural as _plural
from melod.text.fr_amounts import price as _price
from melod.text.fr_codes import version_part as _vpart
from melod.text.fr_dates import NO_ARTICLE as _NO_ARTICLE
from melod.text.fr_dates import date as _date
from melod.text.fr_numbers import DIGIT_NAMES, ORD_N, roman, spaced_int
from melod.text.fr_numbers import card as _card
from melod.text.fr_numbers import ordinal as _ordinal
from melod.text.fr_tables import CURRENCY_NAMES, PER, SAID_AS_WORDS, UNITS
from melod.text.fr_tables import SYMBOLS as _SYMBOLS
from melod.text.fr_tables import TECH as _TECH
from melod.text.latin import Num, Rule
from melod.text.latin import rule as _c

VERSION = "20"

_UNITS = UNITS
_FEM_UNITS = {"h", "min", "mn", "s", "sec", "ms", "kcal", "sem", "t", "t/ha"}
# A unit may take `/jour` after it (`12 kWh/jour`); `/kWh` after a price is read by PER.
_UNIT_RE = (
    rf"(?:{latin.alternation(_UNITS)})"
    r"(?![\w'’]|/(?!(?:jour|j|mois|an|semaine|nuit|h|min|km)\b))"
)
_SCORE_CTX = (r"(?i:\b(?:score|match|gagné|gagne|battu|bat|victoire|défaite|mène|perdu|"
              r"contre|nul)\b)")  # fmt: skip
_FRACTIONS = {2: ("demi", "demis"), 3: ("tiers", "tiers"), 4: ("quart", "quarts")}
_KEEP = {"OK": "okay", "RDV": "rendez-vous", "MAJ": "mise à jour", "ON": "on", "OFF": "off",
         "AUTO": "auto", "ECO": "éco", **SAID_AS_WORDS}  # fmt: skip
_CODE_ALT = "|".join(CURRENCY_NAMES)
_NOT_NOUNS = latin.wordset("de du des à au aux et ou en par pour sur le la les un une")
_HOUR = r"([01]?\d|2[0-4]) ?(?:[hH](?: ?([0-5]\d))?|:([0-5]\d))"


def _unit(m: re.Match[str]) -> str:
    num, unit = _parse(m[1]), m[2]
    one, many = _UNITS[unit]
    return f"{_num(num, unit in _FEM_UNITS)} {many if _plural(num) else one}"


def _roman_ordinal(m: re.Match[str]) -> str:
    value = roman(m[1] or m[3])
    if value is None:
        return m[0]
    return latin.at_start(m, _ordinal(value, m[4] in ("re", "ère")))


def _hour(h: int, mm: int) -> str:
    text = f"{_card(h, True)} {'heures' if h >= 2 else 'heure'}"
    return f"{text} {_card(mm, True)}" if mm else text


def _time12(m: re.Match[str]) -> str:
    h, mm = int(m[1]) % 12, int(m[2] or 0)
    return latin.keep_dot(m, _hour(h + 12 if m[3].lower() == "p" else h, mm))


def _slash(m: re.Match[str], at: int = 1) -> str:
    a, b = int(m[at]), int(m[at + 1])
    if a == 1 and b in (3, 4) and fr_context.is_fill_level(m):
        return _FRACTIONS[b][0]  # réservoir au 1/4: au quart
    if a == 1 and b == 2 and fr_context.is_fill_level(m, "à"):
        return "moitié"  # réservoir à 1/2: à moitié, never "à un demi"
    if (fr_context.is_mark(m) and a <= b) or fr_context.is_scale(m, a, b):
        return f"{_card(a)} sur {_card(b)}"
    fraction = 0 < a < b <= 10 and latin.prev_word(m) not in _NO_ARTICLE
    if fraction and not fr_context.mark_or_date(m, b):
        one, many = _FRACTIONS.get(b, (_ordinal(b), _ordinal(b) + "s"))
        return f"{_card(a)} {one if a == 1 else many}"
    return _date(m, a, b, None) or f"{_card(a)} sur {_card(b)}"


def _rank(m: re.Match[str], fem: bool) -> str:
    # `réunion des 4e`: a grade or a place after les/des/aux takes the plural, but not
    # one of a list (`les 3e et 4e étages`, each one floor).
    many = not m[2] and latin.prev_word(m) in ("les", "des", "aux", "ces")
    many = many and not re.match(r" ?(?:[,/-]|et\b|ou\b|à \d)", m.string[m.end() :])
    return _ordinal(spaced_int(m[1]), fem) + (m[2] or ("s" if many else ""))


def _version_word(m: re.Match[str]) -> str:
    # MAJ 2.1 is "mise à jour", with its capital at the start; iOS stays iOS.
    return latin.at_start(m, _KEEP[m[1]]) if m[1] in _KEEP else m[1]


def _half(m: re.Match[str]) -> str:
    # 1/2 heure is une demi-heure, 1/2 litre un demi-litre (le 1/2 is the first of February).
    if latin.prev_word(m) in _NO_ARTICLE:
        return m[0]
    if fr_context.is_half_fill(m):
        return "moitié "
    return f"{_card(1, fr_gender.is_feminine(latin.next_word(m)))} demi-"


def _mixed(m: re.Match[str]) -> str:
    a, b = int(m[2]), int(m[3])
    if not 0 < a < b <= 10:
        return m[0]
    noun = (m[4] or "").strip()
    if noun in _UNITS:
        noun = _UNITS[noun][1 if int(m[1]) >= 2 else 0]
    fem = fr_gender.is_feminine(noun.split(" ")[0] or latin.next_word(m))
    frac = ("demie" if fem else "demi") if (a, b) == (1, 2) else _slash(m, 2)
    if noun and noun.lower() not in _NOT_NOUNS:
        # 1 ½ tasse is "une tasse et demie", 2 ¾ kg "deux kilos et trois quarts".
        return f"{_card(int(m[1]), fem)} {noun} et {frac}"
    return f"{_card(int(m[1]), fem)} et {frac}" + (f" {m[4].strip()}" if m[4] else "")


def _range(m: re.Match[str]) -> str:
    first = _hour(int(m[1]), int(m[2] or m[3] or 0))
    return f"{first} à {_hour(int(m[4]), int(m[5] or m[6] or 0))}"


def _bare(m: re.Match[str]) -> str:
    if fr_context.is_price(m):  # tu me dois 12,50: "douze cinquante"
        return latin.padded(m, _price(m[0]))
    return latin.padded(m, _num(_parse(m[0]), fr_context.feminine_after(m)))


_RULES: list[Rule] = [
    # `entre 14h-16h`, `entre 18-20 °C`: after entre, a range is 'entre A et B'.
    _c(
        r"\b([Ee]ntre (?:les? )?\d[\d,.:]*(?: ?[hH]\d{0,2}| ?[^\s\d–-]{1,4})?) ?[-–] ?(?=\d)",
        lambda m: f"{m[1]} et ",
    ),
    *fr_abbrev.RULES,
    *fr_codes.RULES,
    *fr_forms.RULES,
    latin.pair_rule(CURRENCY_NAMES),
    _c(rf"({_N}) ?({_CODE_ALT}) ?= ?({_N}) ?({_CODE_ALT})\b", _exchange),
    _c(
        rf"(?i)\b(version|iOS|Android|firmware|(?:micro)?logiciel|MAJ|mise à jour|{_TECH})"
        r" (\d+)\.(\d+)\b(?!\.\d)",
        lambda m: f"{_version_word(m)} {_vpart(m[2])} point {_vpart(m[3])}",
    ),
    # `Fortnite 32.10 dispo`: a dotted number that comes out is a release (a French decimal
    # takes a comma).
    _c(
        r"(?<![\w.,])(\d+)\.(\d+)(?![.,]?\d)"
        r"(?= (?:est )?(?:dispo|disponible|sortie?|installée?)\b)",
        lambda m: f"{_vpart(m[1])} point {_vpart(m[2])}",
    ),
    *fr_dates.RULES,
    _c(r"\b(\d{1,2})(?::(\d{2}))? ?([AaPp])\.? ?[Mm]\b\.?", _time12),
    # `arrive à 19:40-19:50`: a slot after à is between one time and the other.
    _c(
        rf"\b[àÀ] (?<![\d:.,]){_HOUR} ?[-–] ?{_HOUR}(?!\w|:\d)",
        lambda m: "entre " + _range(m).replace(" à ", " et ", 1),
    ),
    _c(rf"(?<![\d:.,]){_HOUR} ?[-–] ?{_HOUR}(?!\w|:\d)", _range),
    _c(r"\b([01]?\d|2[0-4])[hH](?:([0-5]\d)\b)?(?!\w)", lambda m: _hour(int(m[1]), int(m[2] or 0))),
    # `victoire 6-4 6-3`: a tennis match's sets one after the other, 'six-quatre six-trois'.
    _c(
        r"(?<![\d.,:/-])[0-7]-[0-7](?:,? [0-7]-[0-7])+(?![\d.,:/-]|,\d)",
        lambda m: re.sub(
            r"([0-7])-([0-7])", lambda s: f"{_card(int(s[1]))}-{_card(int(s[2]))}", m[0]
        ),
    ),
    _c(
        rf"({_SCORE_CTX}[^.!?\d]{{0,40}}?)(?<![\d.])(?<!à )(?<!vers )"
        r"(\d{1,3}) ?[-:] ?(?!0\d)(\d{1,3})(?!\d|:\d)",
        lambda m: f"{m[1]}{_card(int(m[2]))} à {_card(int(m[3]))}",
    ),
    _c(
        rf"(?<![\d.:])(?<!à )(?<!vers )(\d{{1,3}})[-:](?!0\d)(\d{{1,3}})(?!\d|:\d)"
        rf"(?=[^.!?\d]{{0,25}}{_SCORE_CTX})",
        lambda m: f"{_card(int(m[1]))} à {_card(int(m[2]))}",
    ),
    _c(
        r"(?<![\d.:])(\d{1,2}):(\d)(?!\d|:\d)", lambda m: f"{_card(int(m[1]))} à {_card(int(m[2]))}"
    ),
    _c(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)", lambda m: _hour(int(m[1]), int(m[2]))),
    _c(rf"({_SN}) ?(M|Mds?|k) ?([$€£])", _big_money),
    # `10-15 €`: a range of prices, the currency said once at the end.
    _c(
        rf"({_SN}) ?[-–~] ?({_N}) ?([$€£¥₩]|CHF)(?!\w)",
        lambda m: f"{_num(_parse(m[1]))} à {_money(_parse(m[2]), m[3])}",
    ),
    _c(
        r"(?<![\d.,])(\d+) ?([€$£])(\d{2})(?!\d|[.,]\d)",
        lambda m: _money(Num(False, m[1], m[3]), m[2]),
    ),
    # `$1,299.99`, `¥1,000`, `10,000 ₩`: an amount formatted the English way (money has no
    # third decimal, and yen and won none at all), thousands by comma, decimals by point.
    _c(
        r"(?<![\d.,])(?:([$€£¥₩]) ?([1-9]\d{0,2}(?:,\d{3})+(?:\.\d{1,2})?)"
        r"|([1-9]\d{0,2}(?:,\d{3})+) ?([¥₩]))(?![\d.,]\d)",
        lambda m: _money(latin.parse(m[2] or m[3], ".", ","), m[1] or m[4]),
    ),
    _c(
        rf"(?:([-−])(?=[$€£¥₩]))?([$€£¥₩]) ?({_N})",
        lambda m: _money(_parse((m[1] or "") + m[3]), m[2]),
    ),
    _c(rf"({_SN}) ?([$€£¥₩]|EUR|USD|GBP|JPY|KRW|CHF)(?!\w)", lambda m: _money(_parse(m[1]), m[2])),
    _c(
        rf"\b(EUR|USD|GBP|JPY|KRW|CHF) ?({_SN})",
        lambda m: latin.at_start(m, _money(_parse(m[2]), m[1])),
    ),
    _c(rf"({_SN}) (euros?|dollars?)\b", lambda m: _money(_parse(m[1]), MONEY_WORDS[m[2]])),
    _c(
        r"\b[vV](\d+(?:\.\d+)*)\b",
        lambda m: "version " + " point ".join(_vpart(p) for p in m[1].split(".")),
    ),
    _c(
        r"(?<![\d.])(?![1-9]\d{0,2}(?:\.\d{3})+(?!\d|\.\d))\d+\.\d+\.\d+(?:\.\d+)*(?!\d|\.\d)",
        lambda m: (
            _bare(m)
            if re.fullmatch(_GROUPED, m[0])
            else " point ".join(_vpart(p) for p in m[0].split("."))
        ),
    ),
    _c(
        rf"(?<![\w/.,])(\d+) (\d{{1,2}})/(\d{{1,2}})(?![\w/])"
        rf"( ?{_UNIT_RE}| [^\W\d_]{{2,}}\b(?!'))?",
        _mixed,
    ),
    _c(
        rf"({_SN}) ?(?:-|~) ?({_SN})(?: ?({_UNIT_RE}))?",
        lambda m: (
            f"{_num(_parse(m[1]))} à {_num(_parse(m[2]))}" + (f" {_UNITS[m[3]][1]}" if m[3] else "")
        ),
    ),
    _c(
        rf"(?<![\w/.,])(\d{{3}})/(\d{{2,3}})(?![\w/])(?: ?({_UNIT_RE}))?",
        lambda m: (
            f"{_card(int(m[1]))} sur {_card(int(m[2]))}" + (f" {_UNITS[m[3]][1]}" if m[3] else "")
        ),
    ),
    _c(
        # `4.6/5`: a mark typed with a point, out of 5, 10, 20 or 100.
        r"(?<![\w/.,])(\d+,\d+|\d+\.\d(?= ?/ ?(?:5|10|20|100)(?!\d))) ?/ ?(\d{1,3})"
        r"(?![\w/]|[.,]\d)",
        lambda m: f"{_num(_parse(m[1].replace('.', ',')))} sur {_card(int(m[2]))}",
    ),
    # `2700 K`: a lamp's colour temperature (a K after a small number is a thousand).
    _c(
        r"(?<![\d,.])([1-9] ?\d{3}) ?K\b(?![€$£])",
        lambda m: f"{_card(int(m[1].replace(' ', '')))} kelvins",
    ),
    _c(rf"({_SN}) ?({_UNIT_RE})", _unit),
    _c(r"(?<![\w'’-])(?:([IVXLC]{2,7}|[IVX])(e|ème|eme)|(I)(er|re|ère))\b", _roman_ordinal),
    _c(
        r"(?<![\d.,])2(nde?|de)(s?)\b",
        lambda m: ("second" if m[1] == "nd" else "seconde") + m[2],
    ),
    _c(rf"{ORD_N}(?:re|ère|ere)(s?)\b", lambda m: _rank(m, True)),
    _c(rf"{ORD_N}(?:er|ᵉʳ|e|ᵉ|ème|eme|è|nd|nde)(s?)\b", lambda m: _rank(m, False)),
    # `1/2 pour la sauce`: before a preposition there is no noun to join (un demi).
    _c(
        r"(?<![\w/.,])1/2 (?!d[eu]s?\b|d'|(?:pour|par|à|au|aux|en|et|ou|dans|sur|avec|sans|"
        r"chacun|chacune|chez|si|le|la|les)\b)(?=[^\W\d_])",
        _half,
    ),
    _c(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/])", _slash),
    # `badge n° 0457`, `007`: a number typed with its leading zero is an identifier.
    _c(
        r"(?<![\d.,])(?<!\d[ \u00a0\u202f])0\d{2,}(?![\d.,]\d|\d| \d{3}\b)",
        lambda m: latin.spell_digits(m[0], DIGIT_NAMES),
    ),
    _c(_SN, _bare),
    _c(r"\d+", lambda m: latin.spell_digits(m[0], DIGIT_NAMES)),
]


def normalize(text: str) -> str:
    """Read `text` (already through common.prepare) as a French speaker would."""
    source = text
    text = latin.mark_starts(
        latin.pre_clean(fr_forms.before_clean(fr_abbrev.before_clean(text))).lstrip()
    )
    text = latin.apply(text, _ADDRESS_RULES)
    text = latin.apply(text, _RULES)
    text = latin.apply(text, [latin.per_rule(PER, "")])
    text = latin.read_caps(text, _KEEP, source)
    text = fr_forms.elide(latin.tidy(text, _SYMBOLS), source)
    text = re.sub(r",(?=[^\W\d_])", ", ", text)  # `9h30,prévoir`: a pause needs its space
    return fr_forms.restore_start(latin.capitalise(text), source)
