"""Chinese numbers that are no quantity: phone numbers, hotlines, codes, plates, IP addresses,
read digit by digit (with 幺 for 1 where customary)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from melod.text.zh_code_words import BRAND_NUMBERS, HOTLINE_RE, hotline
from melod.text.zh_numbers import DIGITS, cardinal, digits
from melod.text.zh_units import CURRENCY_SIGNS

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

_PLATE: Final = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_CODE_WORDS: Final = (
    "验证码|取件码|取餐码|提货码|兑换码|邀请码|券码|密码|单号|订单号|编号|工号|房间号|快递单号"
    "|尾号|后四位|末四位|卡号|账号|账户|会员号|分机号|分机|房号|户号|学号|运单号|流水号|序列号"
    "|动态码|校验码|确认码|识别码|安全码|激活码|授权码|提取码|核销码|口令|邮编|邮政编码|券号|会议号|会议ID"
    "|QQ号|QQ群|QQ|群号|短号|微信号|IMEI|MEID|SN码|SN"
)
#: Words right before a number that make it a number to dial (热线96777, 拨打12580).
_DIAL_WORDS: Final = "拨打|请拨|致电|热线|电话|呼叫"
_PHONE_RE: Final = re.compile(
    r"(?<![\d-])(?:1[3-9]\d{9}|1[3-9]\d([- ])\d{4}\1\d{4}|0\d{2,3}-\d{7,8}"
    r"|0\d{2,3}[- ]\d{3,4}[- ]\d{4}|[48]00[- ]?\d{3}[- ]?\d{4}|[48]00\d-\d{3}-\d{3}"
    r"|[(（]0\d{2,3}[)）]\s?(?:\d{7,8}|\d{3,4}[- ]\d{4}))(?![\d-])"
)
_FESTIVALS: Final = {"11.11": "双十一", "12.12": "双十二", "6.18": "六一八"}
#: Capitals before a number that is a value, not part of a model name (AQI150, USD100).
_VALUE_WORDS: Final = frozenset(
    {"AQI", "BMI", "TDS", "ISO", "VOC", "HRV", "TOP", "LV", "NO"}
    | {k for k in CURRENCY_SIGNS if k.isalpha()}
)
#: 192.168.1.1: four dotted parts up to 255, the first of two digits or more (a version
#: number such as 3.1.0.15 starts small).
_IP_RE: Final = re.compile(r"(?<![\d.])([1-9]\d{1,2})((?:\.\d{1,3}){3})(?![\d.])")


def _phone(m: re.Match[str]) -> str:
    return digits(m.group(), one="幺")


def _spelled(code: str) -> str:
    """abc12345 → abc幺二三四五; dashes between digit groups are not said, except in a
    range of numbers of one length (编号001-003 零零一到零零三)."""
    pair = re.fullmatch(r"(\d{3,})-(\d{3,})", code)
    if pair and len(pair[1]) == len(pair[2]) and int(pair[2]) > int(pair[1]):
        return digits(pair[1]) + "到" + digits(pair[2])
    return re.sub(r"\d", lambda d: digits(d.group(), one="幺"), code.replace("-", ""))


def _masked(m: re.Match[str]) -> str:
    """138****5678: the digits one by one, the stars and any spaces kept."""
    return re.sub(r"\d+", lambda d: digits(d.group(), one="幺"), m.group())


def _ip(m: re.Match[str]) -> str:
    parts = [m.group(1), *m.group(2)[1:].split(".")]
    before = m.string[max(0, m.start() - 4) : m.start()]
    if any(int(p) > 255 for p in parts) or re.search(r"(?i)版本|固件|ver|v\s?$", before):
        return m.group()
    return "点".join(digits(p) for p in parts)


_LABELS: Final[tuple[Rule, ...]] = (
    (
        # G1234次, 车次G101: a train number, digit by digit (unlike the G15 motorway).
        re.compile(
            r"(?:(?<=车次)|(?<=车次[:： ]))([GDCZTKYL])(\d{1,4})(?!\d)"
            r"|(?<![A-Za-z0-9])([GDCZTKYL])(\d{1,4})(?=次|列车)"
        ),
        lambda m: (m.group(1) or m.group(3)) + digits(m.group(2) or m.group(4)),
    ),
    (
        # CA1831航班, 航班MU5137: a flight number, digit by digit with 幺 as in aviation.
        re.compile(
            r"(?:(?<=航班)|(?<=航班号)|(?<=航班[:： ])|(?<=航班号[:： ]))"
            r"([A-Z][A-Z0-9]|\d[A-Z])(\d{3,4})(?!\d)"
            r"|(?<![A-Za-z0-9])([A-Z][A-Z0-9]|\d[A-Z])(\d{3,4})(?=\s?(?:次)?航班)"
        ),
        lambda m: (m.group(1) or m.group(3)) + digits(m.group(2) or m.group(4), one="幺"),
    ),
    (
        # 检票口12A, 座位15F: a gate or seat letter, not a unit (十二A, not 十二安).
        re.compile(
            r"(?:(?<=检票口|登机口|座位号|候车室)|(?<=站台|座位|车厢))([:：]?\s?)(\d{1,3})([A-Z])(?![A-Za-z])"
            r"|(?<![\dA-Za-z.])()(\d{1,3})([A-FJKL])(?=\s?(?:座|号座|靠窗|靠过道|过道))"
        ),
        lambda m: (m[1] or m[4] or "") + cardinal(int(m[2] or m[5]), False) + (m[3] or m[6]),
    ),
    (
        # 618大促, 520快乐, 315晚会: a day named by its digits (六一八), not a quantity.
        re.compile(
            r"(?<![\d.,])(618|520|315|1111|1212)(?![\d.,])"
            r"(?=\s?(?:大促|活动|购物节|狂欢|晚会|当天|那天|预售|优惠|特惠|期间|快乐|礼物|表白|节|年中))"
        ),
        lambda m: digits(m.group(1)),
    ),
    (
        # 这波操作666, 太666了: chat praise, said digit by digit (六六六), not a number.
        re.compile(
            r"(?:(?<=操作|直接|老铁|简直|这波|就是|真的)|(?<=[太真好]))(6{3,})(?![\d.,])"
            r"|(?<![\d.,])(6{3,})(?=\s?[啊呀哈了！!]|\s?$)|(?:^|(?<=[\s：:]))(6{3,})(?=\s?[，,！!]\s?(?:太|这|真|牛|厉害|强|大佬|绝了))"
        ),
        lambda m: digits(m[1] or m[2] or m[3]),
    ),
    (
        # 爱你1314 (一生一世), 88，明天见 (bye-bye): chat numbers said digit by digit.
        re.compile(
            r"(?<=爱你|一生|永远)\s?1314(?!\d)|(?:^|(?<=[，,。！!~～])|(?<=好的|拜拜|再见|晚安))88(?=\s?[，,。！!~～]|$)"
            r"|(?<=[：:])88(?=\s?[，,！!~～]\s?(?:明天见|回头见|下次见|晚安|先走|睡了|下了))"
        ),
        lambda m: digits(m[0].strip()),
    ),
    *(
        (re.compile(rf"(?<![\d.,]){number}(?=\s?(?:{after}))"), lambda m: digits(m[0]))
        for number, after in BRAND_NUMBERS.items()
    ),
    (
        # 比618便宜, 等618再买: the shopping day after a word of comparing or waiting.
        re.compile(
            r"(?:(?<=[比等趁])|(?<=去年|今年|上次|过了|赶上))(618|1111|1212)"
            r"(?![\d.,]|\s?(?:元|块|个|件|人|次|米|公里|克|斤|号|分|岁|天|年|台|单))"
        ),
        lambda m: digits(m.group(1)),
    ),
    (
        # 2024/25赛季, 2023/2024财年: a season across two years, 二零二四到二五.
        re.compile(r"(?<![\d./])(20\d\d)\s?/\s?(\d\d|20\d\d)(?=\s?(?:赛季|财年|学年|年度|季))"),
        lambda m: digits(m[1]) + "到" + digits(m[2]),
    ),
    (
        # 11.11当天, 12.12大促, 6.18活动: the shopping festivals written with a dot.
        re.compile(
            r"(?<![\d.])(11\.11|12\.12|6\.18)(?![\d.])"
            r"(?=\s?(?:当天|那天|大促|活动|期间|购物节|狂欢|预售|优惠|特惠|零点))"
        ),
        lambda m: _FESTIVALS[m.group(1)],
    ),
    (
        # 骁龙888, 天玑9300: a chip's model number digit by digit; 麒麟9000 九千.
        re.compile(r"(?<=骁龙|天玑|麒麟|酷睿|锐龙|鲲鹏|昇腾)(\s?)(\d{3,4})(?![\d.])"),
        lambda m: (
            m.group(1)
            + (
                cardinal(int(m.group(2)), False)
                if m.group(2).endswith("000")
                else digits(m.group(2))
            )
        ),
    ),
    (
        # N95, KN95 masks, 18650 cells, 802.11ax: standards read digit by digit.
        re.compile(
            r"(?<![A-Za-z])(K?N)(9[059])(?!\d)|(?<![\d.])(\d{5})(?=\s?(?:电池|锂电|电芯))"
            r"|(?<![\d.])(802)\.(11)(?=[a-z])"
        ),
        lambda m: (m.group(1) or "") + "点".join(digits(g) for g in m.groups()[1:] if g),
    ),
    (
        # 7840H, 13900KF, 5800X: a processor's number before its suffix, digit by digit.
        re.compile(r"(?<![\dA-Za-z.])(\d{4,5})(HX|HS|H|U|KF|F|X3D|X)(?![A-Za-z\d])"),
        lambda m: digits(m.group(1)) + m.group(2),
    ),
    (
        # i9-14900K, i5 12400: an Intel processor, the tier then the number digit by digit.
        re.compile(r"(?<![A-Za-z])([iI])([3579]) (\d{4,5})([A-Z]{0,3})(?![A-Za-z\d])"),
        lambda m: m[1] + DIGITS[int(m[2])] + " " + digits(m[3]) + m[4],
    ),
    (
        # Windows 11 23H2: a half-year release, the year's two digits one by one.
        re.compile(r"(?<![A-Za-z0-9.])(2\d)H([12])(?![A-Za-z0-9.])"),
        lambda m: digits(m[1]) + "H" + DIGITS[int(m[2])],
    ),
    (
        # 贵州茅台（600519）: an A-share stock code in brackets after the name.
        re.compile(r"(?<=[(（])((?:00[0-3]|30[01]|60[0-5]|688)\d{3})(?=[)）.])"),
        lambda m: digits(m.group(1)),
    ),
    (
        re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,4})(\d{6,})(?![\d.])"),
        lambda m: m.group(1) + digits(m.group(2), one="幺"),
    ),
)


def _model(m: re.Match[str]) -> str:
    """C919, A320, RTX4090, room A-301: three or four digits after capitals, one by one;
    a round hundred or thousand is said as a number (vivo X100, H100, AX3000 AX三千)."""
    if m.group(1).strip() in _VALUE_WORDS:
        return m.group()
    if m.group(2).endswith("00" if len(m.group(2)) == 3 else "000"):
        return m.group(1) + cardinal(int(m.group(2)), False)  # X100, H100: X一百
    return m.group(1) + digits(m.group(2))


_TAIL: Final[tuple[Rule, ...]] = (
    # A4:83:E7:12:34:56: a MAC address, each pair one character at a time.
    (
        re.compile(r"(?<![\w:])[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}(?![\w:])"),
        lambda m: " ".join(
            re.sub(r"\d", lambda d: DIGITS[int(d[0])], p) for p in m[0].split(m[0][2])
        ),
    ),
    # KDA 12/3/8: kills, deaths and assists, 十二杠三杠八.
    (
        re.compile(r"(?<=KDA)(\s?[:：]?\s?)(\d{1,2})/(\d{1,2})/(\d{1,2})(?![\d/])"),
        lambda m: m[1] + "杠".join(cardinal(int(g), False) for g in m.groups()[1:]),
    ),
    # IMEI 861234567890123: twelve digits or more are never a quantity, one by one.
    (re.compile(r"(?<![\d.,])\d{12,}(?![\d.])"), lambda m: digits(m[0], one="幺")),
    # backup_2024_11_28: a number inside a name joined by underscores, digit by digit.
    (re.compile(r"(?<=_)\d+|(?<![\d.])\d+(?=_)"), lambda m: digits(m[0])),
    # DS920+ (a model's plus, 加 by now) is part of the name; 16GB+512GB is a sum.
    (re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,3})-?(\d{3,4})(?![\d.,%:/]|[+加]\s?\d)"), _model),
    (re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,3} )(\d{4})(?![\d.,%:/]|[+加]\s?\d)"), _model),
    # B2-036, A3-12: a parking space or a locker, letter, level, dash, number.
    (
        re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2})(\d{1,2})-(\d{2,4})(?![\d.])"),
        lambda m: m.group(1) + cardinal(int(m.group(2)), False) + "杠" + digits(m.group(3)),
    ),
    # IP68, IPX7: a protection rating, its digits one by one (IP六八).
    (
        re.compile(r"(?<![A-Za-z])IP(X?)(\d{1,2})(?![\d.])"),
        lambda m: "IP" + m.group(1) + digits(m.group(2)),
    ),
    (_IP_RE, _ip),
    # 1080P, 720p: a video resolution is a label read digit by digit (一零八零P).
    (
        re.compile(r"(?<![\d.])(480|576|720|1080|1440|2160)([PpIi])(?![A-Za-z])"),
        lambda m: digits(m.group(1)) + m.group(2).upper(),
    ),
)


# Numbers that are codes whatever follows them: plates, foreign and local phones, serials.
_HEAD: tuple[Rule, ...] = (
    (
        re.compile(rf"[{_PLATE}][A-Z]·?[A-Z0-9]{{5,6}}(?![A-Za-z0-9])"),
        lambda m: re.sub(r"\d", lambda d: DIGITS[int(d.group())], m.group()),
    ),
    (
        # +1 650-253-0000, +852 2345 6789: a foreign number, its country code first.
        re.compile(r"\+(\d{1,3})[\s-]((?:\(?\d{2,4}\)?[\s-]?)?\d{3,4}[\s-]?\d{4})(?![\d-])"),
        lambda m: "加" + digits(m.group(1)) + " " + digits(m.group(2), one="幺"),
    ),
    (_PHONE_RE, _phone),
    (
        # NO.20241128001: an order or serial number after NO., digit by digit.
        re.compile(r"(?<![A-Za-z])(NO|No|no)\.\s?(\d{4,})(?![\d.])"),
        lambda m: m.group(1) + "." + digits(m.group(2), one="幺"),
    ),
    (
        # 138****5678, 尾号****1234: a masked number is read digit by digit.
        re.compile(r"(?<![\d*])(\d{3,4}\s?)?((?:\*{3,}\s?)+)(\d{3,4})(?![\d*])"),
        _masked,
    ),
)
_EXTENSION: Rule = (
    # 021-64321234转8001: an extension after a number already read, digit by digit.
    re.compile(r"(?<=[零幺一二三四五六七八九])(\s?转\s?)(\d{2,5})(?![\d.])"),
    lambda m: m.group(1) + digits(m.group(2), one="幺"),
)


def code_rules(units: str) -> tuple[Rule, ...]:
    """The rules, run before dates and quantities; `units` is the counter alternation after
    which a hotline-looking number is a quantity (10086人)."""
    # 户号3200123456本月: 本 before 月 is "this", no counter of books.
    guard = rf"(?![\d.,-]|\s?(?!本[月期周年日次季])(?:{units}|元|块|万|千|百|亿|股))"
    return (
        *_HEAD,
        (
            # 账户1234于, 密码: 0000; not 账户100元 (an amount) nor 电话15次 (a count).
            # 密码是abc12345, 门禁密码#1234#: letters kept, the digits one by one;
            # 会议号 123 456 789: groups typed with spaces are one code.
            re.compile(
                rf"({_CODE_WORDS}|{_DIAL_WORDS})((?:已?(?:生成|发送|设置|重置|修改|更新|改|换|设)(?:为|成)?了?)?[:：是为]?\s?)"
                rf"([#*]?(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{{3,}}(?: \d{{3,4}})*[#*]?){guard}"
            ),
            lambda m: m.group(1) + m.group(2) + _spelled(m.group(3)),
        ),
        _EXTENSION,
        (
            # A-share stock codes are six digits: 股票600519 六零零五一九.
            re.compile(rf"(?<=股票|代码|基金)([:：]?\s?)(\d{{6}}){guard}"),
            lambda m: m.group(1) + digits(m.group(2)),
        ),
        *_LABELS,
        (HOTLINE_RE, lambda m: hotline(m, units)),
        *_TAIL,
    )
