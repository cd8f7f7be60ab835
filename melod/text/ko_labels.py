"""Korean label nouns: the things a number names rather than counts (7번 출구, 좌석 12).

One table, so a new label word is added in one place; ko_context builds its patterns from it.
Each noun carries the sides on which it makes a number a label, read in Sino numerals:

    B  before the number:   출구 3, 좌석 12번, 창구 2       (the noun names the count after it)
    A  after the number:    3번 출구, 2번 창구 (not 세 번, "three times")
    R  repeated:            3번 출구 공사 중, 2번 이용: once a 번 has named this noun, a
                            later 번 that is used or taken names one too (이 번)

Not every noun has every flag (존 is B only so far): a flag is added when a round
shows that the reading it gives is right. Shapes that are not plain nouns (방 only before a
particle, 입력으로, 호출 중, G열, 3층) stay in the patterns in ko_context.
"""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_numbers import sino

# noun:flags, grouped by what they name: ways, exits and vehicles; seats, rooms and boxes;
# counters and queues; screens, ports and machines; farm buildings and tanks; games and tests;
# teeth by their dental number (36번 임플란트) and a clinic's chairs (유닛 3번, 2번 체어).
_TABLE: Final = """
    출구:BAR  출입구:AR  입구:A  출입문:AR  비상구:AR  통로:A  게이트:BAR  탑승구:BA
    출국장:AR  입국장:AR  수취대:A  승차장:A  하차장:A  탑승장:A
    버스:BAR  노선:B  정류장:A  국도:A  도로:A  고속도로:A  지방도:A  프리웨이:A  하이웨이:A
    플랫폼:BAR  승강장:BAR  홈:BA  라인:BAR  레인:BAR  트랙:BAR  코스:BAR  칸:AR
    엘리베이터:AR  승강기:AR  기둥:AR  주차장:AR  구역:BAR  존:B  문:A  사이트:AR  데크:AR
    도크:BAR  선석:BAR  부두:AR  램프:AR  벨트:A  슈트:AR  하역장:BAR  상차장:A  홀:A  코트:AR

    좌석:BAR  자리:A  테이블:A  객실:A  병실:BA  병상:A  침대:A  사물함:BAR  보관함:BAR
    함:B  라커:B  락커:B  서랍:A  선반:A  트레이:A  케이지:A  화분:A
    룸:AR  교실:AR  부스:AR  매장:AR

    창구:BAR  계산대:BAR  키오스크:BAR  단말기:BA  카운터:BA  접수처:B  매표소:BA
    순번:B  번호표:B  대기번호:B  대기:B  예비:B  번호:B  기호:B  후보:BA  고객:A  환자:A  사용자:BA
    진료실:BAR  검사실:BA  상담실:BA  회의실:BA  강의실:BA  주사실:BA

    채널:BAR  프로그램:B  메뉴:BA  버튼:BAR  스위치:BA  포트:BA  단자:BA  입력:B
    HDMI:B  USB:B  스테이션:B  디스크:B  슬롯:B  드라이브:B  카메라:BAR  센서:BAR
    CCTV:BAR  캠:BA  홈캠:BA
    충전기:BAR  콘센트:A  화구:BA  링:B  호기:B  에러:A  오류:A  세탁기:AR  건조기:AR
    냉장고:A  냉동고:A  모듈:A  패널:A  인버터:A  모니터:AR  컨베이어:AR  기계:AR
    오븐:AR  발효기:A  튀김기:A  화덕:A  에어컨:A  실외기:A  보일러:A  가습기:A  제습기:A
    프린터:AR  서버:AR  공유기:A  라우터:A  로봇:A  리프트:BAR
    세척기:AR  식세기:AR  청소기:AR  자판기:AR  선풍기:AR  정수기:AR  청정기:AR  환풍기:A
    온풍기:A  온수기:A  난로:A  인덕션:A  밥솥:A  레인지:A  에어프라이어:A  머신:AR  제빙기:A
    쇼케이스:AR  진열대:A  진열장:A  보온고:A  주방:A  컴프레서:A  압축기:A  모터:AR
    드론:AR  카트:AR  측정소:A  측정기:A  감지기:A  차단기:A  계량기:A  정산기:A  발권기:A
    복합기:A  스캐너:A  노트북:A  태블릿:A  급식기:A  어항:A  수족관:A
    도어:A  도어락:A  창문:A  셔터:A  커튼:A  블라인드:A  조명:AR  전등:A  스피커:AR  플러그:AR

    하우스:A  온실:A  축사:A  우사:A  우방:A  돈사:A  계사:A  창고:A  탱크:A  수조:A
    펌프:A  밸브:A  히터:A  급이기:A  급수기:A  스프링클러:A  노즐:A  과수원:A  농장:A  밭:A

    타석:BA  타자:A  선수:A  문항:A  항목:A  질문:A  보기:B  사진:A  영상:A  파일:A

    치아:A  어금니:A  사랑니:A  임플란트:A  크라운:A  신경치료:A  유닛:BAR  체어:BA
"""
LABEL_NOUNS: Final[dict[str, str]] = dict(entry.split(":") for entry in _TABLE.split())


# Syllables ending in ㄴ or ㄹ, as a verb's modifier does (갈아탄, 돌린, 울릴).
_MODIFIER_END: Final = (
    "[" + "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 in (4, 8)) + "]"
)


def label_nouns(flag: str, shortest: int = 1) -> str:
    """The nouns carrying `flag` (B, A or R) as one regex alternation, longest first."""
    words = (w for w, f in LABEL_NOUNS.items() if flag in f and len(w) >= shortest)
    return "|".join(sorted(words, key=len, reverse=True))


def named_after(flag: str) -> str:
    """The nouns with `flag` as they follow a number: alone, or ending a compound.

    3번 마을버스, 2번 급속충전기, 1번 활어 수조: a compound ending in a label noun of two
    syllables or more names the number too (but not 문, 방 of 3번 주문, 2번 추방, nor the
    noun after a verb's modifier: 3번 갈아탄 버스).
    """
    longer = label_nouns(flag, shortest=2)
    spaced = rf"[가-힣]{{1,3}}(?<!{_MODIFIER_END})\s(?:{longer})"
    return rf"(?:{label_nouns(flag)}|[가-힣]{{1,3}}(?:{longer})|{spaced})"


# 7호차 12D석, 3B석, 좌석 3D석: a seat's row number and letter are said apart (십이 디 석),
# never as a name (3D 쓰리디), a floor (12F 층) or a word (비석).
_SEAT_RE: Final = re.compile(r"(?<![0-9A-Za-z.,])([0-9]{1,3})\s?([A-K])(?=\s?석)")


def seats(text: str) -> str:
    """A seat's row and letter before 석, read apart before any pass can join them."""
    return _SEAT_RE.sub(lambda m: f"{sino(int(m[1]))} {m[2]} ", text)
