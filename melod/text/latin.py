"""Machinery shared by the Latin-script normalisers (EN, FR, ES): rules, numbers, letters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from num2words import num2words

Handler = Callable[[re.Match[str]], str]
Rule = tuple[re.Pattern[str], Handler]


def rule(pattern: str, handler: Handler) -> Rule:
    """A compiled rule: the pattern and what it becomes."""
    return (re.compile(pattern), handler)


#: Marks a sentence that began with a number, so its first word gets a capital.
MARK = "\x02"
_MARK_RE = re.compile(r"(^|[.!?] )(?=[-−+]?[$€£¥₩#]?\d)")
_MARKED_RE = re.compile(MARK + r"\s*(\w)")

# Beyond this num2words gets slow or raises; nobody says such numbers anyway.
_MAX_DIGITS = 15


@dataclass(frozen=True)
class Num:
    """A written number split into its parts: sign, integer digits, fraction digits."""

    neg: bool
    whole: str
    frac: str

    @property
    def value(self) -> int:
        """The integer part as an int."""
        return int(self.whole)

    @property
    def is_one(self) -> bool:
        """True for exactly 1, the only number that takes a singular in EN and ES."""
        return not self.neg and self.value == 1 and not self.frac


def parse(text: str, decimal: str, thousands: str) -> Num:
    """Split a number token by the separators given (`thousands` may hold several)."""
    text = text.strip()
    neg = text[:1] in "-−"
    text = text.lstrip("-−+ ")
    for sep in thousands:
        if sep != decimal:
            text = text.replace(sep, "")
    whole, _, frac = text.partition(decimal) if decimal in text else (text, "", "")
    return Num(neg, whole or "0", frac)


def wordset(text: str) -> frozenset[str]:
    """A set of words from a space-separated string (tables read better that way)."""
    return frozenset(text.split())


def wordlist(text: str) -> tuple[str, ...]:
    """An ordered tuple of words from a space-separated string."""
    return tuple(text.split())


def spell_digits(digits: str, names: tuple[str, ...]) -> str:
    """Read a run of digits one by one."""
    values = (unicodedata.digit(d, None) for d in digits)
    return " ".join(names[v] for v in values if v is not None)


def words(n: int, lang: str, names: tuple[str, ...], to: str = "cardinal") -> str:
    """num2words with a guard: huge numbers are read digit by digit."""
    if len(str(abs(n))) > _MAX_DIGITS:
        return spell_digits(str(abs(n)), names)
    return str(num2words(n, lang=lang, to=to))


def apply(text: str, rules: Iterable[Rule]) -> str:
    """Run each rule's substitution in order over the whole text."""
    for pattern, handler in rules:
        text = pattern.sub(handler, text)
    return text


# Abbreviations whose full stop does not end a sentence ("approx. 20", "Apt. 4B", "n. 5").
_NOT_ENDS = wordset(
    "approx aprox env apt av avda st dr no nr núm num tel tél tfno tlf p pág pp ca vol ch art "
    "mr mrs ms sr sra srta dra dña ud uds fig est"
)


def mark_starts(text: str) -> str:
    """Mark sentences that start with a number so `capitalise` can restore the capital."""

    def mark(m: re.Match[str]) -> str:
        before = re.search(r"(\w+)\. $", m.string[: m.end()])
        if before and before.group(1).lower() in _NOT_ENDS:
            return m.group(0)
        return m.group(1) + MARK

    return _MARK_RE.sub(mark, text)


def capitalise(text: str) -> str:
    """Give a capital to the first word of sentences marked by `mark_starts`."""
    return _MARKED_RE.sub(lambda m: m.group(1).upper(), text).replace(MARK, "")


def at_start(m: re.Match[str], text: str) -> str:
    """`text` with a capital when the match begins a sentence."""
    if re.search(r"(^|[.!?] )$", m.string[: m.start()]):
        return text[:1].upper() + text[1:]
    return text


