"""French context checks: the gender a number takes, house numbers, marks, versions."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.fr_gender import MASCULINE, is_feminine

_STREET = re.compile(
    r"(?i: (?:rue|avenue|boulevard|allée|impasse|place|route|chaussée|quai|chemin|cours)),?"
    r" (?:de la |de l'|des |du |de |d')?[A-ZÀ-Ý]"
)
_RATING = re.compile(
    r"(?i)\b(?:note|noté|notée|avis|évaluation|satisfaction|score|indice|iqa|atmo|risque|"
    r"échelle)\b[^.!?\d/]{0,20}$"
)
_PARTITIVE = {"aux", "les", "des", "ces", "vos", "nos"}
_VERSION_WORDS = {"version", "v", "firmware", "build", "release", "micrologiciel", "logiciel"}
_DATE_WORDS = {"le", "du", "au", "jusqu'au", "ce", "dès", "date", "échéance", "depuis", "avant",
               "après", "livraison"}  # fmt: skip


def feminine_after(m: re.Match[str]) -> bool:
    """True when the number matched counts a feminine noun; a house number never does
    (au 21 rue des Lilas is vingt et un: le numéro), nor one after `numéro`."""
    if latin.prev_word(m) == "numéro":
        return False
    if _STREET.match(m.string, m.end()):
        return False
    word = latin.next_word(m)
    if _LOCUTION.match(m.string, m.end()):
        # 3 sets à 1 face à la Pologne: `face à` is no noun; the number counts the sets.
        counted = _COUNTED.search(m.string[: m.start()])
        return bool(counted and is_feminine(counted[1]))
    if word.lower() in _ELLIPTIC and _ALONE.match(m.string, m.end()):
        # 3 vélos mécaniques et 1 électrique: the noun is left out, the number agrees with
        # the one counted just before (1 petit tiramisu has its own noun).
        listed = _LISTED.search(m.string[: m.start()])
        if listed:
            return is_feminine(listed[1])
    return is_feminine(word) or _agrees_feminine(m, word)


_LOCUTION = re.compile(r"(?i) (?:face|suite|grâce) (?:à|au|aux)\b")
_COUNTED = re.compile(r"\b\d+ ([^\W\d_]+) à $")
_LISTED = re.compile(r"\b\d+ ([^\W\d_]{2,})[^.!?\d]{0,40}(?:\bet|\bou|,) $")
# The adjective with no noun after it: punctuation, the end, or a word that opens no noun.
_ALONE = re.compile(
    r" ?[^\W\d_]+ ?(?:[.,;:!?)]|$|(?:en|à|au|aux|de|du|des|pour|sur|dans|et|ou|qui|est|sont|"
    r"disponibles?|libres?|restante?s?)\b)"
)
# Adjectives that stand for a noun left out after a number (`2 lits simples et 1 double`).
_ELLIPTIC = latin.wordset(
    "électrique électriques mécanique mécaniques manuel manuelle automatique thermique "
    "hybride libre libres occupé occupée disponible simple double autre autres neuf neuve "
    "grand grande petit petite seul seule supplémentaire gratuit gratuite payant payante"
)


def _agrees_feminine(m: re.Match[str], noun: str) -> bool:
    """`1 valise oubliée`: a noun we do not know, followed by a feminine participle."""
    if not noun or noun in MASCULINE:
        return False
    after = re.match(rf" ?{re.escape(noun)} ([^\W\d_]+)", m.string[m.end() :], re.I)
    return bool(after and _FEM_ADJECTIVE.search(after[1]))


# Feminine endings of an adjective or participle after its noun: oubliée, décisive.
_FEM_ADJECTIVE = re.compile(r"(?<=[^\W\d_]{2})(?:ée|ive|euse|elle|ette|ière|trice|ante)s?$")


# Words after which a bare `12,50` is a price said "douze cinquante": `tu me dois 12,50`.
_OWED = re.compile(
    r"(?i)\b(?:dois|doit|devez|devons|dû|pay\w*|paie\w*|coût\w*|rembours\w*|prix|total|"
    r"montant)\b(?: \w+)?\s*:?\s*$"
)


def is_price(m: re.Match[str]) -> bool:
    """`Tu me dois 12,50`, `ça coûte 3,20`: two decimals after a word of paying."""
    return bool(re.fullmatch(r"\d+,\d\d", m[0]) and _OWED.search(m.string[: m.start()]))


def is_mark(m: re.Match[str]) -> bool:
    """`Avis : 4/5`, `note 7/10`: a mark read "sur", not a fraction."""
    return bool(_RATING.search(m.string[: m.start()]))


def mark_or_date(m: re.Match[str], denominator: int) -> bool:
    """4/5 and 7/10 on their own are marks or dates; les 4/5 du trajet is a fraction."""
    after = latin.next_word(m)
    return (
        denominator in (5, 10)
        and latin.prev_word(m) not in _PARTITIVE
        and not after.startswith("d")
    )


# A time after the pair makes it a day (`RDV 9/10 à 14h`), never a mark.
_TIME_AFTER = re.compile(r" ?(?:à |a |dès |vers |de |entre |, )?\d{1,2} ?[h:]")
# Words after which a pair is a day: `RDV 9/10`, `livré 4/5`.
_DAY_BEFORE = {*_DATE_WORDS, "rdv", "rendez-vous", "prévu", "prévue", "livré", "livrée",
               "reporté", "reportée", "jusqu'à", "ouvert", "ouverte", "fermé"}  # fmt: skip


def is_scale(m: re.Match[str], a: int, b: int) -> bool:
    """`Difficulté : 3/5`, `Forme du jour 6/10`, `j'ai eu 8/10`: a count on a scale of 5, 6 or
    10 is a mark read "sur", unless it is a day (`le 4/5`, `RDV 9/10 à 14h`) or a share
    (`les 4/5 du trajet`, `1/6 de la surface`, `1/6 chacun`)."""
    if b not in (5, 6, 10) or not 2 <= a <= b:
        return False
    before = latin.prev_word(m)
    if before in _DAY_BEFORE or before in _PARTITIVE or latin.next_word(m).startswith("d"):
        return False
    return not _TIME_AFTER.match(m.string, m.end())


def is_version(m: re.Match[str]) -> bool:
    """2024.12.25 is a date, but Home Assistant 2024.12.1 and version 2024.1.2 are versions."""
    before = re.search(r"(\S+) $", m.string[: m.start()])
    word = before[1] if before else ""
    named = word[:1].isupper() and word.lower() not in _DATE_WORDS
    return named or word.lower() in _VERSION_WORDS


# Before or after a dotted number, the words that make `3.2.15` a version, not a date.
_VERSION_BEFORE = re.compile(
    r"(?i)\b(?:version|v|firmware|(?:micro)?logiciel(?:le)?|build|release|maj|"
    r"mise? à (?:jour|niveau)(?: (?:logicielle|système|du système|firmware))?|"
    r"app|appli|application|ios|o s|android)(?: (?:en|vers))?\s*:?\s*$|"
    # `nouvelle version du tableau énergie 2.6`: the thing versioned named in between.
    r"\bversion(?: d[eu]| de la| des| d'|’)?(?: [^\W\d_]+){1,3}\s*:?\s*$"
)
_VERSION_AFTER = re.compile(r"(?i) (?:est |sont )?(?:disponibles?|install[ée]e?s?)\b")


def is_dotted_version(m: re.Match[str]) -> bool:
    """`micrologiciel 3.2.15`, `Ring 3.2.15 disponible`: a version, not 3 February 2015
    (a name alone is not enough: `anniversaire de Léa 3.2.15` is a date)."""
    before = m.string[: m.start()]
    return bool(_VERSION_BEFORE.search(before) or _VERSION_AFTER.match(m.string, m.end()))


# A tank, a gauge or a bin filled "au 1/4": a level, not the first of April.
_FILLED = re.compile(
    r"(?i)\b(?:réservoir|cuve|jauge|carburant|essence|gazole|fioul|plein|rempli|remplie|"
    r"niveau|bac|poubelle|citerne|bouteille|bidon|batterie|chargée?|réserve)\b"
)


def is_fill_level(m: re.Match[str], before: str = "au") -> bool:
    """`Réservoir au 1/4`, `cuve remplie au 1/3`: a level; `jusqu'au 1/4` stays a date."""
    sentence = re.split(r"[.!?]\s", m.string[: m.start()])[-1]
    return latin.prev_word(m) == before and bool(_FILLED.search(sentence))


def is_half_fill(m: re.Match[str]) -> bool:
    """`cuve remplie à 1/2 seulement`: a level said à moitié; `à 1/2 litre près` a measure."""
    after = ("seulement", "environ", "pour", "et", "ou", "mais", "depuis", "déjà")
    return is_fill_level(m, "à") and latin.next_word(m) in after
