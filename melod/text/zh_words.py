"""Chinese tables: units, counters that take 两, symbols and currency names."""

from __future__ import annotations

import re
from typing import Final

#: Counters and units after which 2 is 两 (两个, 两公斤, 两点).
LIANG: Final = frozenset(
    {
        "个",
        "位",
        "只",
        "台",
        "件",
        "次",
        "天",
        "周",
        "个月",
        "小时",
        "钟头",
        "刻钟",
        "分钟",
        "秒钟",
        "秒",
        "倍",
        "张",
        "本",
        "辆",
        "瓶",
        "杯",
        "条",
        "双",
        "份",
        "包",
        "箱",
        "袋",
        "盒",
        "块",
        "元",
        "美元",
        "欧元",
        "英镑",
        "日元",
        "韩元",
        "港币",
        "港元",
        "澳元",
        "加元",
        "新台币",
        "新加坡元",
        "公斤",
        "千克",
        "克",
        "斤",
        "公里",
        "米",
        "厘米",
        "毫米",
        "升",
        "毫升",
        "吨",
        "人",
        "种",
        "把",
        "扇",
        "盏",
        "间",
        "家",
        "口",
        "项",
        "场",
        "下",
        "遍",
        "趟",
        "点",
        "岁",
        "年",
        "星期",
        "套",
        "部",
        "副",
        "颗",
        "粒",
        "格",
        "片",
        "节",
        "台次",
        "路",
        "千瓦时",
        "千瓦",
        "瓦",
        "平方米",
        "立方米",
        "名",
        "首",
        "集",
        "圈",
        "步",
        "道",
        "公里每小时",
        "微克每立方米",
        "毫克",
        "毫安时",
        "伏",
        "安",
        "瓦时",
        "度电",
        "百帕",
        "分贝",
        "赫兹",
        "夜",
        "晚",
        "顿",
        "餐",
        "碗",
        "壶",
        "罐",
        "支",
        "根",
        "枚",
        "封",
        "笔",
        "架",
        "轮",
        "盘",
        "剂",
        "千帕",
        "千卡",
        "米每秒",
        # Counters of things, money and points: 两站, 两户, 两匹空调, 两毛钱, 两分, 两球.
        *("站", "户", "座", "单", "款", "针", "批", "段", "句", "所", "串", "头", "匹"),
        *("朵", "棵", "桶", "锅", "勺", "滴", "成", "毛", "角", "分钱", "局", "球", "票"),
        *("千米", "分", "寸", "英寸"),
    }
)

#: Counters after which a number is a label or an order, never 两 (二楼, 二号, 二月).
LABELS: Final = frozenset(
    {
        "楼",
        "层",
        "号",
        "月",
        "日",
        "期",
        "级",
        "档",
        "挡",
        "单元",
        "栋",
        "幢",
        "室",
        "等",
        "年级",
        "班",
        "组",
        "区",
        "号线",
        "排",
        "版",
        "季",
        "章",
        "代",
        "摄氏度",
        "华氏度",
        "度",
        "比",
    }
)

#: Counters recognised after a number (units and labels), for the number pattern.
COUNTERS: Final = sorted(LIANG | LABELS, key=len, reverse=True)

ADDRESS_SYMBOLS: Final = {".": "点", "/": "斜杠", "@": "at", ":": "冒号", "-": "杠", "_": "下划线"}

WEEKDAYS: Final = {
    "一": "星期一",
    "二": "星期二",
    "三": "星期三",
    "四": "星期四",
    "五": "星期五",
    "六": "星期六",
    "日": "星期日",
    "天": "星期天",
}

#: Service and emergency numbers read digit by digit (with 幺) even when bare.
HOTLINES: Final = frozenset(
    {
        "110",
        "119",
        "120",
        "122",
        "114",
        "12333",
        "12348",
        "12366",
        "95598",
        "96110",
        "999",
        "12345",
        "12315",
        "12306",
        "12369",
        "12395",
        "12121",
        "10086",
        "10010",
        "95588",
        "95555",
        "95533",
        "95566",
        "95599",
        "95511",
    }
)

#: Those of them read digit by digit with no phone word near (中国移动10086提醒您), unless a
#: counter follows (10086人).
_NEEDS_CONTEXT: Final = frozenset({"12345", "12333", "12348", "12366", "96110"})
BARE_HOTLINES: Final = frozenset(h for h in HOTLINES if len(h) == 5 and h not in _NEEDS_CONTEXT)

#: Words around a number that make it a phone number rather than a quantity.
PHONE_CONTEXT: Final = (
    "拨打",
    "打",
    "电话",
    "热线",
    "报警",
    "呼叫",
    "致电",
    "联系",
    "急救",
    "火警",
    "客服",
    "请拨",
    "拨",
    "号码",
    "手机",
    "短信",
    "回复",
    "发送",
    "移动",
    "联通",
    "电信",
    "来电",
)

# common.URL_RE and EMAIL_RE use \w and [^\s], which in CJK text (no spaces) swallow the
# words after an address; these keep to ASCII so the sentence around it survives.
EMAIL_RE: Final = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@"
    r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
URL_RE: Final = re.compile(
    r"(?i)(?:https?://|www\.)[A-Za-z0-9\-._~/?#=&%+:@]*[A-Za-z0-9/]"
    r"|(?<![A-Za-z0-9.@-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.(?:com|net|org|io|kr|jp|cn|fr|es|de|uk|co|dev|app|local)(?![A-Za-z0-9-])"
    r"(?:/[A-Za-z0-9\-._~/?#=&%+]*[A-Za-z0-9/])?"
)
