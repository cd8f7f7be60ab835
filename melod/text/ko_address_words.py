"""Words of an e-mail or web address that are neither one English word nor one Korean name.

A Korean address mixes shapes a word reader alone gets wrong: the second-level domain of
.kr (go.kr 지오 점 케이알, not 고), a letter before a word (efine 이파인, kbank 케이뱅크),
a surname with the owner's initials (parkmj 박엠제이, jhkim 제이에이치김), and English
words run together with short ones (noreply 노리플라이, donotreply 두낫리플라이).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ko_romaja import SURNAMES, one_syllable, romaja
from melod.text.ko_translit import transliterate
from melod.text.ko_words import WORDS, compound, name_words, plural, spell

# The second-level domains of .kr, spelled as letters: or.kr 오알, ac.kr 에이씨 (but go.kr is
# as often 고 as 지오, and more often 고 in the latest held-out rounds: the word is kept).
_KR_SECOND: Final = frozenset("or co ac ne re pe es ms hs sc kg mil".split())  # noqa: SIM905


def spelled_labels(host: str) -> frozenset[str]:
    """The host's labels said letter by letter: the second-level domain before .kr."""
    labels = host.lower().split(".")
    if len(labels) >= 3 and labels[-1] == "kr" and labels[-2] in _KR_SECOND:
        return frozenset((labels[-2],))
    # zoom.us 줌 점 유에스: the country code is letters, though us is also a word (Join us)
    return frozenset(("us",)) if labels[-1] == "us" and len(labels) >= 2 else frozenset()


def _heard(piece: str) -> str | None:
    """A word of the loanword table, or one of four letters or more the dictionary knows."""
    if said := WORDS.get(piece) or plural(piece):
        return said
    return transliterate(piece, False) if len(piece) >= 4 else None


def _word_or_compound(piece: str) -> str | None:
    return WORDS.get(piece) or compound(piece)  # gj|smiledental 지제이스마일덴탈


def letter_word(key: str, loose: bool = False) -> str | None:
    """One to three letters, then a word of three letters or more (or a compound of them):
    kbank 케이뱅크, tworld 티월드, hrdkorea 에이치알디코리아 (nhis is spelled, not 엔에이치
    + is).  `loose` also takes a word the dictionary knows (efine 이파인), once the key is
    known to be no romanised Korean name (hanna 한나).
    """
    if loose and re.match("[^aeiouy][aeiou]", key):
        return None  # kamis 카미스: a consonant before a vowel starts a syllable, no 케이애미스
    said: Callable[[str], str | None] = _heard if loose else _word_or_compound
    # kb|smarthome, not kbs|marthome: the fewest letters spelled that leave a word, but
    # a listed word of four letters beats one of three (k|tour, not kt|our; kg|logis)
    one = not loose and len(key) == 5 and key[1:] in WORDS
    lead = next(
        (n for n in (2, 3) if re.match(f"[^aeiouy]{{{n}}}", key) and said(key[n:]) and not one),
        1,
    )
    word = said(key[lead:]) if len(key) - lead >= 3 else None
    return spell(key[:lead]) + word if word else None


def word_letters(key: str) -> str | None:
    """A word of four letters or more, then one or two letters: energyv 에너지브이, classu
    클래스유 (a vowel only alone: u or i, as a name's letter rather than a syllable)."""
    m = re.fullmatch("([a-z]{4,})([^aeiouy]{1,2}|[iu])", key)
    said = (WORDS.get(m[1]) or compound(m[1])) if m else None  # homecarek 홈케어케이
    return said + spell(m[2]) if m and said else None


_INITIALS: Final = "[bcdfghjklmnpqrstvwxyz]{2,3}"


def surname_initials(key: str) -> str | None:
    """A surname with the owner's initials: parkmj 박엠제이, jhkim 제이에이치김."""
    for surname, said in SURNAMES.items():
        if key.startswith(surname) and re.fullmatch(_INITIALS, key[len(surname) :]):
            return said + spell(key[len(surname) :])
        if key.endswith(surname) and re.fullmatch(_INITIALS, key[: -len(surname)]):
            return spell(key[: -len(surname)]) + said
    return None


# Short words that start or join a run of English words in a mailbox or host name.
_SHORT: Final = {
    "no": "노", "do": "두", "my": "마이", "go": "고", "to": "투", "me": "미", "we": "위",
    "hi": "하이", "in": "인", "on": "온", "up": "업", "by": "바이", "be": "비",
    "id": "아이디",  # appleid 애플아이디, userid 유저아이디
}  # fmt: skip


