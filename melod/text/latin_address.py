"""E-mail addresses and URLs for the Latin-script normalisers (EN, FR, ES)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

from melod.text import common
from melod.text.latin import Rule, spell_digits, wordset

# `.co` (`bbc.co.uk`, `t.co`) is said as a syllable, "dot co".
_SPELLED_TLDS = wordset("io fr es uk de kr jp cn tv ai eu us ca mx ar")
#: Initials brands with a vowel, said letter by letter in their domains (ups.com, irs.gov).
SPELLED_NAMES = wordset(
    "ups usps irs hbo nba ibm aol aaa ucla usc nyu mit amc ea ana ymca cvs dmv nhs nfl"
)


def address_rule(
    symbols: Mapping[str, str],
    names: tuple[str, ...],
    *,
    keep_case: bool = False,
    number: Callable[[str], str | None] | None = None,
    initials: Callable[[str], bool] | None = None,
    as_word: Callable[[str, bool], bool] | None = None,
) -> list[Rule]:
    """Rules that read e-mail addresses and URLs with the language's symbol names.

    `keep_case` keeps a brand's capital (`Amazon.fr` -> "Amazon point F R"); `number`, when
    given, may read the digits right after a name as a number (`obrien87` -> "obrien
    eighty-seven") or return None to leave them digit by digit. `initials`, when given,
    tells a short label that has a vowel but is said letter by letter (`pge`, `mta`).
    `as_word`, when given, tells a label this reading would spell that the language says as
    a word; its flag is True right after a dot, where a country code stands (Spanish says
    `.es` as a word, and `de` in `fin-de-semana`, but spells `.de`).
    """

    def digits(run: str, after_letter: bool) -> str:
        # Only a name's digits (`doe99`); an IP address or a port is read digit by digit.
        said = number(run) if number and after_letter else None
        return said or spell_digits(run, names)

    def read(m: re.Match[str]) -> str:
        runs = name_runs(m[0])
        bare = re.sub(r"^https?://", "", m[0], flags=re.IGNORECASE)
        dots = iter(bool(dot) for dot in re.findall(r"(\.?)[A-Za-z]+", bare))
        # Before the @ a brand's initials are a person's name: `ana.ruiz@` is Ana.
        at = bare.find("@")
        boxes = iter(run.start() < at for run in re.finditer(r"[A-Za-z]+", bare))
        text = common.read_address(
            m.group(0),
            symbols,
            lambda t: _label(t, next(dots, False), initials, as_word, next(boxes, False)),
            lambda d: digits(d, next(runs, False)),
        )
        return text[:1].upper() + text[1:] if keep_case and m[0][:1].isupper() else text

    return [(common.EMAIL_RE, read), (common.URL_RE, read)]


def name_runs(address: str) -> Iterator[bool]:
    """For each run of digits in `address`, whether it belongs to a name (`doe99`) and may
    be said as a number rather than digit by digit."""
    # Two digits opening a label before a word name it as well: `11alive.com`,
    # `20minutes.fr`, `99designs` (a phone's `1800flowers` stays digit by digit).
    found = re.findall(r"([A-Za-z]?)(\d+)(?=([A-Za-z]{3})?)", address)
    return iter(bool(a) or (len(d) == 2 and bool(word)) for a, d, word in found)


def _label(
    token: str,
    after_dot: bool,
    initials: Callable[[str], bool] | None,
    as_word: Callable[[str, bool], bool] | None,
    mailbox: bool = False,
) -> str:
    """One run of letters of an address: said as a word, or spelled."""
    low = token.lower()
    if low in SPELLED_NAMES and not mailbox:
        # A brand known by its initials is written as such: `ups.com` "U P S dot com".
        return " ".join(token.upper())
    spelled = low in ("www", *_SPELLED_TLDS) or not re.search("[aeiouy]", low)
    if spelled and as_word is not None and as_word(low, after_dot):
        return low
    if spelled or (initials is not None and initials(low)):
        # Letters keep the case they were typed in: `www.nfl.com` is "w w w dot n f l",
        # `www.NFL.com` "w w w dot N F L", as a reader copying the address would write.
        return " ".join(token)
    return low
