"""Chinese numbers in hanzi: cardinals with 零 and 两 where natives use them, digits, decimals."""

from __future__ import annotations

import re

DIGITS = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九")
_PLACES = ("千", "百", "十", "")
_MULTIPLIERS = {"亿": 10**8, "万": 10**4, "千": 1000, "百": 100}


def digits(text: str, one: str = "一") -> str:
    """Read digits one by one; `one` is 幺 for phone numbers."""
    return "".join((one if c == "1" else DIGITS[int(c)]) for c in text if c.isdecimal())


def _group(n: int, leading: bool, liang: bool) -> str:
    """Read 1..9999; `leading` drops 一 before 十 and allows 两 before 百."""
    out: list[str] = []
    zero = False
    for place, digit in zip(_PLACES, f"{n:04d}", strict=True):
        d = int(digit)
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        if place == "十" and d == 1 and not out and leading:
            out.append("十")
            continue
        two_ok = liang and (place == "千" or (place == "百" and leading and not out))
        out.append(("两" if d == 2 and two_ok else DIGITS[d]) + place)
    return "".join(out)


def cardinal(n: int, liang: bool = True) -> str:
    """Read an integer: 2000 → 两千 (`liang`), 10086 → 一万零八十六, -5 → 负五."""
    if n < 0:
        return "负" + cardinal(-n, liang)
    if n == 0:
        return "零"
    if n >= 10**16:
        return digits(str(n))
    out: list[str] = []
    zero = False
    for unit, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        count = n // unit % 10**4 if unit < 10**8 else n // unit
        if count == 0:
            zero = bool(out)
            continue
        if out and (zero or count < 1000):
            out.append("零")
        zero = False
        if count > 9999:
            head = cardinal(count, liang)
        elif count == 2 and name and liang:
            head = "两"
        else:
            head = _group(count, not out, liang)
        out.append(head + name)
    return "".join(out)


def decimal(int_part: int, frac: str) -> str:
    """Read 23.5 as 二十三点五 (no 两 before 点), but 2650.3 as 两千六百五十点三."""
    return cardinal(int_part, liang=int_part >= 1000) + "点" + digits(frac)


def parse(number: str, liang: bool = True) -> tuple[int | None, str]:
    """Read `1,200`, `3.5`, `1.5万`, `1万2千`; the value is None when not whole."""
    number = number.replace(",", "")
    if short := re.fullmatch(r"(\d+)([万千亿])([1-9])", number):
        # 1万5, 3千5, 2万8: the next place is implied, said as written (一万五, 两万八).
        head = "两" if short[1] == "2" and liang else cardinal(int(short[1]), liang)
        return _value(number[:-1]) + int(short[3]) * _MULTIPLIERS[short[2]] // 10, (
            head + short[2] + DIGITS[int(short[3])]
        )
    if len(number) > 1 and number[0] == "0" and number.isdigit():
        return int(number), digits(number)
    if not any(ch in _MULTIPLIERS for ch in number):
        if "." in number:
            whole, frac = number.split(".", 1)
            return None, decimal(int(whole or "0"), frac)
        return int(number), cardinal(int(number), liang)
    if "." in number:
        out, current = [], ""
        for ch in number:
            if ch in _MULTIPLIERS:
                out.append((parse(current, liang)[1] if current else "") + ch)
                current = ""
            else:
                current += ch
        return None, "".join(out) + (parse(current, liang)[1] if current else "")
    value = _value(number)
    return value, cardinal(value, liang)


def _value(number: str) -> int:
    total, group, current = 0, 0, ""
    for ch in number:
        if ch.isdigit():
            current += ch
        elif ch in ("千", "百"):
            group += int(current or "1") * _MULTIPLIERS[ch]
            current = ""
        elif ch == "亿":  # 1万亿: what came before 亿 is multiplied too
            total = (total + group + int(current or "0") or 1) * _MULTIPLIERS[ch]
            group, current = 0, ""
        else:
            total += (group + int(current or "0") or 1) * _MULTIPLIERS[ch]
            group, current = 0, ""
    return total + group + int(current or "0")
