"""Spanish marks kept through the shared tidy-up: semicolons, and capitals said as words."""

from __future__ import annotations

import re
from collections.abc import Callable

from melod.text import es_codes
from melod.text.latin import MARK

# The shared tidy-up turns ';' into a comma; Spanish readers keep it ('al cierre; dólar').
_SEMI = "\x03"


def tidied(text: str, tidy: Callable[[str], str]) -> str:
    """`tidy(text)` with each ';' between two words kept as '; '."""
    text = tidy(re.sub(r"\s*;\s*", f" {_SEMI} ", text))
    text = re.sub(rf"[\s,]*{_SEMI}[\s,{_SEMI}]*", "; ", text)
    text = re.sub(r"; ?(?=[.!?,]|$)", "", text)
    return re.sub(r"(^|[.!?¡¿,] ?); ", r"\1", text).strip()


def said_caps(source: str) -> dict[str, str]:
    """Four capitals said as two Spanish syllables keep their capitals: 'SAMU', 'AMBA'."""
    words = re.findall(r"[^\W\d_]+", source)
    if sum(len(w) > 1 and w.isupper() for w in words) > len(words) / 2:
        return {}  # shouted text: 'HUMO DETECTADO' is read as plain words
    caps = re.findall(r"\b[A-ZÑ]{4}\b", source)
    two = [w for w in caps if re.fullmatch("[^AEIOU]*[AEIOU][^AEIOU]+[AEIOU][^AEIOU]*", w)]
    # Longer ones no Spanish word could be ('INAMEH', 'SASMEX', 'CESFAM', 'CANTV') are names
    # said as written; 'URGENTE', 'ALERTA' are words in capitals, read as plain words.
    names = [w for w in re.findall(r"\b[A-ZÑ]{5,}\b", source) if not _word_like(w.lower())]
    return {w: w for w in two if es_codes.said(w.lower())} | {w: w for w in names}


def _word_like(word: str) -> bool:
    """True when `word` has the shape of a Spanish word: its syllables and its last letter."""
    return es_codes.said(word) and word[-1] in "aeiounslrdzy"


# '!' with no '¡' before it is chat ('Cata!! 18 añitos'): the number goes on without a capital.
_UNOPENED = re.compile(rf"(^|[.?!] )([^¡.?!]*!+ ){MARK}")


def unmark_chat(text: str) -> str:
    """Drop the sentence mark after a '!' typed without its opening '¡'."""
    return _UNOPENED.sub(r"\1\2", text)
