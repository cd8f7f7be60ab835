"""Korean counter and unit vocabulary: which words count natively, and the particles after them."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_numbers import words
from melod.text.ko_units import UNITS

NUM: Final = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
# Stands for "from A to B" (~) until the numbers on both sides are read.
RANGE: Final = "\x00"


# Counters of things, people, age, hours and times take native numerals.
NATIVE: Final = frozenset(
    words(
        "시간 시 개 명 살 마리 장 대 잔 병 권 켤레 번째 번 분 가지 곳 군데 벌 채 척 통 송이 "
        "그릇 자루 봉지 쌍 달 배 바퀴 차례 사람 알 줄 칸 판 갑 캔 팩 박스 접시 포기 걸음 조각 "
        "방울 정 상자 모 포 정거장 정류장 캡슐 족 포대 컵 건 롤 그루 다발 가닥 톨 모금 스푼 "
        "큰술 작은술 공기 개비 뭉치 바구니 묶음 꾸러미 자리 봉 돈 발 세트 손 근 망 매 가족 접 골 "
        "도움 케이스 톳 가마 드럼 짝 첩 곡 "  # 김 다섯 톳, 쌀 두 가마, 맥주 두 짝, 노래 세 곡
        # 랩핑 2겹 두 겹; a cut, a spoonful, a
        # handful, a bar of music, a skewer, a shot of espresso.
        "겹 토막 숟가락 움큼 마디 꼬치 타래 샷 "
        "스쿱 팔레트 파레트 파렛트 봉투 문제 "  # 한 스쿱, 세 팔레트, 두 봉투, 두 문제 틀림
        "두름 쾌 뿌리 덩이 덩어리 보루 "  # 조기 한 두름, 북어 두 쾌, 인삼 세 뿌리, 담배 두 보루
        "계단 "  # 순위 세 계단 상승, 두 계단씩
        "표 "  # 한 표 차이: votes
        "과목 "  # 두 과목 모두 이 등급
        "게임"  # 볼링 두 게임
    )
)
SINO: Final = frozenset(
    words(
        "개월 개국 개년 개소 년도 년간 년 월 일간 일 주년 주일 주 초간 초 원 층 도 호선 호실 호 "
        "동 회차 회 위 등급 등 점 차 박 인분 인 세 번지 번길 번가 퍼센트 프로 평 킬로미터 킬로그램 "
        "킬로 미터 센티미터 센티 그램 리터 달러 유로 엔 위안 파운드 센트 페이지 쪽 학년 교시 단계 "
        "영업일 단 부 편 면 채널 칼로리 와트 볼트 배속 라운드 레벨 시즌 가구 팀 속 축 "
        "병동 병상 세대 "  # 7병동 칠 병동, 500병상 오백 병상: a ward number, not bottles (병)
        "포인트"  # 1포인트 일 포인트: points, not one bag (포) before 인트
    )
)
# A one-syllable native counter is only a counter when a particle (or nothing
# Hangul) follows: 3개를 is 세 개를, but 2채널 is 이 채널 and 3병원 삼 병원.
FOLLOW: Final = frozenset(
    "이가을를은는의에와과도로으만까부보나요야랑처씩쯤경반입째당간정짜께중라면였인"
    "예밖뿐마한끼네지죠잖든동후전뒤다하거꺼니던래냐들"  # 3개예요, 1명뿐, 7시지?, 12개들이
    "있없왔갔남넘더필샀먹받넣줘됐됨돼울눌"  # chat with no spaces: 3개있어요, 2명왔어, 3번울림
)

PARTICLE_RE: Final = re.compile(
    r"(?:이|가|을|를|은|는|의|에|와|과|도|로|으로|만|까지|부터|보다|이나|나|요|이요|야|이야|랑|처럼|"
    r"씩|쯤|입|께)"
)
# A particle glued to a number: one that ends the word (3개를, 19:00에) or a copula or
# longer ending (19:00부터, 2이닝 is no 이 + 닝).
_GLUED_RE: Final = re.compile(
    rf"(?:{PARTICLE_RE.pattern})(?![가-힣])|입니|이에|이었|이고|이며|이면|이라|에서|에는|에도|에만|"
    r"부터|까지|으로|이나|쯤에|께서|임(?![가-힣])|이래|이래요|이네|이지|이잖|이거든|이니까|이던데|마다|밖에"
    # The copula after a vowel or any reading: -20℃인데 영하 이십 도인데, 30%예요, 3층인 집.
    r"|인데|인지|인가|인(?![가-힣])|예요|였|라서|라고|라면|라도|일까|일걸|일지|지만"
    # ... and its short forms, where the next character shows no word starts there: 30%면
    # 충분해, 20℃래요, 5%네, 30%지?, 영하 5℃잖아, 30%일 때 (not 면적, 지역, 네트워크).
    r"|(?:면|라|래|다|이다)(?![가-힣])|래요|면서|죠|잖|던데|던가|거든|(?:지|네)(?=[요?!.,~\s]|$)"
    r"|일(?=\s(?:때|거|걸|수|듯|텐|지도))"
    r"|여(?=\s|[명개건곳년])"  # 20여 명, 100여 개: 여 (some) belongs to the number
    r"|꺼|거(?![가-힣])"  # 7:50꺼, 3만원짜리 거: the one of that time or price
)


def glued(after: str) -> bool:
    """Does the text right after a number start with a particle that belongs to it?"""
    return bool(_GLUED_RE.match(after))


def _alternation(words: frozenset[str] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


UNIT_ALT: Final = _alternation(list(UNITS))


def unit_readings() -> set[str]:
    """The Hangul words units are read as (킬로그램, 퍼센트...), for particle agreement."""
    return {reading.split()[-1] for reading, _, _ in UNITS.values() if len(reading) > 1}


COUNTER_ALT: Final = _alternation(NATIVE | SINO)
#: A unit symbol or counter word right after a number (kcal, 개, 걸음).
MEASURE_RE: Final = re.compile(
    rf"(?:{UNIT_ALT}|{COUNTER_ALT})(?=(?:{PARTICLE_RE.pattern})?(?![가-힣A-Za-z]))"
)
#: A word that is a counter or unit, with its particle: `3-5 일`, `1-2 개씩` are ranges.
COUNTER_WORD_RE: Final = re.compile(
    rf"(?:{COUNTER_ALT}|{UNIT_ALT}|영업일|정도|사이|이내|이상|이하|미만|초과|내외|가량)"
    rf"(?:{PARTICLE_RE.pattern})?(?![가-힣A-Za-z])"
)

# The place word a lot number follows (망원동 239-6, 마포구 239-6, 양평군 123-4, 산 12-3):
# its dash is 다시, never a score or a range. Not 야구, 축구, 대구 (a team) before a score.
LOT_PLACE_RE: Final = re.compile(
    r"(?:[가-힣][동리가읍면]|(?<![가-힣])산|(?<![가-힣])[중동서남북]구|[가-힣]{2,}(?<![야축농배족탁당])구"
    r"|[가-힣]{2}군)\s$"
)
# A shop's Latin counters after a number are its Korean ones (마스크 10ea 열 개, 1set 한 세트,
# 양말 3pcs 세 개), counted like them.
_LATIN_COUNTERS: Final = {"ea": "개", "pcs": "개", "set": "세트", "box": "박스", "pack": "팩"}
_LATIN_COUNTER_RE: Final = re.compile(
    rf"(?<=[0-9])\s?({'|'.join(_LATIN_COUNTERS)})(?![A-Za-z])", re.IGNORECASE
)


def latin_counters(text: str) -> str:
    """10ea 10개, 1set 1세트: the Latin counter as the Korean word read in its place."""
    return _LATIN_COUNTER_RE.sub(lambda m: _LATIN_COUNTERS[m[1].lower()], text)


# A road or lane before a building number (테헤란로 427-3): trusted once the number is past
# any score (결과로 3-2 승리 is a score).
ROAD_RE: Final = re.compile(r"[가-힣](?:로|길)\s$")

#: Counters said natively only while the count is small (티켓 두 매, but 용지 오십 매;
# 약 세 정, but 구십 정 한 통; 세 팔레트, but a warehouse's 출고 구십육 팔레트, 육십사 박스).
NATIVE_UP_TO: Final = {
    "건": 20, "롤": 20, "세트": 20, "곡": 20, "문제": 20, "골": 10, "도움": 10, "매": 10, "정": 10,
    "캡슐": 10, "표": 10, "게임": 20, "팔레트": 20, "파레트": 20, "파렛트": 20, "박스": 20,
    "상자": 20,
}  # fmt: skip

#: Words that read as a counter and a particle: 단가 is a unit price, not 단 + 가.
SPACED_WORDS: Final = frozenset(("단가", "부가", "속도", "편도", "회의"))
