"""Korean messages as people type them: glued words, shorthand for hours and minutes, x2."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_context import LABEL_AFTER, labelled
from melod.text.ko_counter_words import NATIVE, glued
from melod.text.ko_numbers import native, sino

# 20분뒤, 1시간후: typed without a space, the word after a length of time is still a word
# of its own (이십 분 뒤).
_AFTER_SPAN_RE: Final = re.compile(
    r"(?<=[0-9])(\s?(?:시간|분|초|일|주|개월|년|달))(뒤|후|전|동안|중)"
    r"|(?<=[0-9])(\s?(?:개|명|대|건|마리|곳|잔|병))(중)"
    r"(?=$|[^가-힣]|에|엔|부터|까지|쯤|으로|이|도|만|의)"
)
# 1h 20m, 1h20m: after hours, m is minutes (한 시간 이십 분), not metres.
_HOURS_MINUTES_RE: Final = re.compile(
    r"(?<![0-9A-Za-z.,])([0-9]{1,3})\s?h\s?([0-9]{1,2})\s?m(?:in)?(?![A-Za-z0-9²³/])"
)
# 우유 1L ×2, 신라면 x2: after an item, ×N is how many of it (두 개), not a product.  A
# capital X is a model name (BMW X5, Model X), so only × and a lower-case x count.
_TIMES_RE: Final = re.compile(
    r"(?:(?<=[^\s0-9])\s?×\s?|(?<=[^\s0-9]\s)x\s?)([0-9]{1,2})(?![0-9A-Za-z가-힣.:×/]|,[0-9])"
)

# 4,500원 x 3잔, 120 x 60 cm, 3세트×15회: between an amount and a count of something,
# x is a product, said 곱하기.
_PRODUCT_RE: Final = re.compile(
    r"(?:(?<=[0-9])|(?<=[0-9][가-힣A-Za-z%])|(?<=[0-9][가-힣A-Za-z]{2}))"
    r"(?:\s+[x×]\s+|(?<=[가-힣])×)(?=[0-9][0-9,.]*\s?[가-힣A-Za-z])"
    r"|(?<=[1-9][0-9])\s?[x×]\s?(?=[1-9][0-9])"  # 1920x1080, 30x40cm: sizes
)


# 3회이상, 5분간격, 18도이하로, 3살때: a word typed right after a count is a word of its own.
_AFTER_COUNT_RE: Final = re.compile(
    r"(?<=[0-9])((?:[가-힣]{1,3}?|%|℃|°C|°))"
    r"(이상|이하|이내|미만|초과|간격|연속|동안|정도|내외|전후|이후|이전|넘게|넘음|넘어|넘었|남음|남았|"
    r"경과|단위|사이|무렵|즈음|때|차이)"
)
# 2,3일 걸림, 2,3개: two neighbouring counts with a comma are a rough count, said in one
# word (이삼 일, 두세 개).
_ROUGH_RE: Final = re.compile(r"(?<![0-9.,])([1-8]),\s?([2-9])\s?(?=([가-힣]+))")
_ROUGH_NATIVE: Final = (
    "한두",
    "두세",
    "서너",
    "네다섯",
    "대여섯",
    "예닐곱",
    "일고여덟",
    "여덟아홉",
)


def _rough(m: re.Match[str]) -> str:
    a, b = int(m[1]), int(m[2])
    if b != a + 1:
        return m[0]
    counter = next((w for w in sorted(NATIVE, key=len, reverse=True) if m[3].startswith(w)), "")
    if counter == "번" and (
        labelled(m.string[: m.start()]) or LABEL_AFTER.match(m.string, m.end() + 1)
    ):
        return m[0]  # A열 3, 4번, 2, 3번 문항: two labels (삼, 사 번), not three or four times
    if counter and counter not in ("분", "시"):
        return f"{_ROUGH_NATIVE[a - 1]} "
    return f"{sino(a)}{sino(b)}" + ("" if m[3].startswith("월") else " ")  # 삼사월, 이삼 일


_PER_SPAN_RE: Final = re.compile(
    r"(?<![0-9.,])([0-9]+)\s?(회|번|개|건|명|잔|알|정|캡슐)\s?/\s?(분|시간|초|일|주|월|년)(?![가-힣])"
)


# 2아웃, 3볼 2스트라이크: a baseball count is said in English (투 아웃, 쓰리 볼); 1,3루 is
# two bases (일, 삼 루), not a number with a comma.
_BASEBALL_RE: Final = re.compile(r"(?<![0-9.,])([0-3])\s?(아웃|볼|스트라이크)(?=([가-힣]*))")
_BASES_RE: Final = re.compile(r"(?<![0-9.,])([12]),\s?(?=[23]\s?루)")
_ENGLISH_COUNT: Final = ("노", "원", "투", "쓰리")


# 간장 2T, 설탕 1t: in a recipe T is a tablespoon (큰술) and t a teaspoon (작은술), not a ton.
_RECIPE: Final = re.compile(
    r"간장|설탕|소금|식초|고춧가루|참기름|들기름|올리고당|물엿|다진|마늘|후추|맛술|굴소스|된장|고추장|"
    r"액젓|레시피|양념|큰술|작은술|밥숟가락|티스푼"
)
_SPOONS_RE: Final = re.compile(
    r"(?<![0-9A-Za-z.,])([0-9]+(?:\.[0-9]+)?|[0-9]/[0-9])\s?([Tt])(?![A-Za-z0-9])"
)


def spoons(text: str) -> str:
    """In a recipe, 2T and 1/2t are spoons (두 큰술, 이분의 일 작은술)."""
    if not _RECIPE.search(text):
        return text
    return _SPOONS_RE.sub(lambda m: m[1] + ("큰술" if m[2] == "T" else "작은술"), text)


# 셔틀콕 1타, 연필 2타: after things sold by the dozen, 타 is a dozen and counted natively
# (한 타), while in golf it is a stroke (일 타 차이) and 1타 강사 is 일타.
_DOZEN_RE: Final = re.compile(
    r"((?:셔틀콕|콕|연필|볼펜|양말|골프공|달걀|계란|수건)\s?)([1-9][0-9]?)\s?타(?![가-힣]|\s?강사)"
)


def typed(text: str) -> str:
    """Spell out typing shortcuts before units and counters read the numbers."""
    text = _DOZEN_RE.sub(lambda m: f"{m[1]}{native(int(m[2]))} 타", text)
    text = _AFTER_SPAN_RE.sub(lambda m: f"{m[1] or m[3]} {m[2] or m[4]}", text)
    text = _AFTER_COUNT_RE.sub(r"\1 \2", text)
    text = _HOURS_MINUTES_RE.sub(r"\1시간 \2분", text)
    text = _PRODUCT_RE.sub(" 곱하기 ", text)
    text = _TIMES_RE.sub(r" \1개", text)
    # 76회/분, 3번/일: a count per span of time is said the other way round (분당 칠십육 회).
    text = _PER_SPAN_RE.sub(
        lambda m: f"{'하루' if m[3] == '일' else m[3] + '당'} {m[1]}{m[2]}", text
    )
    text = _BASEBALL_RE.sub(
        lambda m: f"{_ENGLISH_COUNT[int(m[1])]} {m[2]}" if not m[3] or glued(m[3]) else m[0],
        text,
    )
    text = _BASES_RE.sub(r"\1, ", text)
    text = re.sub(r"(?<![0-9.,])3\s?쿠션", "쓰리쿠션", text)  # billiards' three-cushion game
    # PC방 is a Korean word of its own, written as it is said: 피시방 (the PC alone is 피씨).
    text = re.sub(r"(?<![A-Za-z])PC(?=방)", "피시", text)
    return _ROUGH_RE.sub(_rough, text)
