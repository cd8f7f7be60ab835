"""Spanish marks kept through the shared tidy-up: semicolons, and capitals said as words."""

from __future__ import annotations

import re
from collections.abc import Callable

from melod.text import es_codes, latin
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
    """How capitals are read: 'SAMU', 'SINPE' keep them; 'BAJA', 'MAMÁ' are plain words."""
    words = re.findall(r"[^\W\d_]+", source)
    if sum(len(w) > 1 and w.isupper() for w in words) > len(words) / 2:
        # Shouted text: 'HUMO DETECTADO', 'GARCIA LOPEZ ANA' are read as plain words. Only the
        # three-letter words of a run are named here ('ANA' is no acronym beside 'LOPEZ');
        # longer ones tell the tidy-up that the text is shouted.
        run = " ".join(_CAPS_RUN.findall(source)).split()
        return {w: w.lower() for w in run if len(w) == 3 and _sayable(w)}
    caps = re.findall(r"\b[A-ZÑ]{4}\b", source)
    two = [w for w in caps if re.fullmatch("[^AEIOU]*[AEIOU][^AEIOU]+[AEIOU][^AEIOU]*", w)]
    # Longer ones are names said as written ('SINPE', 'INAMEH', 'CANTV'), unless they are
    # common words typed in capitals ('URGENTE', 'ALERTA'), read as plain words.
    names = [w for w in re.findall(r"\b[A-ZÑ]{5,}\b", source) if not _plain_word(w.lower())]
    keep = {w: w for w in two if es_codes.said(w.lower())}
    keep |= {w: w.lower() for w in caps if w.lower() in _SHOUTED}  # 'BATERÍA BAJA'
    # No acronym has an accent: 'MAMÁ', 'ALGODÓN' are words typed in capitals.
    accented = re.findall(r"\b[A-ZÑ]*[ÁÉÍÓÚÜ][A-ZÁÉÍÓÚÜÑ]*\b", source)
    accents = {w: w.lower() for w in accented if len(w) > 2}
    return keep | {w: w for w in names} | accents | _caps_runs(source)


def _sayable(word: str) -> bool:
    low = word.lower()
    # A surname may close on two consonants: 'SANZ', 'ORTIZ' and 'LLANS' are said.
    return es_codes.said(low) or es_codes.said(low.rstrip("zs")) or _plain_word(low)


_CAPS_RUN = re.compile(r"\b[A-ZÁÉÍÓÚÜÑ]{2,}(?: [A-ZÁÉÍÓÚÜÑ]{2,})+\b")


def _caps_runs(source: str) -> dict[str, str]:
    """Capitals in a row are a name as typed ('GARCÍA LÓPEZ ANA', said as words, none spelled)
    unless they are common words ('ALERTA ROJA', 'BATERÍA BAJA')."""
    said: dict[str, str] = {}
    for run in _CAPS_RUN.findall(source):
        for w in run.split():
            if w.lower() in _SHOUTED or _plain_word(w.lower()):
                said[w] = w.lower()
            elif len(w) > 2 and _sayable(w):
                said[w] = w
    return said


# Words a notification shouts, and the endings of Spanish words ('DETECTADO', 'ABIERTA').
_SHOUTED = latin.wordset(
    "aviso alarma cocina fuego peligro gratis nuevo nueva nuevos ahora listo lista hoy feliz "
    "gracias puerta ventana bateria error fallo intruso lluvia calor nieve hielo paquete "
    "atencion oferta ofertas precio precios ojo socorro ayuda mañana noche tarde todos todas "
    "nunca siempre favor humo fuga agua luz gas baja bajo alta alto roja rojo lleno llena "
    "nada casa cama mesa sala modo pelo"
)
_WORD_ENDS = re.compile(
    r".*(?:ción|sión|cion|sion|mente|ente|entes|ante|antes|ado|ada|ados|adas|ido|ida|idos|"
    r"idas|erta|erto|ierto|orio|ura|dad|aje|ista|oso|osa|dor|dora|miento|ento|enta|ería|eria|"
    r"ismo|able|ible|ivo|iva|ario|aria)(?:e?s)?"
)


def _plain_word(word: str) -> bool:
    """True when a word in capitals is a common Spanish word, not a name or an acronym."""
    return word in _SHOUTED or bool(_WORD_ENDS.fullmatch(word))


# '!' with no '¡' before it is chat ('Cata!! 18 añitos'): the number goes on without a capital.
_UNOPENED = re.compile(rf"(^|[.?!] )([^¡.?!]*!+ ){MARK}")


def unmark_chat(text: str) -> str:
    """Drop the sentence mark after a '!' typed without its opening '¡'."""
    return _UNOPENED.sub(r"\1\2", text)