def next_word(m: re.Match[str]) -> str:
    """The word right after the match (lower case), or '' if punctuation comes first."""
    found = re.match(r" ?([^\W\d_][\w'’-]*)", m.string[m.end() :])
    return found.group(1).lower() if found else ""


def prev_word(m: re.Match[str]) -> str:
    """The word right before the match (lower case), or ''."""
    found = re.search(r"([^\W\d_][\w'’-]*)[ ]?$", m.string[: m.start()])
    return found.group(1).lower() if found else ""


def sentence_end(m: re.Match[str]) -> bool:
    """True when the match ends its sentence: end of text or a capital comes next."""
    rest = m.string[m.end() :]
    return not rest.strip() or bool(re.match(r" [A-ZÀ-Ý¡¿]", rest))


def keep_dot(m: re.Match[str], text: str) -> str:
    """`text`, plus the full stop the match swallowed when that stop also ended a sentence."""
    return text + "." if m.group(0).endswith(".") and sentence_end(m) else text


def alternation(keys: Iterable[str]) -> str:
    """A regex alternation of literal keys, longest first so 'km/h' wins over 'km'."""
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


def padded(m: re.Match[str], text: str) -> str:
    """`text` with a space on any side where the match touched a letter ('5G' -> 'five G')."""
    before = m.string[m.start() - 1 : m.start()]
    after = m.string[m.end() : m.end() + 1]
    return (" " if before.isalpha() else "") + text + (" " if after.isalpha() else "")


def spell(word: str) -> str:
    """Letters one by one, capitals: 'LED' -> 'L E D'."""
    return " ".join(word.upper())


# Read as words wherever they appear, in every language.
SAY_AS_WORD = wordset(
    "NASA NATO PIN SIM RAM ROM LAN WAN GIF IKEA FIFA UEFA COVID LIDAR RADAR LASER UNESCO "
    "OVNI SIDA ONU OTAN"
)
_UPPER = "A-ZÀ-ÖØ-Þ"
_CAPS_RE = re.compile(rf"(?<![\w-])([{_UPPER}][{_UPPER}0-9]*[{_UPPER}])(s?)(?![\w-])")
_CAPS_ELIDED_RE = re.compile(rf"\b[{_UPPER}]+'[{_UPPER}]+\b")
_SHOUT_MIN_WORDS = 3
# `ZARA`, `NIKE`, `LEGO`, `SONY`: four capitals in two open syllables are a brand or a
# name said as a word; initials are hardly ever shaped so (`ASAP`, `AAPL`, `USPS` are not).
_SYLLABLES_RE = re.compile("[B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z][AEIOUY]")


def read_caps(text: str, keep: Mapping[str, str], source: str | None = None) -> str:
    """Spell acronyms letter by letter, keep word-like ones, and quiet shouted text.

    Shouting is judged on `source`, the message as written, when given: numbers the
    rules turned into lower-case words must not hide that the message was shouted.
    """
    tokens = re.findall(r"[^\W\d_]+", text if source is None else source)
    caps = [t for t in tokens if len(t) > 1 and t.isupper()]
    # `54 HR, 130 RBI, .310 AVG`: acronyms alone are no shouting; a shouted message
    # has at least one long capitalised word (FIRE, SMOKE, ALERTE).
    long_word = any(len(t) > 3 and t not in keep for t in caps)
    shouting = long_word and len(caps) >= _SHOUT_MIN_WORDS and len(caps) > 0.6 * len(tokens)

    def one(m: re.Match[str]) -> str:
        word, plural = m.group(1), m.group(2)
        if word in keep:
            return at_start(m, keep[word]) + plural
        if word in SAY_AS_WORD:
            return m.group(0)
        if any(ch.isdigit() for ch in word):
            return m.group(0)
        has_vowel = bool(re.search("[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ü]", word))
        if (shouting or len(word) > 4) and has_vowel:
            return m.group(0).lower()
        if _SYLLABLES_RE.fullmatch(word):
            return word.capitalize() + plural.lower()
        return spell(word) + plural

    if shouting:
        # `D'EAU`, `DON'T`: an elided word in shouted text is a plain word.
        text = _CAPS_ELIDED_RE.sub(lambda m: m[0].lower(), text)
    return _CAPS_RE.sub(one, text)


