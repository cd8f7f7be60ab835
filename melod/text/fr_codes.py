"""French numbers that are not amounts: phone numbers, short service numbers, codes."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.fr_context import is_dotted_version, is_version
from melod.text.fr_numbers import DIGIT_NAMES, card, pairs
from melod.text.latin import Rule
from melod.text.latin import rule as _c

# `proximus.be/factures`, `sbb.ch`, `hydroquebec.com`'s cousin `quebec.ca`: francophone
# domains the shared address pattern does not know; the TLD in lower case only, so that
# `fini.Ca marche` typed without its space stays two sentences.
LOCAL_URL = re.compile(
    r"(?<![A-Za-z0-9.@-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:be|ch|ca|lu|eu|info|mc)"
    r"(?![A-Za-z0-9])(?:/[A-Za-z0-9\-._~/?#=%&+]*[A-Za-z0-9/\-_=#])?"
)
#: Country codes with a vowel that are still spelled in an address (`point B E`).
SPELLED_TLDS = ("be", "lu")


def _phone(m: re.Match[str]) -> str:
    # 06 12 34 56 78 by pairs; +33 (0)6 ... drops the bracketed trunk zero.
    digits = re.sub(r"\D", "", m[0].replace("(0)", ""))
    head: list[str] = []
    if m[0].startswith("+"):
        head = [f"plus {card(int(digits[:2]))}", card(int(digits[2]))]
        digits = digits[3:]
    groups = [digits[i : i + 2] for i in range(0, len(digits), 2)]
    return ", ".join(head + [pairs(g) for g in groups])


def _groups(text: str) -> list[str]:
    # Each group as typed: four digits by pairs, else whole, its leading zeros said.
    groups = []
    for group in re.findall(r"\d+", text):
        if len(group) == 4:
            groups.append(pairs(group))
            continue
        rest = group.lstrip("0")
        zeros = ["zéro"] * (len(group) - len(rest))
        groups.append(" ".join(zeros + ([card(int(rest))] if rest else [])))
    return groups


def _foreign(m: re.Match[str]) -> str:
    return ", ".join([f"plus {card(int(m[1]))}", *_groups(m[2])])


def _free_phone(m: re.Match[str]) -> str:
    # 0 800 123 456 by threes, 0 800 47 33 05 by pairs after the 800.
    digits = re.findall(r"\d+", m[0].lstrip("0 "))
    groups = [pairs(g) if len(g) == 2 else card(int(g)) for g in digits]
    return ", ".join(["zéro " + groups[0], *groups[1:]])


def _lead(text: str) -> str:
    # `code A1234`: the letter before the digits is read apart from them.
    return text + " " if text[-1:].isalpha() and text[-1:].isupper() else text


def _gap(m: re.Match[str]) -> str:
    # `code 4821B`: the letter glued to the digits is read on its own.
    return " " if m.string[m.end() : m.end() + 1].isalpha() else ""


_RELEASE = re.compile(
    r"(?i)\b(?:mise à jour|maj|màj|versions?|correctifs?|corrections?|bugs?|nouveautés?|"
    r"améliorations?|disponibles?|installée?s?|update|patch|release|app|appli(?:cation)?)\b"
)


def version_part(p: str) -> str:
    # 24.06 is "vingt-quatre point zéro six": a release number keeps its zero.
    return latin.spell_digits(p, DIGIT_NAMES) if p[0] == "0" and len(p) > 1 else card(int(p))


def _app_version(m: re.Match[str]) -> str:
    """`Doctolib 4.18 : correction de bugs`: a dotted number after a name, where a release
    is spoken of, is a version (a French decimal takes a comma)."""
    if not _RELEASE.search(m.string):
        return m[0]
    return f"{m[1]} {version_part(m[2])} point {version_part(m[3])}"


def _dotted_version(m: re.Match[str]) -> str:
    """`mise à jour système 24.06 disponible`: x.y after an update word or before
    disponible/installée is a version."""
    return f"{version_part(m[1])} point {version_part(m[2])}" if is_dotted_version(m) else m[0]


# Words after which a number is a code read digit by digit ("votre code est 4 8 2 9 1 3").
_CODE_LEAD = (
    r"(?i:\bcodes?\b(?! postal)(?:[^.!?\d]{0,30}?(?::|\best(?: le)?|\bcodes?|\bpin|\bcvv) ?"
    r"| (?:d'\w+ |de (?!la\b|l')[^\W\d_]+ )?))"
)
# Call verbs before a short service number (le 3631, le 3919) said in pairs.
_CALL = (
    r"(?i:\b(?:appel\w*|compos\w*|contact\w*|joign\w*|joindre|médecins|urgences?|assistance|"
    r"hotline|allô)\b[^.!?\d]{0,12}?)"
)


def _dashed_ref(m: re.Match[str]) -> str:
    """`facture n° FA-2025-0042`, `dossier 2025-00123`: a reference's parts one by one, its
    dashes said (never a range "à"), a part with a leading zero digit by digit."""
    parts = [
        latin.spell(p) if p.isalpha() else version_part(p) if p[0] == "0" else card(int(p))
        for p in m[2].split("-")
    ]
    return m[1] + " tiret ".join(parts)


# Apple's systems end in OS said letter by letter: iOS is I O S, macOS mac O S.
_APPLE_OS = {"i": "I", "tv": "T V"}

RULES: list[Rule] = [
    # `NPK 15-15-15`: a fertiliser's three shares, each a number.
    _c(
        r"\b(N-?P-?K:? )(\d{1,2})-(\d{1,2})-(\d{1,2})\b(?!-)",
        lambda m: m[1] + " ".join(card(int(m[i])) for i in (2, 3, 4)),
    ),
    _c(r"\b(i|tv|mac|watch|iPad|vision)OS\b", lambda m: f"{_APPLE_OS.get(m[1], m[1])} O S"),
    # `0 800 123 456`, `0800 47 33 05`: a free number, its 800 said whole.
    _c(r"(?<![\w+])0 ?8\d\d(?:(?: \d{3}){2}|(?: \d{2}){3})(?!\w)", _free_phone),
    _c(r"(?<![\w+])0\d(?:[ .-]?\d{2}){4}(?!\w)", _phone),
    # `010 45 67 89`, `0475 12 34 56`, `02 512 34 90`, `02/512.34.90`: a Belgian number,
    # nine or ten digits in its own groups, read group by group.
    _c(
        r"(?<![\w+])(?:0[1-9]\d|04\d\d)(?:[ .]\d\d){3}(?!\w|[.,]\d)"
        r"|(?<![\w+])0\d[ /.][1-9]\d\d(?:[ .]\d\d){2}(?!\w|[.,]\d)",
        lambda m: ", ".join(_groups(m[0])),
    ),
    # `0033 6 12 ...`: the international prefix typed as 00 is the plus sign.
    _c(r"(?<![\w+])00 ?(?=(?:33|32|41|352|44|49|34|39|1) ?\d[\d .-]{6,}\d(?!\w))", lambda m: "+"),
    _c(r"(?<![\w+])\+33 ?(?:\(0\) ?)?\d(?:[ .-]?\d{2}){4}(?!\w)", _phone),
    # `+32 2 123 45 67`, `+41 22 345 67 89`: another country, read group by group.
    _c(r"(?<![\w+])\+(?!33\b)(\d{1,3})(?: ?\(0\))?((?:[ .-]\d{1,4}){3,})(?![\w.,]\d|\w)", _foreign),
    _c(
        rf"({_CODE_LEAD}(?:[A-Z](?=\d))?)(?<![\d,.])(\d{{4,8}}|\d{{3}} \d{{3}})(?!\d|[,.]\d)",
        lambda m: _lead(m[1]) + latin.spell_digits(m[2].replace(" ", ""), DIGIT_NAMES) + _gap(m),
    ),
    _c(
        r"((?i:\b(?:n°|no|numéro|réf\.?|référence|dossier|ticket|facture|commande|contrat)"
        r" ?:? ?|#))(?!(?:19|20)\d\d-(?:19|20)?\d\d\b)"
        r"((?:[A-Z]{1,4}-)?(?:\d{4}-\d{2,6}|\d{2,3}-\d{3,6}))(?![\w-]|[.,]\d)",
        _dashed_ref,
    ),
    # `AB-2024-0017`, `2025-00123`: a part typed with a leading zero ends no range.
    _c(r"()(?<![\w.,-])((?:[A-Z]{1,4}-)?\d{2,4}-0\d{2,5})(?![\w-]|[.,]\d)", _dashed_ref),
    # `vol AF1234`, `vol U2 4821`: an airline code spelled, the flight number said whole.
    _c(
        r"(?i:\b(vols?|flight) )([A-Z]{2,3}|[A-Z]\d|\d[A-Z]) ?"
        r"(\d{1,4})(?![\w.,]\d|\w)",
        lambda m: f"{m[1]} {latin.spell(m[2])} {card(int(m[3]))}",
    ),
    # `#A4521`, `commande B12345`: a letter glued to four digits or more is a reference.
    _c(
        r"(?<![\w#])#?([A-Z]{1,2})(\d{4,6})(?![\w.,]\d|\w)",
        lambda m: f"{latin.spell(m[1])} {latin.spell_digits(m[2], DIGIT_NAMES)}",
    ),
    # `Home Assistant 2025.1`: a year and a release after a name is a version, not a decimal.
    _c(
        r"(?<![\d.,])(20\d\d)\.(\d{1,2})(?!\d|[.,]\d| ?(?:[%€$£°]|points?\b|pts\b))",
        lambda m: f"{card(int(m[1]))} point {card(int(m[2]))}" if is_version(m) else m[0],
    ),
    _c(
        r"\b([A-Z][\w+-]*) (\d{1,2})\.(\d{1,3})(?![\d.,]\d|\d)"
        r"(?=\s*(?:[:,;!?)(]|\.(?!\d)|$| [-–—]"
        r"| (?:est|disponible|installée?|arrive|apporte|corrige)\b))",
        _app_version,
    ),
    _c(r"(?<![\w.,])(\d{1,3})\.(\d{1,3})(?![\w.,]\d|\d|-\w| ?[%€$£°])", _dotted_version),
    # `carte ****4532`, `carte se terminant par 4532`: the last digits of a card, one by one.
    _c(
        r"(?:\*{2,} ?|(?i:\b((?:terminant|finissant) par )))(\d{4})(?!\d|[,.]\d)",
        lambda m: (m[1] or "") + latin.spell_digits(m[2], DIGIT_NAMES),
    ),
    _c(rf"({_CALL})\b(3\d{{3}}|10\d\d)(?!\d|[,.]\d| \d)", lambda m: m[1] + pairs(m[2])),
]
