"""English words in Hangul by loanword orthography (외래어 표기법), from their sound.

A word's ARPAbet pronunciation comes from the CMU dictionary (loaded once, on first
use); a word it lacks gets a rough one from its spelling.  The phonemes are then cut
into Hangul syllables: p/t/k after a short vowel close the syllable (ㅂ/ㅅ/ㄱ), other
consonants without a vowel take ㅡ (스, 즈, 프), r after a vowel is dropped, l between
vowels is ㄹㄹ, and diphthongs are two syllables (AY 아이, EY 에이, AW 아우, OY 오이).
"""

from __future__ import annotations

import re
from typing import Final

from melod.text import cmu
from melod.text.ko_spelling import align

_VOWELS: Final = {
    "AA": "ㅏ", "AE": "ㅐ", "AH": "ㅓ", "AO": "ㅗ", "AW": "ㅏㅜ", "AY": "ㅏㅣ",
    "EH": "ㅔ", "ER": "ㅓ", "EY": "ㅔㅣ", "IH": "ㅣ", "IY": "ㅣ", "OW": "ㅗ",
    "OY": "ㅗㅣ", "UH": "ㅜ", "UW": "ㅜ", "OH": "ㅗ", "EU": "ㅡ",
}  # fmt: skip
_SHORT: Final = frozenset(("AE", "EH", "IH", "AH", "AA", "UH", "OH"))
_ONSETS: Final = {
    "P": "ㅍ", "B": "ㅂ", "T": "ㅌ", "D": "ㄷ", "K": "ㅋ", "G": "ㄱ", "F": "ㅍ",
    "V": "ㅂ", "TH": "ㅅ", "DH": "ㄷ", "S": "ㅅ", "Z": "ㅈ", "SH": "ㅅ", "ZH": "ㅈ",
    "CH": "ㅊ", "JH": "ㅈ", "M": "ㅁ", "N": "ㄴ", "L": "ㄹ", "R": "ㄹ", "HH": "ㅎ",
    "TS": "ㅊ", "NG": "ㅇ",
}  # fmt: skip
_CODAS: Final = {"P": "ㅂ", "T": "ㅅ", "K": "ㄱ", "M": "ㅁ", "N": "ㄴ", "NG": "ㅇ", "L": "ㄹ"}
_Y_VOWEL: Final = dict(zip("ㅏㅐㅓㅔㅗㅜ", "ㅑㅒㅕㅖㅛㅠ", strict=True))
_W_VOWEL: Final = dict(zip("ㅏㅐㅓㅔㅗㅜㅣ", "ㅘㅙㅝㅞㅝㅜㅟ", strict=True))
_ALONE: Final = {"SH": "ㅣ", "CH": "ㅣ", "JH": "ㅣ", "ZH": "ㅣ"}  # 시, 치, 지: not 스

_LEADS: Final = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS: Final = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_TAILS: Final = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def _r_end(m: re.Match[str]) -> str:
    """fire 파이어, expired 익스파이어드, floors 플로어즈: the r is said as 어."""
    vowel, tail = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"{vowel} AH{tail}"


# Short words whose final r is silent in Korean too: for 포, war 워.
_PLAIN_R: Final = frozenset(("for", "four", "or", "nor", "war", "wars", "sure", "before"))


