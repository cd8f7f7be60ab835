"""Japanese numbers in kana, with the sound changes counters bring (いっぷん, さんびゃく)."""

from __future__ import annotations

from dataclasses import dataclass, field

DIGITS = ("ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")

_HUNDREDS = {1: "ひゃく", 3: "さんびゃく", 6: "ろっぴゃく", 8: "はっぴゃく"}
_THOUSANDS = {1: "せん", 3: "さんぜん", 8: "はっせん"}
_BIG = ((10**16, "けい"), (10**12, "ちょう"), (10**8, "おく"), (10**4, "まん"))
_MULTIPLIERS = {"兆": "ちょう", "億": "おく", "万": "まん", "千": "せん", "百": "ひゃく"}

# A number's last morpheme and its clipped (geminated) form before a counter.
_GEMINATION = (
    ("いち", "いっ"),
    ("ろく", "ろっ"),
    ("はち", "はっ"),
    ("じゅう", "じゅっ"),
    ("ひゃく", "ひゃっ"),
    ("びゃく", "びゃっ"),  # さんびゃく|ぽ
    ("ぴゃく", "ぴゃっ"),  # ろっぴゃく|ぴき
)
ALL_GEM = frozenset({"いち", "ろく", "はち", "じゅう", "ひゃく"})
SMALL_GEM = frozenset({"いち", "はち", "じゅう"})
TEN_GEM = frozenset({"じゅう"})
# Before the point only いち and じゅう clip (いってん, じゅってん); 8.5 is はちてんご, the
# form every independent author wrote (はってん is heard, but written far less).
POINT_GEM = frozenset({"いち", "じゅう"})


@dataclass(frozen=True)
class Counter:
    """How a counter is read after a number: its kana and the sound changes it causes."""

    kana: str
    gem: frozenset[str] = frozenset()
    after_tsu: str = ""  # counter form after a clipped number (いっ|ぷん)
    after_n: str = ""  # after a number ending in ん (さん|ぷん, せん|ぼん)
    after_san: str = ""  # after さん when it differs from other ん endings (さん|がい)
    after_yon: str = ""  # after よん when it differs (よん|ほん)
    four: str = "よん"
    seven: str = "なな"
    nine: str = "きゅう"
    special: dict[int, str] = field(default_factory=dict)


def _below_10000(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    hundreds, rest = divmod(rest, 100)
    tens, ones = divmod(rest, 10)
    parts = []
    if thousands:
        parts.append(_THOUSANDS.get(thousands, DIGITS[thousands] + "せん"))
    if hundreds:
        parts.append(_HUNDREDS.get(hundreds, DIGITS[hundreds] + "ひゃく"))
    if tens:
        parts.append(("" if tens == 1 else DIGITS[tens]) + "じゅう")
    if ones:
        parts.append(DIGITS[ones])
    return "".join(parts)


def geminate(reading: str, endings: frozenset[str] = ALL_GEM) -> tuple[str, bool]:
    """Clip the last morpheme (いち → いっ) when it is one of `endings`."""
    for full, clipped in _GEMINATION:
        key = "ひゃく" if full.endswith("ゃく") else full
        if key in endings and reading.endswith(full):
            return reading[: -len(full)] + clipped, True
    return reading, False


def digits(text: str) -> str:
    """Read a run of digits one by one (phone numbers, codes)."""
    return "".join(DIGITS[int(c)] if c.isdecimal() else "" for c in text)


def cardinal(n: int) -> str:
    """Read an integer in kana: 2024 → にせんにじゅうよん."""
    if n < 0:
        return "マイナス" + cardinal(-n)
    if n == 0:
        return "ぜろ"
    if n >= 10**20:
        return digits(str(n))
    parts = []
    for unit, name in _BIG:
        count, n = divmod(n, unit)
        if count:
            head = "いっせん" if count == 1000 else _below_10000(count)
            if name in ("ちょう", "けい"):
                head = geminate(head, SMALL_GEM)[0]
            parts.append(head + name)
    if n:
        parts.append(_below_10000(n))
    # 31,562: after 万 or 億 a lone thousand keeps its いっ (さんまんいっせん), as said.
    for i in range(1, len(parts)):
        if parts[i].startswith("せん"):
            parts[i] = "いっ" + parts[i]
    return "".join(parts)


def before_point(int_part: int) -> str:
    """The whole part before てん: 1.5 いってん, 10.5 じゅってん, but 151.2
    ひゃくごじゅういちてん, the form the independent authors wrote after a longer number."""
    return geminate(cardinal(int_part), POINT_GEM if int_part < 10 else TEN_GEM)[0]


def decimal(int_part: int, frac: str) -> str:
    """Read 23.5 as にじゅうさんてんご (0.5 is れいてんご)."""
    return ("れい" if int_part == 0 else before_point(int_part)) + "てん" + digits(frac)


def parse(number: str) -> tuple[int | None, str]:
    """Read a written number such as `1,200`, `3.5`, `1億2000万`; value is None if not whole."""
    number = number.replace(",", "")
    if not any(ch in _MULTIPLIERS for ch in number):
        if "." in number:
            whole, frac = number.split(".", 1)
            return None, decimal(int(whole or "0"), frac)
        return int(number), cardinal(int(number))
    if "." in number:
        return None, _decimal_with_multipliers(number)
    return _value_with_multipliers(number), cardinal(_value_with_multipliers(number))


def _value_with_multipliers(number: str) -> int:
    scale = {"兆": 10**12, "億": 10**8, "万": 10**4, "千": 1000, "百": 100}
    total, group, current = 0, 0, ""
    for ch in number:
        if ch.isdigit():
            current += ch
        elif ch in ("千", "百"):
            group += int(current or "1") * scale[ch]
            current = ""
        else:
            total += (group + int(current or "0") or 1) * scale[ch]
            group, current = 0, ""
    return total + group + int(current or "0")


def _decimal_with_multipliers(number: str) -> str:
    out, current = [], ""
    for ch in number:
        if ch in _MULTIPLIERS:
            out.append((parse(current)[1] if current else "") + _MULTIPLIERS[ch])
            current = ""
        else:
            current += ch
    if current:
        out.append(parse(current)[1])
    return "".join(out)


def _swap_tail(value: int | None, reading: str, counter: Counter) -> str:
    if value is None:
        return reading
    last = value % 10
    if last == 4 and reading.endswith("よん"):
        return reading[:-2] + counter.four
    if last == 7 and reading.endswith("なな"):
        return reading[:-2] + counter.seven
    if last == 9 and reading.endswith("きゅう"):
        return reading[:-3] + counter.nine
    return reading


def with_counter(value: int | None, reading: str, counter: Counter) -> str:
    """Join a number reading and a counter with the sound changes between them."""
    if value is not None and value in counter.special:
        return counter.special[value]
    reading = _swap_tail(value, reading, counter)
    clipped, changed = geminate(reading, counter.gem)
    if changed:
        return clipped + (counter.after_tsu or counter.kana)
    if reading.endswith("さん") and counter.after_san:
        return reading + counter.after_san
    if reading.endswith("よん") and counter.after_yon:
        return reading + counter.after_yon
    if reading.endswith("ん") and counter.after_n:
        return reading + counter.after_n
    return reading + counter.kana
