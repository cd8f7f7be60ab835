"""Rules shared by every language: clean-up before, the digit guard after."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping

# Full-width forms that people paste from IMEs: digits, Latin letters and the
# symbols number rules look at.  CJK punctuation (，。、) is left alone.
_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH |= {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
_FULLWIDTH |= {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
_FULLWIDTH |= {
    "％": "%",
    "＄": "$",
    "＋": "+",
    "－": "-",
    "／": "/",
    "．": ".",
    "＠": "@",
    "＃": "#",
    "＆": "&",
    "＝": "=",
}
_FULLWIDTH_TABLE = str.maketrans(_FULLWIDTH)

# Emoji and pictographs (dropped): the main pictographic blocks, dingbats,
# regional indicators, skin tones, variation selectors, ZWJ and the keycap mark.
_EMOJI_RE = re.compile(
    "["
    "\U0001f000-\U0001faff"  # mahjong .. symbols and pictographs extended-A
    "\U00002600-\U000027bf"  # misc symbols, dingbats
    "\U00002b00-\U00002bff"  # arrows and stars (⭐ ⬆)
    "\U0001f1e6-\U0001f1ff"  # regional indicators (flags)
    "\U0000fe00-\U0000fe0f"  # variation selectors
    "\U0000200d"  # zero-width joiner
    "\U000020e3"  # combining keycap
    "\U0000231a\U0000231b\U000023e9-\U000023fa"  # watch, hourglass, media keys
    "\U0000e000-\U0000f8ff"  # private use
    "]+"
)
# Between two Han or kana characters a dropped emoji leaves no gap (好的👌我 好的我).
_CJK = "\u3040-\u30ff\u3400-\u9fff"
_CJK_EMOJI_RE = re.compile(rf"(?<=[{_CJK}]){_EMOJI_RE.pattern}(?=[{_CJK}])")
_SPACE_RE = re.compile(r"\s+")
# A keycap emoji (1️⃣ #️⃣) is the character on the key: 按1️⃣确认 is 按1确认, no gap.
_KEYCAP_RE = re.compile("([0-9#*])\ufe0f?\u20e3")
# The full-width colon is CJK punctuation (提醒：...) except between digits (15：30).
_WIDE_COLON_RE = re.compile(r"(?<=[0-9])：(?=[0-9])")

# ASCII-only classes: an address must not swallow the kana or hanzi right after it.
_URL_CHAR = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]"
URL_RE = re.compile(
    rf"(?:https?://|www\.){_URL_CHAR}*[A-Za-z0-9/\-_=#]"
    # No \b: between kana or hanzi and a Latin letter there is no word boundary.
    r"|(?<![A-Za-z0-9.@-])[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:com|net|org|io|kr|jp|cn|fr|es|de|uk|co|dev|app|local|lan|internal|gov|edu|me|tv|ai|"
    r"shop|info|biz|xyz|site|online|us|ca|au|nz|tw|hk|sg|vn)"
    r"(?![A-Za-z0-9])(?:/[A-Za-z0-9\-._~/?#=%&+]*[A-Za-z0-9/\-_=#])?",
    re.IGNORECASE,
)
# Home Assistant's entity ids (`binary_sensor.garage_door`): the domain, a dot and the
# object id, each with underscores between its words.
ENTITY_RE = re.compile(
    r"(?<![\w.])(binary_sensor|sensor|light|switch|climate|cover|lock|media_player|"
    r"input_boolean|input_number|input_select|input_text|input_datetime|input_button|"
    r"automation|script|scene|person|device_tracker|fan|camera|alarm_control_panel|vacuum|"
    r"water_heater|button|number|select|zone|sun|weather|update|remote|siren|humidifier|valve|"
    r"lawn_mower|event|calendar|todo|timer|counter|group)\."
    # (not a site: weather.com, weather.gov/alerts, camera.co.kr)
    r"(?!(?:com|net|org|gov|edu|io|co|kr|jp|cn|fr|es|de|uk|us|ca|au|app|dev|info|me|tv|ai)\b)"
    r"([a-z0-9]+(?:_[a-z0-9]+)*)\b(?![./]\w)"
)


def entity_words(m: re.Match[str], dot: str) -> str:
    """An entity id as words: `binary_sensor.garage_door` 'binary sensor <dot> garage door'."""
    return f"{m[1].replace('_', ' ')} {dot} {m[2].replace('_', ' ')}"


EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"(?![A-Za-z0-9-])"
)


# Tracking numbers, serials and model numbers (1Z999AA1012, WF45R6100AW): upper-case
# letters and digits mixed, six or more.  Nobody reads them as numbers: split them into
# characters, which every language then reads one by one.
# After a thousands comma (¥5,000OFF) the digits end a number: not a code.  AC100V,
# DC12V are a current and a voltage, read as a number.
_CODE_RE = re.compile(
    r"(?<![\w.])(?<!\d[,，])(?!(?:AC|DC)\d{1,3}V(?![\w.]))"
    r"(?=[A-Z0-9]*[0-9])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}(?![\w.])"
)


def _spell_code(match: re.Match[str]) -> str:
    """`1Z999AA` -> `1, Z 9 9 9, A A`: a pause where digits meet letters, as people read
    codes, which also keeps "9 A" from being taken for nine amperes."""
    code = match[0]
    out = [code[0]]
    for prev, ch in itertools.pairwise(code):
        out.append(", " if prev.isdigit() and ch.isalpha() else " ")
        out.append(ch)
    return "".join(out)


def prepare(text: str) -> str:
    """NFC, full-width to ASCII, no emoji or control characters, single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_FULLWIDTH_TABLE)
    text = _WIDE_COLON_RE.sub(":", text)
    text = _CODE_RE.sub(_spell_code, text)
    text = _KEYCAP_RE.sub(r"\1", text)
    text = _CJK_EMOJI_RE.sub("", text)
    text = _EMOJI_RE.sub(" ", text)
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    return _SPACE_RE.sub(" ", text).strip()


def finish(text: str, digit_names: tuple[str, ...]) -> str:
    """Guarantee the output holds no digit: spell any left over, then tidy spaces."""
    out = []
    for ch in text:
        if ch.isdigit():
            value = unicodedata.digit(ch, None)
            out.append(f" {digit_names[value]} " if value is not None else " ")
        else:
            out.append(ch)
    return _SPACE_RE.sub(" ", "".join(out)).strip()


def read_address(
    address: str,
    symbols: Mapping[str, str],
    word: Callable[[str], str],
    digits: Callable[[str], str],
) -> str:
    """Read a URL or e-mail address part by part.

    `symbols` names the separators ('.', '/', '@', ':', '-', '_'); `word` reads a
    run of letters (a word or letter by letter, in the language's script);
    `digits` reads a run of digits (usually digit by digit).  The scheme
    `https://` is dropped, as people do when reading an address aloud.
    """
    address = re.sub(r"^https?://", "", address, flags=re.IGNORECASE).rstrip("/")
    parts: list[str] = []
    for token in re.findall(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]", address):
        if token.isascii() and token.isdecimal():
            parts.append(digits(token))
        elif token.isalpha():
            parts.append(word(token))
        elif token in symbols:
            parts.append(symbols[token])
    return " ".join(p for p in parts if p)
