"""How an English word's spelling bends its dictionary sound in Korean loanwords.

Reduced vowels follow the letters (melody 멜로디, lemon 레몬), a silent e or a syllabic
l is dropped, and a few endings take their usual Korean shape (-tion 션, -ted 티드,
-ing after a diphthong 잉, -ful 풀).
"""

from __future__ import annotations

import re
from typing import Final

# ARPAbet vowels, with the two this module adds: OH (a spelled o) and EU (으).
_VOWEL_PHONES: Final = frozenset(
    "AA AE AH AO AW AY EH ER EY IH IY OW OY UH UW OH EU".split()  # noqa: SIM905
)
_U_SPELLINGS: Final = ("u", "ue", "ui", "uo", "ew", "eu")
_STOPS: Final = ("K", "P", "B", "G", "T", "D", "F")
_EN_AFTER: Final = ("T", "D", "K", "G", "P", "B", "V", "F", "S", "Z")


def _syllabic_l(word: str, groups: list[str], phones: list[str], vowels: list[int]) -> list[str]:
    """recycling 리사이클링: a schwa the spelling lacks before l (c-l) is 으, not a vowel."""
    syllabic = [
        i
        for i in vowels
        if phones[i] == "AH0"
        and 0 < i < len(phones) - 2
        and phones[i + 1] == "L"
        and phones[i - 1].rstrip("012") in _STOPS
    ]
    if len(vowels) == len(groups) + 1 and len(syllabic) == 1 and re.search("[bcdfgkpt]l", word):
        vowels.remove(syllabic[0])
        return [*phones[: syllabic[0]], "EU", *phones[syllabic[0] + 1 :]]
    return phones


def _spelled(word: str, phones: list[str], i: int, n: int, group: str, count: int) -> list[str]:
    """The vowel at i as the spelling says it (group: its letters; n: its place of count)."""
    plain = [p.rstrip("012") for p in phones]
    vowel, letter, stress = plain[i], group[:1], phones[i]
    nxt = plain[i + 1] if i + 1 < len(plain) else ""
    last = n == count - 1
    if vowel == "ER" and nxt in _VOWEL_PHONES:  # battery 배터리, memory 메모리
        return ["OH" if letter == "o" else "AH", "R"]
    if stress == "AH0" and n == 0 and word.startswith(("con", "com")):
        return ["AH"]  # continue 컨티뉴, condition 컨디션, but concert 콘서트
    if letter == "o" and ((vowel == "AA" and count > 1) or stress == "AH0" or nxt == "G"):
        return ["OH"]  # concert 콘서트, lemon 레몬, fog 포그, but hot 핫
    if vowel == "AA" and "a" in group and i and plain[i - 1] == "W":
        return ["AO"]  # quality 퀄리티, watch 워치, wash 워시
    if vowel == "UW" and group[:2] in _U_SPELLINGS and i and plain[i - 1] in ("N", "T", "D", "S"):
        return ["Y", "UW"]  # renewal 리뉴얼, overdue 오버듀, super 슈퍼, tube 튜브
    if vowel == "EY" and letter == "e" and i == len(plain) - 1:
        return ["EH"]  # latte 라테, cafe 카페
    if stress != "AH0":
        return [vowel]
    if (group == "i" or (group == "e" and last)) and not (
        word.endswith(("ent", "ents", "ence", "ency")) and last
    ):
        return ["EH" if letter == "e" else "IH"]  # helmet 헬멧, denim 데님, but student 스튜던트
    if letter == "a" and i == len(plain) - 1:
        return ["AA"]  # sofa 소파, tesla 테슬라
    if group == "e" and i == 0:
        return ["EH"]  # edition 에디션
    if n == 0 and word.startswith(("pre", "re")):
        return ["IH"]  # prescription 프리스크립션
    return [vowel]


def _word_end(word: str, phones: list[str], flat: list[str]) -> list[str]:
    """Endings with their usual Korean shape: table 테이블, garden 가든, limited 리미티드."""
    if len(phones) > 2 and phones[-2] == "AH0":
        if phones[-1] == "JH":
            flat[-2] = "IH"  # storage 스토리지, package 패키지
        elif (word.endswith("le") and phones[-1] == "L") or (
            word.endswith(("en", "on")) and phones[-1] == "N" and phones[-3] in _EN_AFTER
        ):
            flat[-2] = "EU"  # table 테이블, garden 가든, taken 테이큰
        elif word.endswith("ate") and phones[-1] == "T":
            flat[-2] = "IH"  # template 템플릿, chocolate 초콜릿, private 프라이빗
        elif word.endswith(("ted", "ded")) and phones[-1] == "D":
            flat[-2] = "IH"  # limited 리미티드
        elif (
            word.endswith("es") and phones[-1] == "Z" and phones[-3] in ("SH", "CH", "JH", "S", "Z")
        ):
            flat[-2] = "IH"  # dishes 디시즈, boxes 박시즈
    if len(phones) > 3 and word.endswith(("led", "les")) and phones[-3:-1] == ["AH0", "L"]:
        flat[-3] = "EU"  # enabled 이네이블드, tables 테이블스
    said = " ".join(flat)
    if "ful" in word:
        said = re.sub(r"\bF AH L\b", "F UH L", said)  # successful 석세스풀, careful 케어풀
    if word.endswith("ed"):
        said = re.sub(r"\b(CH|SH) T$", r"\1 D", said)  # reached 리치드, finished 피니시드
    if word.endswith("ary") and len(word) > 6:
        said = re.sub(r"\bEH R IY$", "AH R IY", said)  # library 라이브러리, but Mary 메리
    return _ending(said).split()


def align(word: str, phones: list[str]) -> list[str]:
    """Reduced vowels follow the spelling, as loanwords do: melody 멜로디, lemon 레몬.

    `phones` carry stress digits; the result has none.
    """
    if word.endswith("ally") and phones[-2:] == ["L", "IY0"] and phones[-3][-1].isalpha():
        phones = [*phones[:-2], "AH0", "L", "IY0"]  # automatically 오토매티컬리
    groups = re.findall(r"ew|[aeiou]+|(?<=[^aeiou])y", word)
    vowels = [i for i, p in enumerate(phones) if p[-1].isdigit()]
    phones = _syllabic_l(word, groups, phones, vowels)
    if len(groups) == len(vowels) + 1 and word.endswith(("e", "ed")):
        groups.pop()  # the silent e of lime, washed
    out = [[p.rstrip("012")] for p in phones]
    aligned = len(groups) == len(vowels)
    for n, i in enumerate(vowels):
        out[i] = _spelled(word, phones, i, n, groups[n] if aligned else "", len(vowels))
    return _word_end(word, phones, [p for group in out for p in group])


def _ending(said: str) -> str:
    """crying 크라잉, playing 플레잉; function 펑션, strength 스트렝스; towel 타월."""
    said = re.sub(r"\bAW (?:AH|EH) L\b", "AA W AH L", said)
    said = re.sub(r"\bAW ER\b", "AA W ER", said)  # shower 샤워, flower 플라워
    said = re.sub(
        r"\b(AY|EY) IH NG$", lambda m: ("AA" if m.group(1) == "AY" else "EH") + " IH NG", said
    )
    said = re.sub(r"\bD Z$", "Z", said)  # friends 프렌즈, kids 키즈, goods 굿즈
    said = re.sub(r"\bD TH$", "TH", said)  # bandwidth 밴드위스, width 위스
    return re.sub(r"\bNG K (SH|TH)\b", r"NG \1", said)
