"""English pronunciations (ARPAbet) for the katakana reader: the CMU dictionary, loaded on
first use, or a rough guess from the spelling for words it lacks (mostly brand names)."""

from __future__ import annotations

import re
from typing import Final

from melod.text import cmu

VOWELS: Final = frozenset(
    ("AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW")
)
_CONSONANTS: Final = frozenset(
    (
        "P", "B", "T", "D", "K", "G", "F", "V", "TH", "DH", "S", "Z", "SH", "ZH", "CH", "JH",
        "M", "N", "NG", "L", "R", "HH", "W", "Y",
    )
)  # fmt: skip


def known(word: str) -> bool:
    """Is `word` in the pronouncing dictionary?"""
    return word.lower() in cmu.pronunciations()


_GUESS_RULES: Final = tuple(
    (re.compile(pattern), sound.split())
    for pattern, sound in (
        ("a(?=[^aeiou]e$)", "EY1"), ("i(?=[^aeiou]e$)", "AY1"), ("o(?=[^aeiou]e$)", "OW1"),
        ("u(?=[^aeiou]e$)", "UW1"), ("^x", "EH1 K S"), ("air", "EH1 R"), ("(?<=[^aeiou])e$", ""),
        ("er(?![aeiou])", "ER1"), ("igh", "AY1"), ("ie$", "IY0"),
        ("tch", "CH"), ("sh", "SH"), ("ch", "CH"), ("th", "TH"), ("ph", "F"), ("ck", "K"),
        ("ng(?=[aeiou])", "NG G"), ("ng", "NG"), ("qu", "K W"), ("x", "K S"), ("ee", "IY1"),
        ("ea", "IY1"),
        ("oo", "UW1"), ("ou", "AW1"), ("ai", "AY1"), ("ay", "EY1"), ("oi", "OY1"),
        ("oy", "OY1"), ("ce", "S EH1"), ("ci", "S IH1"), ("a", "AA1"), ("e", "EH1"),
        ("i", "IH1"), ("o", "AA1"), ("u", "AH1"), ("^y", "Y"), ("y", "IY0"), ("c", "K"),
        ("j", "JH"), ("w", "W"), ("h", "HH"), ("z", "Z"), ("q", "K"), ("[a-z]", ""),
    )
)  # fmt: skip


def _guess(word: str) -> list[str]:
    """A rough pronunciation from the spelling, for words the dictionary lacks (mostly
    brand names, where ai is アイ: Zaim ザイム; a final silent e lengthens: Evernote)."""
    word = re.sub(r"([^aeiou])\1", r"\1", word)  # ee and oo stay: Eero, Zooz
    phones: list[str] = []
    i = 0
    while i < len(word):
        for pattern, sound in _GUESS_RULES:
            m = pattern.match(word, i)
            if m:
                phones += sound or ([word[i].upper()] if pattern.pattern == "[a-z]" else [])
                i = max(m.end(), i + 1)
                break
    return [p for p in phones if p.rstrip("012") in VOWELS or p in _CONSONANTS]


def pronounce(word: str) -> list[str]:
    """ARPAbet phones (vowels with stress digits) for a lower-case word."""
    pron = cmu.pronunciations().get(word)
    return pron.split() if pron else _guess(word)