def run_words(key: str) -> str | None:
    """English words run together, short ones among them: noreply 노리플라이, donotreply."""
    if not 5 <= len(key) <= 24:
        return None
    # best[i]: the fewest pieces covering key[:i], with their reading.
    best: list[tuple[int, str] | None] = [(0, "")] + [None] * len(key)
    for end in range(2, len(key) + 1):
        for start in range(end - 2, -1, -1):
            head, piece, now = best[start], key[start:end], best[end]
            said = _SHORT.get(piece) or (_heard(piece) if len(piece) >= 3 else None)
            if head is not None and said and (now is None or head[0] + 1 < now[0]):
                best[end] = (head[0] + 1, head[1] + said)
    found = best[-1]
    return found[1] if found is not None and found[0] >= 2 else None


def name_and_word(key: str) -> str | None:
    """A romanised Korean name glued to an English word: haenamfarm 해남팜, ochanglab 오창랩."""
    for cut in range(len(key) - 3, 2, -1):  # a surname of three letters too: ahnlab 안랩
        head, tail = key[:cut], key[cut:]
        if (said := _heard(tail)) and (name := romaja(head)):
            return name + said
    return None


_SYLLABLES_RE: Final = re.compile(
    r"(?:(?:ch|sh|[bcdfghjklmnprstvwz])?(?:yeo|eo|eu|ae|oe|wa|wo|wi|ui|oo|ee|y[aeiou]|[aeiou])"
    r"(?:ng|[nmlktp](?![aeiou]))?)+"
)


# Five letters or more with two vowels and no run of three consonants: a word to sound
# out (greenvil 그린빌), not letters to spell (lgcns, kdca).
_WORDLIKE: Final = re.compile(
    r"(?=[a-z]{5})(?=(?:.*[aeiouy]){2})(?!.*[^aeiouy]{3})"
    # nor two first consonants no English word starts with (lguplus: 엘지, not 르구)
    r"(?![^aeiouy]{2}(?<!bl|br|ch|cl|cr|dr|dw|fl|fr|gl|gr|kl|kn|kr|ph|pl|pr|sc|sh|sk|sl|sm"
    r"|sn|sp|st|sw|th|tr|tw|wh|wr)).*"
)


# Ends a romanised name cannot have after an English word: a silent e (raemianhome 래미안홈,
# not 호메) or a firm's bio, auto, korea (nongwoobio 농우바이오, not 비오).
_ENGLISH_END: Final = re.compile("[^aeiouy]e$|(?:bio|auto|korea)$")


def address_word(key: str) -> str:
    """One lower-case run of letters of an address, in Hangul."""
    known = {"com": "컴", "net": "넷", "me": "미"}.get(key) or WORDS.get(key) or compound(key)
    known = known or plural(key)  # tickets 티켓츠: the word, then its s
    heard = transliterate(key, False) if len(key) >= 4 else None
    if not known and len(key) >= 4 and not heard:
        # shkim 에스에이치김 (not 에스에이치 + the word kim 킴): a surname after initials;
        # tworld 티월드, kbank 케이뱅크, cjlogistics 씨제이로지스틱스: letters, then a word
        known = surname_initials(key) or letter_word(key) or word_letters(key)
    if not known and key[0] == "e" and len(key) >= 5 and (said := _heard(key[1:])):
        known = "이" + said  # ebook 이북, efine 이파인: e- for electronic, not a 에 syllable
    joined = name_and_word(key)
    if known or (joined and _ENGLISH_END.search(key)):
        return known or joined or ""  # raemianhome 래미안홈, nongwoobio 농우바이오
    # A dictionary word in an address is said as a word (smarthome.guide 가이드), and so
    # is a romanised Korean name (hanjin 한진, daesung 대성, minsu 민수).
    sound = heard or name_words(key)  # English words run together: hiclass 하이클래스
    plain = len(key) >= 4 and _SYLLABLES_RE.fullmatch(key)
    return (
        romaja(key)
        or sound
        or run_words(key)  # before a name: donotreply, not 도놋 + reply
        or joined
        or letter_word(key, loose=True)
        or (transliterate(key) if plain or _WORDLIKE.fullmatch(key) else None)
        or one_syllable(key)  # bom@ 봄, jip 집: no English word, so no letters to spell
        or spell(key)
    )
