"""Korean: Latin letters glued to digits (PM2.5, abcd1234, B1층, T1), split or read so
each side is read on its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.ko_numbers import PHONE_DIGITS, digit_string, sino
from melod.text.ko_romaja import romaja
from melod.text.ko_translit import transliterate
from melod.text.ko_words import WORDS, spell


def _sub(pattern: str, repl: Callable[[re.Match[str]], str], text: str) -> str:
    return re.sub(pattern, repl, text)


def split_latin_digits(text: str) -> str:
    """PM2.5 -> PM 2.5 and 3M -> 3 M, so each side is read on its own."""
    text = re.sub(r"(?<=[가-힣])(?=[A-Z][0-9])", " ", text)  # 주차장B2: a zone after a word
    # abcd1234: lower-case letters glued to a long number are a password's letters, spelled
    # unless they make an English word (happy2024 해피).
    text = _sub(
        r"(?<![A-Za-z])([a-z]{2,8})([0-9]{4,})(?![0-9.,])",
        lambda m: (
            m.group(0)
            if _is_word(m.group(1))
            else f"{spell(m.group(1))} {digit_string(m.group(2), PHONE_DIGITS)}"
        ),
        text,
    )
    # 520d, 320i, M340i, 740Li: a car model of three digits ending in 0 and a small letter
    # is said digit by digit (오이공디), never as the number 오백이십.
    text = _sub(
        r"(?<![0-9A-Za-z.,])(M?)([1-8][0-9]0)(d|i|e|Li|xi|xd)(?![A-Za-z0-9])",
        lambda m: f"{spell(m[1])}{digit_string(m[2], PHONE_DIGITS)}{spell(m[3])} ",
        text,
    )
    # Four or more digits glued to letters are an ID or password: digit by digit.
    text = _sub(
        r"(?<=[A-Za-z])([0-9]{4,})(?![0-9.,])",
        lambda m: " " + digit_string(m.group(1), PHONE_DIGITS),
        text,
    )
    # B1층 is the first basement floor; a capital and one digit (T1, K5, S7) is a name
    # said in English (티원, 케이파이브).
    text = _sub(r"(?<![A-Za-z0-9-])B([0-9]{1,2})(?=\s?층)", lambda m: f"지하 {m.group(1)}", text)
    # A spot after a zone code is a label: 주차위치 B2 37번 (비투 삼십칠 번).
    text = _sub(
        r"(?<![A-Za-z0-9-])([A-Z][0-9]{1,2}\s)([0-9]{1,4})(?=\s?번(?!째))",
        lambda m: f"{m.group(1)}{sino(int(m.group(2)))} ",
        text,
    )
    text = _sub(
        r"(?<![A-Za-z0-9-])([A-Z]{1,2})([1-9])(?![0-9A-Za-z²³]|[.,][0-9])",
        lambda m: spell(m.group(1)) + _ENGLISH_DIGITS[int(m.group(2))],
        text,
    )
    text = re.sub(r"(?<=[A-Za-z])(?=[0-9])", " ", text)
    return re.sub(r"(?<=[0-9])(?=[A-Za-z])", " ", text)


def _is_word(letters: str) -> bool:
    # A romanised Korean word is said too: haru2026 하루 이공이육, minji0815 민지.
    return (
        letters in WORDS
        or transliterate(letters, guess=False) is not None
        or bool(re.search("[^aeiou]", letters) and romaja(letters))
    )


_ENGLISH_DIGITS: Final = ("", "원", "투", "쓰리", "포", "파이브", "식스", "세븐", "에잇", "나인")
