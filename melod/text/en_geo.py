"""English places and weather words: `Ridgecrest, CA` (California), `Wind: NW 15 mph`
(northwest), `M4.2` near a quake (magnitude)."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.en_tables import DIGIT_NAMES
from melod.text.latin import Rule, rule

# US states said by name after a town. Codes that are also words or common initials
# (OK, IN, OR, ME, HI, OH, CO, ID, PA, MA, LA, DE) are left out: `Thanks, OK.`
_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CT": "Connecticut", "FL": "Florida", "GA": "Georgia", "IL": "Illinois", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "MD": "Maryland", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming",
}  # fmt: skip
# Before a ZIP or postal code even a code that is also a word names a state or province.
_ZIP_STATES = {
    **_STATES, "OK": "Oklahoma", "IN": "Indiana", "OR": "Oregon", "ME": "Maine",
    "HI": "Hawaii", "OH": "Ohio", "CO": "Colorado", "ID": "Idaho", "PA": "Pennsylvania",
    "MA": "Massachusetts", "LA": "Louisiana", "DE": "Delaware", "DC": "D C",
}  # fmt: skip
# Canadians name two provinces by their letters: `B C`, `P E I`.
_PROVINCES = {
    "ON": "Ontario", "QC": "Quebec", "BC": "B C", "AB": "Alberta",
    "MB": "Manitoba", "SK": "Saskatchewan", "NS": "Nova Scotia", "NB": "New Brunswick",
    "NL": "Newfoundland", "PE": "P E I",
}  # fmt: skip
# `M5V 2T6` (Canada), `D03 K2P6` (an Irish Eircode): postal codes, each character said.
_CA_POST = r"[A-Z]\d[A-Z] ?\d[A-Z]\d"
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d\d|D6W) ?(?=[\dA-Z]{0,3}\d)(?=\d{0,3}[A-Z])[\dAC-FHKNP-Y]{4}"
_POINTS = {"N": "north", "E": "east", "S": "south", "W": "west"}
_DIRECTION = r"(N|S|NN[EW]|SS[EW]|[EW]N[EW]|[EW]S[EW]|[NS][EW]|E|W)\b"
_WIND_CTX = r"(?i:\b(?:winds?|breeze|gusts?|blowing)\b)"


def _spell(code: str) -> str:
    return " ".join(DIGIT_NAMES[int(c)] if c.isdigit() else c for c in code if c != " ")


def _point(code: str) -> str:
    """`NW` -> 'northwest', `NNE` -> 'north-northeast'."""
    if len(code) == 3:
        return f"{_POINTS[code[0]]}-{_point(code[1:])}"
    return "".join(_POINTS[c] for c in code)


def _au_state(m: re.Match[str]) -> str:
    """`Brisbane QLD`, `Hobart, TAS`: Australians say these states' names after a town (NSW,
    WA, SA, NT and ACT are said as letters); `QLD` means Queensland wherever it stands."""
    if m[0][0] != "Q" and not re.search(r"\b[A-Z][a-z]+,? $", m.string[: m.start()]):
        return m[0]  # `Call Vic at 5`: a name
    if m[0] in ("Vic", "Tas") and re.search(r"(?:^|[.!?] )[A-Z][a-z]+ $", m.string[: m.start()]):
        return m[0]  # `Call Vic`: a sentence's first word is a verb, not a town
    return {"Q": "Queensland", "V": "Victoria", "T": "Tasmania"}[m[0][0]]


RULES: list[Rule] = [
    # `Ridgecrest, CA`, `Austin, TX 78701`: a town and its state, the ZIP code digit by digit.
    rule(
        rf"(?<=[a-z], )({'|'.join(_STATES)})(?:(?=[.,;!?)]|$)| (\d{{5}})\b(?![-.,]\d))",
        lambda m: _STATES[m[1]] + (f" {latin.spell_digits(m[2], DIGIT_NAMES)}" if m[2] else ""),
    ),
    # `Chicago IL 60614`, `Toronto, ON M5V 2T6`: a state or province before its code.
    rule(
        rf"\b([A-Z][a-z]+,? )({'|'.join(_ZIP_STATES)}) (\d{{5}})\b(?![.,-]\d)",
        lambda m: f"{m[1]}{_ZIP_STATES[m[2]]} {_spell(m[3])}",
    ),
    rule(
        rf"(?:(?<=[a-z], )|(?<=[a-z] ))({'|'.join(_PROVINCES)})"
        rf"(?= {_CA_POST}\b|(?<=, ..)(?=[.,;!?)]|$))",
        lambda m: _PROVINCES[m[1]],
    ),
    rule(rf"(?<![\w-])(?:{_CA_POST}|{_EIRCODE})(?![\w-])", lambda m: _spell(m[0])),
    # `Brisbane QLD`, `Hobart, TAS`: Australians say these states' names (NSW, WA, SA, NT and
    # ACT are said as letters); `QLD` means Queensland wherever it stands.
    rule(r"\b(?:QLD|Qld|VIC|Vic|TAS|Tas)\b(?=[.,;!?)]|$| \d{4}\b| [a-z])", _au_state),
    # `Metra UP-N`, `MD-W`: a rail line by its initials and the direction it runs.
    rule(
        r"\b([A-Z]{2})-(N|S|E|W|[NS][EW])\b(?![-/])",
        lambda m: f"{latin.spell(m[1])} {_point(m[2]).capitalize()}",
    ),
    # `Wind: NW 15-25 mph`, `winds SSE at 10`: the direction the wind blows from.
    rule(
        rf"({_WIND_CTX}:? (?:from the )?){_DIRECTION}"
        r"(?= (?:at )?\d)",
        lambda m: m[1] + _point(m[2]),
    ),
    # `12 km NE of Ridgecrest`: a distance and the direction from a place.
    rule(
        rf"(?<=\d)( ?(?:km|mi|miles?|kilomet(?:er|re)s?) ){_DIRECTION}(?= of\b)",
        lambda m: m[1] + _point(m[2]),
    ),
    # `outage reported in 97214.`, `stores near 60614`: five digits after a place's
    # preposition, ending the phrase, name a ZIP code (`in 12000 homes` counts, and a
    # round `in 10000.` is a number).
    rule(
        r"(?:(?<=\bin )|(?<=\bnear )|(?<=\baround ))(?!\d\d000)\d{5}(?=[.,;:!?)]|$| area\b)",
        lambda m: _spell(m[0]),
    ),
]
