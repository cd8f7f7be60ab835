"""Romanised Korean (Revised Romanization and the usual name spellings) back to Hangul.

An address often carries a Korean name in Latin letters: cs@hanjin.com is 한진, not the
English-sounding 핸진, and order@daesung.co.kr is 대성.  A word is cut into romanised
syllables (onset, vowel, final); a consonant between two vowels starts the next syllable
(haneul 하늘).  A word the pronouncing dictionary knows as English is only taken for
Korean when every syllable is a common name syllable (hanjin 한진, but banana, susan stay).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from melod.text import cmu

_ONSETS: Final = {
    "": 11, "g": 0, "kk": 1, "n": 2, "d": 3, "tt": 4, "r": 5, "l": 5, "m": 6, "b": 7,
    "pp": 8, "s": 9, "sh": 9, "ss": 10, "j": 12, "jj": 13, "ch": 14, "k": 15, "t": 16,
    "p": 17, "h": 18,
}  # fmt: skip
_VOWELS: Final = {
    "a": 0, "ae": 1, "ya": 2, "yae": 3, "eo": 4, "e": 5, "yeo": 6, "ye": 7, "o": 8,
    "wa": 9, "wae": 10, "oe": 11, "yo": 12, "u": 13, "oo": 13, "wo": 14, "we": 15,
    "wi": 16, "yu": 17, "eu": 18, "ui": 19, "i": 20,
}  # fmt: skip
# t is the final of 햇 and 옷 (haetsal 햇살, ot 옷): ㅅ, the usual spelling of that sound.
_FINALS: Final = {"": 0, "k": 1, "n": 4, "l": 8, "m": 16, "p": 17, "ng": 21, "t": 19}
# Name spellings outside the standard: Samsung 삼성, Kim 김, Choi 최, Hee 희.
_NAMES: Final = {
    "sung": "성", "jung": "정", "chung": "정", "hyun": "현", "kyung": "경", "kyu": "규",
    "yun": "윤", "yoon": "윤", "joon": "준", "choi": "최", "kim": "김", "kang": "강",
    "kwon": "권", "koo": "구", "kook": "국", "hee": "희", "woo": "우", "moon": "문",
    "shin": "신", "lee": "이", "park": "박", "young": "영", "bit": "빛", "kkot": "꽃",
    # u for ㅕ in the older name spellings: Byung 병, Myung 명, Hyuk 혁, Nonghyup 농협.
    "byung": "병", "myung": "명", "hyung": "형", "pyung": "평", "hyuk": "혁", "hyup": "협",
    "woong": "웅", "chul": "철", "bum": "범",  # u for ㅓ too: Chulsoo 철수, Bumsoo 범수
    # Firm spellings: wha 화 (Hanwha 한화, Joongwha 중화), kyo 교 (Kyobo 교보, Kyochon 교촌).
    "wha": "화", "kyo": "교",
}  # fmt: skip
# Surnames that are no English word, read alone (an address part of its own).
_SURNAMES: Final = {
    "kim": "김", "choi": "최", "jung": "정", "kang": "강", "cho": "조", "yoon": "윤",
    "jang": "장", "lim": "임", "han": "한", "shin": "신", "kwon": "권", "hwang": "황",
    "ahn": "안", "jeon": "전", "baek": "백", "yoo": "유", "seo": "서",
}  # fmt: skip
# Syllables common in Korean names and firms: a dictionary word made only of these is
# a name (hanjin 한진, hana 하나); banana (바), susan (산), jason (자) are English.
_COMMON: Final = frozenset(
    "한진대성현정경민수지우서연준영호상동석재승희은혜미선주태원용철훈광김이박최강윤장임조오"
    "송전권황홍문양배백하나삼로화건해인천구제도명일순숙옥란빈혁욱규환범택근식신"
)

# English vowel pairs no romanised Korean word has: hanmail is 한메일, not 한마일.
# (a or o before a y-vowel is Korean too: nayeon 나연, goyang 고양, doyoon 도윤.)
_ENGLISH: Final = re.compile(
    "ai|au|ay(?![aeiou])|ei|ey|ou|oa|oy(?![aeiou])|ea|ie|ee(?<!hee)(?<!lee)"
)


def _syllable(roman: str) -> str | None:
    """One romanised syllable in Hangul, or None."""
    if roman in _NAMES:
        return _NAMES[roman]
    for onset in sorted(_ONSETS, key=len, reverse=True):
        if not roman.startswith(onset):
            continue
        for vowel in sorted(_VOWELS, key=len, reverse=True):
            final = roman[len(onset) + len(vowel) :]
            if roman[len(onset) :].startswith(vowel) and final in _FINALS:
                # k before w is the older spelling of ㄱ (kwanri 관리, kwangju 광주): 콰, 쿼
                # begin hardly a Korean word.
                lead = 0 if onset == "k" and vowel[0] == "w" else _ONSETS[onset]
                code = (lead * 21 + _VOWELS[vowel]) * 28 + _FINALS[final]
                return chr(0xAC00 + code)
    return None


@cache
def _cuts(word: str) -> tuple[tuple[int, int, int], tuple[str, ...]] | None:
    """The best cut of `word`: fewest syllables, then most name syllables (yongin 용인, not
    욘긴; hangeul 한글, not 항을), then fewest finals before a vowel (haneul 하늘)."""
    if not word:
        return (0, 0, 0), ()
    best: tuple[tuple[int, int, int], tuple[str, ...]] | None = None
    for end in range(1, min(len(word), 6) + 1):
        hangul = _syllable(word[:end])
        rest = _cuts(word[end:]) if hangul else None
        if hangul is None or rest is None or word[end - 1 : end + 1] in ("tr", "tl"):
            continue  # kotra 코트라: a t before r or l starts an English cluster, no 콧라
        # A final before a vowel should have started the next syllable (haneul 하늘).
        early = end < len(word) and word[end] in "aeiouwy" and (ord(hangul) - 0xAC00) % 28 > 0
        score = (rest[0][0] + 1, rest[0][1] + (hangul not in _COMMON), rest[0][2] + int(early))
        if best is None or score < best[0]:
            best = score, (hangul, *rest[1])
    return best


def romaja(word: str) -> str | None:
    """Hangul for a romanised Korean surname or word of two syllables or more (daesung 대성)."""
    key = word.lower()
    if key in _SURNAMES:
        return _SURNAMES[key]  # jiwoo.han 지우 점 한
    # kimssam 김쌤, leessam 이쌤: a teacher's
    # nickname, the surname and ssam (쌤, short for 선생님).
    if re.fullmatch(r"[a-z]+ss(?:a|ae)m", key) and key[: key.rindex("ss")] in SURNAMES:
        return SURNAMES[key[: key.rindex("ss")]] + "쌤"
    # young 영 is the one name spelling with an English vowel pair (jiyoung 지영).
    english = _ENGLISH.search(key.replace("young", " "))
    if len(key) < 4 or not key.isascii() or not key.isalpha() or english:
        return None
    found = _cuts(key)
    if found is None or (len(found[1]) < 2 and not _KOREAN_SPELLING.search(key)):
        return None
    if key in cmu.pronunciations() and not all(s in _COMMON for s in found[1]):
        return None
    said = _N_BEFORE_L.sub(lambda m: _N_BEFORE_L_SAID[m[0]], "".join(found[1]))
    # hwamulman 화물맨, cheongsoman 청소맨: a
    # Korean word before -man names a service man, the English 맨, not 만.
    return said[:-1] + "맨" if key.endswith("man") and len(said) >= 3 else said


def place_name(word: str) -> str | None:
    """Hangul for a name an address marks as Korean (Haean-ro 해안로, Teheran-ro 테헤란로),
    however English its letters look."""
    key = word.lower()
    found = _cuts(key) if key.isascii() and key.isalpha() else None
    return _N_BEFORE_L.sub(lambda m: _N_BEFORE_L_SAID[m[0]], "".join(found[1])) if found else None


# Spellings English words hardly have: eo, eu, ae, ui, oo (Doosan), a tense double onset
# (Ssangyong), ng before a consonant (Nongshim, Kyungdong) and the name syllables.
_ROMANISED: Final = re.compile(
    r"eo|eu|ae|ui|oo|^(?:ss|jj|kk|tt|pp)|ng(?=[bcdghjkmnpst])|sung|jung|kyung|hyun|wha|chul"
)


def looks_romanised(word: str) -> bool:
    """Whether a word the dictionary lacks is spelled as romanised Korean (Daesung 대성),
    not as English (Winia 위니아, Peloton 펠로톤)."""
    return _ROMANISED.search(word.lower()) is not None


def one_syllable(word: str) -> str | None:
    """Three letters that spell one romanised syllable: jip 집, jin 진, kyo 교.

    Only for a part of an address, where letters that are no word would otherwise be
    spelled one by one (jip@ 집, not 제이아이피).  The dictionary also lists many names
    (jin, min, yun): those are taken when the syllable is a common name syllable.
    """
    key = word.lower()
    if len(key) != 3 or not key.isalpha() or key in _ENGLISH_GIVEN:
        return None
    said = _syllable(key)
    return said if said and (key not in cmu.pronunciations() or said in _COMMON) else None


# gyul 귤, byeol 별, geum 금: one syllable is
# Korean too when spelled as no English word is (a y after the onset, eo, eu).
_KOREAN_SPELLING: Final = re.compile(r"eo|eu|^[gkdbjmnhps]y[aeiou]")


# ll is also ㄴ before ㄹ said as ㄹㄹ: Hallasan 한라산, hallabong 한라봉, Silla 신라, Jeolla 전라.
_N_BEFORE_L_SAID: Final = {"할라": "한라", "실라": "신라", "절라": "전라", "할류": "한류"}
_N_BEFORE_L: Final = re.compile("|".join(_N_BEFORE_L_SAID))


# Surnames that are also English words (park, moon, song): Korean only beside a
# romanised given name in the same mailbox (minji.park 민지 점 박, but park.ranger stays).
_WORD_SURNAMES: Final = {
    "park": "박", "lee": "이", "moon": "문", "song": "송", "oh": "오", "son": "손",
    "nam": "남", "min": "민", "hong": "홍", "bae": "배", "yang": "양", "ha": "하",
    "ko": "고", "go": "고", "noh": "노", "heo": "허", "ryu": "류", "na": "나", "woo": "우",
}  # fmt: skip


# the English first names Koreans go by
# (sunny.park 써니 점 박, sarah.kim 사라 점 김) sit beside a Korean surname too.
_ENGLISH_GIVEN: Final = frozenset({
    "sunny", "sarah", "jenny", "grace", "david", "daniel", "james", "john", "kevin", "chris",
    "michael", "jason", "amy", "emily", "julia", "julie", "lucy", "anna", "annie", "jane",
    "eric", "andrew", "peter", "paul", "brian", "tony", "alex", "sam", "ryan", "jessica",
    "jennifer", "rachel", "kate", "katie", "sophia", "olivia", "chloe", "ella", "irene",
    "helen", "joy", "hannah",
})  # fmt: skip


def mailbox_surnames(mailbox: str) -> dict[str, str]:
    """The surnames of a mailbox that also holds a romanised given name or its initials.

    minji.park, jh.choi: beside a given name the surname is the Korean one (박, 최); but
    kim and lee are dictated the English way, 킴 and 리, beside a given name or alone.
    """
    parts = [p.lower() for p in re.findall("[A-Za-z]+", mailbox)]
    given = any(
        p not in _WORD_SURNAMES
        and p not in _SURNAMES
        and (romaja(p) or re.fullmatch("[bcdghjkmnpstwy]{2,3}", p))  # jh, sy: initials
        for p in parts
    )
    # Jenny Lee keeps 리 beside an English first name; Sunny Park is 박 all the same.
    english = not given and any(p in _ENGLISH_GIVEN for p in parts)
    return {
        p: SURNAMES[p]
        for p in parts
        if p in SURNAMES and p not in ("kim", "lee") and (given or english)
    }


# Every surname, whether or not it is also an English word.
SURNAMES: Final = {**_SURNAMES, **_WORD_SURNAMES}