def _guess(word: str) -> list[str]:
    """A rough pronunciation from the spelling, for words the dictionary lacks."""
    rules = (
        ("tch", "CH"), ("sh", "SH"), ("ch", "CH"), ("th", "TH"), ("ph", "F"), ("ck", "K"),
        ("ng", "NG"), ("gy", "JH IY"), ("qu", "K W"), ("x", "K S"), ("ee", "IY"), ("ea", "IY"),
        ("oo", "UW"), ("yeo", "Y AH"), ("eo", "AH"), ("eu", "EU"),  # romanised 서연, 은
        ("ou", "AW"), ("ai", "EY"), ("ay", "EY"), ("oi", "OY"), ("oy", "OY"), ("ce", "S EH"),
        ("ci", "S IH"), ("a", "AA"), ("e", "EH"), ("i", "IH"), ("o", "OH"), ("u", "UH"),
        ("y", "IY"), ("c", "K"), ("j", "JH"), ("w", "W"), ("h", "HH"), ("z", "Z"),
    )  # fmt: skip
    word = re.sub(r"([^aeiou])\1", r"\1", word)  # a doubled consonant is one; ee, oo are vowels
    long_vowel = re.search(r"([aiou])[^aeiouyrw]e$", word)
    if len(word) > 3 and word.endswith("e") and word[-2] not in "aeiou":
        word = word[:-1]
    if len(word) > 4 and word.endswith("ie"):
        word = word[:-2] + "ee"  # hoodie 후디, bestie 베스티: a final ie is said as ee
    phones: list[str] = []
    i = 0
    if word.startswith("pre") and len(word) > 5 and word[3] not in "aeiou":
        phones, i = ["P", "R", "IY"], 3  # preheat 프리히트, prewash 프리워시
    while i < len(word):
        for letters, sound in rules:
            if word.startswith(letters, i):
                if not (letters == "y" and i == 0):
                    phones += sound.split()
                else:
                    phones.append("Y")
                i += len(letters)
                break
        else:
            phones.append(word[i].upper())
            i += 1
    if long_vowel:
        # A silent final e makes the vowel before it long: waze 웨이즈, lime 라임.
        last = max(i for i, p in enumerate(phones) if p in _VOWELS)
        long = {"AA": "EY", "IH": "AY", "OH": "OW", "UH": "UW"}
        phones[last] = long.get(phones[last], phones[last])
    return [p for p in phones if p in _VOWELS or p in _ONSETS or p in ("W", "Y")]


def _closes(phones: list[str], i: int) -> bool:
    """Is the stop at i a 받침 (cap 캡, robot 로봇) rather than 트, 크, 프?"""
    before, after = phones[i - 1] if i else "", phones[i + 1 : i + 2]
    if (phones[i], before) in (("T", "AW"), ("P", "IY")) and not (after and after[0] in _VOWELS):
        # outlet 아웃렛, layout 레이아웃, deep 딥, sleep 슬립; but one-syllable scout 스카우트
        if after and after[0] in ("L", "R"):
            return False  # replay 리플레이: p-l starts the next syllable
        return bool(after) or before == "IY" or sum(p in _VOWELS for p in phones) > 1
    if before not in _SHORT or (after and after[0] in ("L", "R", "M", "N", "W", "Y")):
        return False
    if after:
        return after[0] not in _VOWELS
    if phones[i] == "T" and sum(p in _VOWELS for p in phones) == 1:
        return before in ("AE", "AA", "AH", "OH")  # set 세트, kit 키트, but cat 캣, hot 핫
    return not (phones[i] == "K" and before == "EH")  # check 체크, but book 북


def _vowel(onset: str, glide: str, vowel: str) -> list[list[str]]:
    """One vowel (two for a diphthong) after its onset: 퓨 for f-y-u, 워 for w-o, 샤 for sh-a."""
    table = _Y_VOWEL if glide == "Y" else _W_VOWEL if glide == "W" else {}
    first = table.get(vowel[0], vowel[0])
    return [[onset, first, ""]] + [["ㅇ", v, ""] for v in vowel[1:]]