_UNICODE_FRACTIONS = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅛": "1/8"}


def pre_clean(text: str) -> str:
    """Unify look-alike characters the number rules care about."""
    for char, plain in _UNICODE_FRACTIONS.items():
        text = re.sub(rf"(\d?)\s?{char}", rf"\1 {plain}", text)
    text = text.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'")
    text = text.replace("℃", "°C").replace("℉", "°F").replace("㎍/㎥", "µg/m³")
    text = text.replace("μ", "µ")
    # `20 ° C`, `21°c`: a degree sign typed loose or with a small letter.
    text = re.sub(r"(\d) ?° ?([CcFf])(?![^\W\d_])", lambda m: f"{m[1]}°{m[2].upper()}", text)
    # `@sarah`: a mention is the name alone (e-mail addresses have a letter before the @).
    text = re.sub(r"(?<![\w.@])@(?=[^\W\d]\w*)", "", text)
    # `1'250.50`: Swiss thousands by apostrophe.
    text = re.sub(r"(?<![\w'])\d{1,3}(?:'\d{3})+(?![\d'])", lambda m: m[0].replace("'", ""), text)
    # Letters glued to digits (PM2.5, CO2) are two things to read.
    text = re.sub(r"\b([A-Z]{2,})(\d)", r"\1 \2", text)
    # Road and model names: A-6, AP-7, COVID-19 are a name and a number.
    text = re.sub(r"\b([A-Z]{1,5})-(?=\d)", r"\1 ", text)
    # `pH 7.4`: the two letters, said one by one.
    text = re.sub(r"(?<![\w-])pH(?![\w-])", "P H", text)
    # A spaced em dash between numbers separates two items (`14h05 — 2 articles`).
    return re.sub(r"(\d)(?!\s—\s)\s?[‐‑–—](?=\s?\d)", r"\1-", text)


def tidy(text: str, symbols: Mapping[str, str]) -> str:
    """Read or drop leftover symbols and clean punctuation for prosody."""
    for sym, name in symbols.items():
        text = text.replace(sym, f" {name} ")
    text = re.sub(r"\s[-–—/·]+\s|[–—]|[:;()\[\]{}]|\.{2,}|…", ", ", text)
    text = re.sub(r"(?<=\w)/(?=\w)", " ", text)
    text = re.sub(r"[\"“”«»„*_~^|<>\\/#`=+•·°]", " ", text)
    text = "".join(" " if _is_symbol(ch) else ch for ch in text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" ([,.])", r"\1", text)
    text = re.sub(r"([,.!?¡¿])(?:\s*,)+", r"\1", text)
    text = re.sub(r",+\s*([.!?])", r"\1", text)
    text = re.sub(r"^[\s,.]+|[\s,]+$", "", text)
    return re.sub(r"([¡¿]) ", r"\1", text)


def _is_symbol(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sm", "Sc", "Sk") and ch not in "'"


def pair_rule(names: Mapping[str, str]) -> Rule:
    """`EUR/USD` -> 'euro dollar': a currency pair is read as its two currencies."""
    codes = "|".join(names)
    return (
        re.compile(rf"\b({codes}) ?/ ?({codes})\b"),
        lambda m: at_start(m, f"{names[m[1]]} {names[m[2]]}"),
    )


def per_rule(names: Mapping[str, str], per: str) -> Rule:
    """`€/kWh`, `$/gal`, `€/mois`: after an amount, `/unit` is read 'per unit'.

    Runs after the number rules, so what precedes the slash is already words.
    """
    return (
        re.compile(rf"(?<=[^\W\d_])\s?/\s?({alternation(names)})(?![\w/])"),
        lambda m: f" {per} {names[m[1]]}",
    )
