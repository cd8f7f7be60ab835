"""Goods, farms, flights, prints and shares: what the word before a count says it counts.

대파 두 단, 하우스 세 동, 상추 모종 여섯 주, 항공편 네 편, 자료 세 부, 테슬라 두 주: these
counters take native numerals only after the things they count; elsewhere the same word is
a setting, a building's label, weeks, a sequel or a part (삼 단, 삼 동, 육 주, 이 편, 일 부).
"""

from __future__ import annotations

import re
from typing import Final

# Market goods counted by their own word, natively, right after the goods: greens and
# flowers by the bundle (대파 두 단), laver by 100 sheets (김 다섯 속), squid by 20 (오징어
# 두 축), garlic by the clove (마늘 세 쪽). Elsewhere the word is a setting, a speed, an axis
# or a page (선풍기 삼 단, 육 속 변속기, 삼 축 센서, 삼 쪽).
_MARKET_GOODS: Final = {
    "단": "파|시금치|부추|미나리|열무|쑥갓|깻잎|얼갈이|냉이|달래|고수|꽃|장미|안개꽃|튤립",
    "속": "김",
    "축": "오징어",
    "쪽": "마늘",
}


def bundled(unit: str, before: str) -> bool:
    """Is this a market count of goods sold by `unit` (김 5속, 대파 2단)?"""
    goods = _MARKET_GOODS.get(unit)
    return bool(goods and re.search(rf"(?:{goods})\s?$", before))


# Farm buildings counted (하우스 세 동 중 두 동, 축사 네 동 모두); a sensor's [하우스 2동] and
# 아파트 3동 stay labels, so the count needs a word of quantity after it or a count before it.
FARM_BUILT: Final = re.compile(
    r"(?:하우스|온실|축사|우사|돈사|계사|양계사|버섯사|재배사|육묘장|저온\s?창고|저온고)\s?"
    r"(?P<among>[0-9]{1,2}\s?동\s?(?:중|가운데)(?:에서?)?\s?)?$"
)
FARM_COUNTED: Final = re.compile(
    r"\s?(?:(?:중|가운데)(?![가-힣])|중에|모두|전부|다\s|씩|이상|규모|피해|파손|침수|붕괴|전소|"
    r"신축|증축|짓|지었|세웠|늘렸|늘어)"
)


def farm_count(before: str, after: str) -> bool:
    """Is N동 after a farm building a count of buildings rather than its label?"""
    m = FARM_BUILT.search(before)
    return bool(m and (m.group("among") or FARM_COUNTED.match(after)))


# Plants and seedlings are counted by 주 natively (상추 모종 여섯 주, 묘목 열 주); 6주 후,
# 6주 동안 after them are still weeks.
PLANTED: Final = re.compile(
    r"(?:모종|묘목|나무|묘|화분|다육이?|선인장|장미|국화|튤립|고추|토마토|상추|딸기|블루베리|"
    r"포도|사과|배추|오이|가지|호박|수박|참외)\s?$"
)
# Flights and sailings are counted natively (항공편 네 편, 결항 한 편, 두 편 지연).
FLIGHTS: Final = re.compile(
    r"(?:항공편|비행편|배편|여객기|비행기|국제선|국내선|결항|지연|회항|증편|감편|운항)\s?$"
)
# ... but 어벤져스 2편 지연 개봉 is a sequel whose release is late.
FLIGHTS_AFTER: Final = re.compile(
    r"(?:이|씩|만)?\s?(?:결항|지연|회항|증편|감편|운항|이착륙)(?!\s?(?:개봉|공개|출시|방송))"
)
# Copies of printed matter are counted natively (자료 세 부, 두 부씩 출력).
PRINTED: Final = re.compile(
    r"(?:자료|서류|신문|사본|등본|초본|유인물|인쇄물|계약서|원본|증명서|확인서|영수증|전단지?|"
    r"팜플렛|팸플릿|책자|잡지|교재|보고서|기획서|제안서|이력서|신청서|회의록|안내문|가정통신문|"
    r"복사본|출력물|프린트물?|명함)\s?$"
)
PRINTED_AFTER: Final = re.compile(r"(?:씩)?\s?(?:출력|인쇄|복사|발급|뽑|프린트|제출)")
# Shares of a stock are counted natively while few (테슬라 두 주 매수, 열 주 보유), but 2주 후
# in the same message, or 주식 공부 2주 했어, is two weeks.
_SHARES: Final = re.compile(r"(?:매수|매도|체결|종목|[0-9]\s?달러|\$)(?!\s?(?:후|뒤))")
_SHARES_AFTER: Final = re.compile(r"(?:씩|만|을|를)?\s?(?:매수|매도|체결|보유|샀|팔았|매입)")
# What follows N주 when it is a span of weeks, whatever it counts otherwise (plants, shares).
WEEKS_AFTER: Final = re.compile(
    r"\s?(?:후|뒤|전|동안|간|째|만에|마다|이내|내|차|연속|가량|정도|지나|지났|되|이상)"
)


def shares(n: int | None, before: str, after: str) -> bool:
    """Is N주 a few shares of a stock rather than N weeks?"""
    if n is None or n > 10 or WEEKS_AFTER.match(after):
        return False
    return bool(_SHARES_AFTER.match(after) or _SHARES.search(before[-30:]))