def _syllables(phones: list[str], heard: bool = True) -> list[list[str]]:
    """Cut phonemes into [onset, vowel, coda] jamo triples (`heard`: from the dictionary,
    not guessed from a spelling such as romanised 현우)."""
    out: list[list[str]] = []
    onset, glide = "ㅇ", ""
    for i, p in enumerate(phones):
        nxt = phones[i + 1] if i + 1 < len(phones) else ""
        if p in _VOWELS:
            out += _vowel_at(phones, i, onset, glide, heard)
            onset, glide = "ㅇ", ""
        elif p in ("W", "Y"):
            if onset not in ("ㅇ", "ㄱ", "ㅋ", "ㅎ") and p == "W":
                out.append([onset, "ㅡ", ""])
                onset = "ㅇ"
            glide = p
        elif p == "R" and nxt not in _VOWELS and nxt != "Y":  # forward 포워드
            continue  # r-colouring is dropped: smart 스마트, timer 타이머
        elif p in ("N", "M", "L") and nxt == "W" and onset == "ㅇ" and out and not out[-1][2]:
            out[-1][2] = _CODAS[p]  # inward 인워드, hyeonwoo 현우
        elif nxt in _VOWELS or nxt in ("W", "Y"):
            onset = _onset_at(out, onset, phones, i)
        else:
            _coda_at(out, onset, phones, i)
            onset = "ㅇ"
    if onset != "ㅇ":
        out.append([onset, "ㅡ", ""])
    return out


def _vowel_at(phones: list[str], i: int, onset: str, glide: str, heard: bool) -> list[list[str]]:
    """The vowel at i with the onset and glide gathered before it."""
    # -cu-, -gu-, -pu- unstressed: 큐, 규, 퓨 (document 도큐먼트, regular 레귤러).
    weak_u = heard and phones[i] == "AH" and glide == "Y" and onset != "ㅇ"
    glide = "Y" if onset == "ㅅ" and phones[i - 1] == "SH" else glide
    return _vowel(onset, glide, _VOWELS["UW" if weak_u else phones[i]])


def _onset_at(out: list[list[str]], onset: str, phones: list[str], i: int) -> str:
    """The consonant at i opens the next syllable; an L or NG also closes the last one."""
    p = phones[i]
    if onset != "ㅇ":
        out.append([onset, "ㅡ", ""])
    if (
        p in ("L", "NG")
        and out
        and not out[-1][2]
        and phones[i - 1] not in ("ER", "SH", "CH", "JH", "ZH")  # wishlist 위시리스트
    ):
        out[-1][2] = "ㄹ" if p == "L" else "ㅇ"  # melody 멜로디, clinic 클리닉
    return _ONSETS[p] if p != "NG" else "ㅇ"


def _coda_at(out: list[list[str]], onset: str, phones: list[str], i: int) -> None:
    """The consonant at i with no vowel after it: a 받침, or a syllable of its own with ㅡ."""
    p = phones[i]
    nxt = phones[i + 1] if i + 1 < len(phones) else ""
    if onset != "ㅇ":
        out.append([onset, "ㅡ", ""])
    last = out[-1] if out else None
    stop = p in ("P", "T", "K")
    if last and not last[2] and p in _CODAS and (not stop or _closes(phones, i)):
        last[2] = _CODAS[p]
    elif last and not last[2] and p == "B" and _closes(phones, i) and not nxt:
        last[2] = "ㅂ"  # club 클럽, web 웹, tab 탭
    elif p == "NG":
        out.append(["ㅇ", "ㅡ", "ㅇ"])
    else:
        out.append([_ONSETS.get(p, "ㅇ"), _ALONE.get(p, "ㅡ"), ""])


def _compose(syllables: list[list[str]]) -> str:
    return "".join(
        chr(
            0xAC00
            + (_LEADS.index(lead) * 21 + _MEDIALS.index(vowel)) * 28
            + _TAILS.index(tail or " ")
        )
        for lead, vowel, tail in syllables
    )


# A shop's or brand's word the dictionary lacks, made of one it has and a suffix:
# roastery 로스터리 (roast), creamery 크리머리.
_SUFFIXES: Final = {"ery": "ER0 IY0", "eries": "ER0 IY0 Z", "ers": "ER0 Z", "er": "ER0"}


def _suffixed(key: str) -> str | None:
    for suffix, said in _SUFFIXES.items():
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and len(stem) >= 3:
            for form in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else ""):
                pron = cmu.pronunciations().get(form)
                if pron:
                    return f"{pron} {said}"
    return None


