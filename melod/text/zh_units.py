"""Chinese unit tables: units read in hanzi, units kept in Latin, per-unit denominators."""

from __future__ import annotations

import re
from typing import Final

#: Latin and symbol units, read in hanzi (Latin ones Chinese speakers keep are absent).
UNITS: Final = {
    "km/h": "公里每小时",
    "km/L": "公里每升",
    "L/100km": "升每百公里",
    "kWh/100km": "千瓦时每百公里",
    "m/s": "米每秒",
    "kPa": "千帕",
    "MPa": "兆帕",
    "mmHg": "毫米汞柱",
    "kcal": "千卡",
    "GHz": "吉赫兹",
    "MHz": "兆赫兹",
    "km": "公里",
    "kg": "公斤",
    "kWh": "千瓦时",
    "kW": "千瓦",
    "Wh": "瓦时",
    "mAh": "毫安时",
    "kW·h": "千瓦时",
    "N·m": "牛米",
    "Nm": "牛米",
    "mA": "毫安",
    "μA": "微安",
    "µA": "微安",
    "kV": "千伏",
    "mV": "毫伏",
    "kΩ": "千欧",
    "MΩ": "兆欧",
    "Ω": "欧",
    "nm": "纳米",
    "μm": "微米",
    "µm": "微米",
    "t": "吨",
    "Ah": "安时",
    "mm": "毫米",
    "cm": "厘米",
    "m²": "平方米",
    "m2": "平方米",
    "㎡": "平方米",
    "m³": "立方米",
    "㎥": "立方米",
    "μg/m³": "微克每立方米",
    "µg/m³": "微克每立方米",
    "㎍/㎥": "微克每立方米",
    "μg/m3": "微克每立方米",
    "µg/m3": "微克每立方米",
    "ug/m3": "微克每立方米",
    "mg": "毫克",
    "μg": "微克",
    "µg": "微克",
    "mmol": "毫摩尔",
    "μmol": "微摩尔",
    "µmol": "微摩尔",
    "mL": "毫升",
    "ml": "毫升",
    "hPa": "百帕",
    "dB": "分贝",
    "ms": "毫秒",
    "Pa": "帕",
    "Hz": "赫兹",
    "mins": "分钟",
    "min": "分钟",
    "m": "米",
    "g": "克",
    "L": "升",
    "l": "升",
    "W": "瓦",
    "V": "伏",
    "A": "安",
    "h": "小时",
    "s": "秒",
    "℃": "摄氏度",
    "°C": "摄氏度",
    "° C": "摄氏度",
    "°F": "华氏度",
    "℉": "华氏度",
    "°": "度",
    "㎏": "公斤",
    "㎞": "公里",
    "㎜": "毫米",
    "㎝": "厘米",
    "㎖": "毫升",
    "ℓ": "升",
    "lm": "流明",
    "lx": "勒克斯",
    "lux": "勒克斯",
    "mg/m³": "毫克每立方米",
    "mg/m3": "毫克每立方米",
    "mg/㎥": "毫克每立方米",
    "rpm": "转每分钟",
}

#: Units Chinese speakers keep in Latin (两GB, 五百Mbps); 2 before them is 两.
KEPT_UNITS: Final = (
    *("GB", "MB", "KB", "TB", "Gb", "Mb", "Mbps", "Gbps", "ppm", "ppb"),
    *("Mbit", "Gbit", "kbit"),
)

#: What follows the slash of a compound unit (3L/min, 12MB/s) read after 每.
PER_UNITS: Final = {
    "s": "秒",
    "min": "分钟",
    "h": "小时",
    "d": "天",
    "m³": "立方米",
    "m3": "立方米",
    "㎥": "立方米",
    "m²": "平方米",
    "㎡": "平方米",
    "L": "升",
    "kg": "公斤",
    "km": "公里",
    "m": "米",
    "kWh": "千瓦时",
    "W": "瓦",
    "g": "克",  # 金价¥618/g
    "ml": "毫升",
    "t": "吨",
}

#: Currency written before the amount: US$20 二十美元, HK$100 一百港币, RMB 50 五十元.
CURRENCY_SIGNS: Final = {
    "US$": "美元",
    "USD": "美元",
    "HK$": "港币",
    "HKD": "港币",
    "NT$": "新台币",
    "A$": "澳元",
    "AU$": "澳元",
    "C$": "加元",
    "S$": "新加坡元",
    "RMB": "元",
    "CNY": "元",
    "EUR": "欧元",
    "GBP": "英镑",
    "JPY": "日元",
    "KRW": "韩元",
    "$": "美元",
    "€": "欧元",
    "£": "英镑",
    "¥": "元",
    "￥": "元",
    "₩": "韩元",
    "฿": "泰铢",
    "₹": "卢比",
    "₽": "卢布",
    "₫": "越南盾",
}


#: A written number: 1,200, 3.5, 1.5万, 1万2千 (not the 千 of 千瓦 nor the 百 of 百帕).
NUMBER: Final = (
    r"\d+(?:,\d{3})*(?:\.\d+)?(?:(?:[万亿]|千(?![瓦克米卡帕赫伏焦])|百(?!帕))(?:\d+(?:,\d{3})*)?)*"
)

#: Counters that begin a common word: 2-1日本 is a score before 日本, not a day.
_WORD_AFTER: Final = {"日": "本"}


def alternation(keys: list[str]) -> str:
    """A regex alternation of `keys`, longest first; a Latin unit must end its word."""
    parts = []
    for key in sorted(keys, key=len, reverse=True):
        tail = r"(?![A-Za-z])" if key[-1].isascii() and key[-1].isalpha() else ""
        if key in _WORD_AFTER:
            tail = f"(?!{_WORD_AFTER[key]})"
        parts.append(re.escape(key) + tail)
    return "|".join(parts)


CURRENCY_ALT: Final = alternation(list(CURRENCY_SIGNS))