def _shapes(key: str, said: str) -> str:
    """Shapes loanwords give some English sounds (`said`: the word's phonemes)."""
    if re.search("i(?:an?|ants?|ance|ars?|ons?|ors?|ours?|us|um|ents?|ence)$", key):
        # senior 시니어, million 밀리언, genius 지니어스: the spelled i of the last syllable
        # before its vowel is 이 (but evacuation 이배큐에이션).
        said = re.sub(r"(?<=[A-Z]) Y AH$", " IY AA", said) if key.endswith("ia") else said
        said = re.sub(r"(?<=[A-Z]) Y (AH|ER|AA)(?=(?: [^ AEIOU][A-Z]*)*$)", r" IY \1", said)
    said = re.sub(r"\bL M$", "L L EU M", said)  # film 필름, helm 헬름
    if key.endswith(("ers", "ors")):  # orders 오더스, Lakers, motors 모터스: -ers is 어스
        said = re.sub(r"\b(ER\d?) Z$", r"\1 S", said)
    # clubs 클럽스, jobs 잡스, bags 백스: a plural b or g after a short vowel closes it.
    return re.sub(
        r"\b(AE|EH|IH|AH|AA|OH|UH) ([BG]) Z$",
        lambda m: f"{m[1]} {'P' if m[2] == 'B' else 'K'} S",
        said,
    )


def transliterate(word: str, guess: bool = True) -> str | None:
    """Hangul for an English word (strava 스트라바, booking 부킹), or None.

    Without `guess`, only words the dictionary knows are read.
    """
    key = word.lower()
    if not key.isascii() or not key.isalpha():
        return None
    pron = cmu.pronunciations().get(key) or _suffixed(key)
    if pron:
        phones = align(key, pron.split())
        if re.fullmatch("[a-z]+(?<!o)os", key) and phones[-2:] == ["OW", "Z"]:
            phones[-1] = "S"  # photos 포토스, videos 비디오스, studios: the spelled s is said
    elif guess:
        phones = _guess(key)
    else:
        return None
    said = _shapes(key, re.sub(r"\bT S\b", "TS", " ".join(phones)))
    if key not in _PLAIN_R and not key.endswith("ds"):  # rewards 리워즈, awards
        # An r after these vowels ends the word with 어: share 셰어, floor 플로어, tour 투어.
        said = re.sub(r"\b(AO|EH|IH|IY|UH|UW) R((?: [SZ])?)$|\b(AY) R((?: [SZD])?)$", _r_end, said)
    if re.search("air|are|ear|eer|aring", key):
        said = re.sub(
            r"\b(EH|IH|IY) R (?=[A-Z])(?!IH|IY|AH|ER)", r"\1 AH R ", said
        )  # careful 케어풀
        # pairing 페어링, sharing 셰어링, hearing 히어링: the 어 stays before a vowel too.
        said = re.sub(r"\b(EH|IH|IY) R (?=IH|IY|AH|ER)", r"\1 AH R ", said)
    phones = said.split()
    if not any(p in _VOWELS for p in phones):
        return None
    try:
        said = _compose(_syllables(phones, heard=pron is not None))
    except (ValueError, KeyError, IndexError):
        return None
    return _tal(key, pron, said) or None


def _tal(key: str, pron: str | None, said: str) -> str:
    """dental 덴탈, metal 메탈, rental 렌탈, crystal 크리스탈: a two-syllable word's -tal or
    -dal is said with 아 (but digital 디지털, hospital, and sandal 샌들 keep theirs)."""
    two = pron is not None and sum(p[-1].isdigit() for p in pron.split()) == 2
    if two and re.search("(?:t|(?<!n)d)al$", key) and said.endswith(("털", "덜")):
        return said[:-1] + ("탈" if said[-1] == "털" else "달")
    return said
