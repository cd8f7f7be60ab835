"""What the words around a Korean count say about it: people, labels, bundles, ages."""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_labels import label_nouns, named_after

# The people word sits right before the count (손님 4분, 고객님 2분): further
# away, 30분 is minutes even in a sentence about guests.
PEOPLE: Final = re.compile(
    r"(?:손님|고객|방문객|방문자|어르신|어른|성인|어린이|아이|인원|가족|사람|회원|환자|참석자|"
    r"직원|게스트|분들|일행|승객|학부모|보호자|부모님|신청자|대상자)(?:님|들|님들)?\s?$"
)
# 학부모 상담 4분, 손님 예약 3분: a few (under
# ten) people for a meeting or visit, when no length of time follows.
PEOPLE_MEETING: Final = re.compile(
    PEOPLE.pattern.replace(r"\s?$", r"\s?(?:상담|면담|방문|예약|신청|접수)\s?$")
)
# 좌석 12, G열 3, 2반 5번: a label noun (ko_labels) or a row, class or floor names the count.
LABEL_BEFORE: Final = re.compile(
    rf"(?:{label_nouns('B')}|[0-9]반|정답[은는이]?|답은?|[A-Z0-9](?:열|행)|[0-9]\s?층)"
    r"\s?[\])]?\s?$"  # [수조 센서] 1번: the label word may close a bracket
)
# G열 12, 13번: the counts listed before the last share the label word before them.
_LISTED: Final = re.compile(r"(?:[0-9]{1,4}\s?(?:,|과|와|이랑|하고|또는)\s?)+$")


def labelled(before: str) -> bool:
    """Does a label word (좌석, G열, 출구) name the count after `before`, or a list's last?"""
    return bool(LABEL_BEFORE.search(_LISTED.sub("", before)))


# [2번 분쇄기] 작동 중, [3번]: a bracket that opens on the count is a sender's or a device's
# name, so the count names it (이 번), whatever noun follows inside.
_HEADER_AFTER: Final = re.compile(r"[^\[\]\n]{0,24}\]")


def bracketed(before: str, after: str) -> bool:
    """Does the count open a bracketed header ([2번 오븐], [1번 라인])?"""
    return before.rstrip().endswith("[") and bool(_HEADER_AFTER.match(after))


LABEL_AFTER: Final = re.compile(
    rf"\s?(?:{named_after('A')}|"
    r"방(?![가-힣])|방(?:에|으로|에서|은|이)|입력(?:으로|단자|에)|"  # not 방법, 입력하세요
    r"을|를|으로|은|의|선택|"  # 3번을 누르세요, 2번 선택: the option is named
    # 현재 18번 호출 중, 12번 진료 중, 5번 차례: a queue number
    r"호출\s?중|호출합니다|손님께서|(?:진료|상담|검사|접수|처리)\s?중|차례|"
    # 11번 3분 후 도착, 472번 곧 도착: a bus or a train by its route number
    r"(?:(?:[0-9]+|[일이삼사오육칠팔구십]+)\s?분\s?(?:후|뒤)|곧|잠시\s?후)\s?(?:도착|출발|정차|진입)|"
    r"(?:도착|출발|진입)\s?(?:예정|합니다|중))"  # but 택배가 3번 도착했어요: three times
)
# 3번 엘리베이터 점검 중, 2번 이용하세요: once a count has named a place or thing, a later
# one that is used, taken or said to work names one too (이 번), not a number of times.
_LABEL_SEEN: Final = re.compile(rf"[0-9]\s?번\s?{named_after('R')}")
_USED_AFTER: Final = re.compile(
    r"\s?(?:이용|사용|으로|로(?![가-힣])|쪽|은|는|도|만|운행|정상|가능|이나|또는|에서|에 )"
)


# 셔틀버스 1번 08:40, 2번 08:55: a 번 opening the next item of a list whose first was a label.
_LABEL_LISTED: Final = re.compile(
    rf"(?:(?:{label_nouns('B')})\s?[0-9]+\s?번|[0-9]\s?번\s?(?:{named_after('A')}|{named_after('R')}))"
    r"[^.!?\n]*,\s?$"  # 1번 하우스 25도, 2번 23도, 3번 27도: every later item
)


def label_again(before: str, after: str) -> bool:
    """Is this 번 the same kind of label as one named earlier in the message?"""
    return bool(
        (_LABEL_SEEN.search(before) and _USED_AFTER.match(after)) or _LABEL_LISTED.search(before)
    )


# 냉동고 2번 영하 칠십 도, 리뷰어 2번 코멘트가: a count right after a bare noun and followed
# by a reading or by the clause's subject is that noun's number; a count of times goes after
# the subject, right before its verb (코멘트가 두 번 왔어요), or after a word of time (하루 3번).
_BARE_NOUN: Final = re.compile(r"(?<![가-힣A-Za-z])([가-힣A-Za-z]{2,})\]?\s$")
_NOT_A_THING: Final = re.compile(
    r"[가-힣]*(?:이|가|을|를|은|는|에|도|만|로|께|한테|랑|와|과|의|씩|마다|까지|부터|동안|사이|간)|"
    r"오늘|어제|그제|그저께|내일|모레|하루|아까|방금|벌써|이미|모두|전부|최근|지난주|지난달|올해|"
    r"작년|이번|매일|매주|매달|평소|다시|계속|연속|연달아|각각|최대|최소|대략|겨우|무려|요즘|"
    r"아침|점심|저녁|새벽|오전|오후|밤새|주말|평일|여태|이제|매번|가끔|자주|보통|종일|일주일|한번|"
    r"(?:이번|지난|올|작)[가-힣]*|[가-힣]*(?:주|달|년)"  # 이번주 2번 고장, 한달 3번: times
)
_READING: Final = (
    r"(?:(?:영하|마이너스|플러스)\s|[-+−]?[0-9]+(?:\.[0-9]+)?\s?(?:도|℃|°|%)"
    r"|[일이삼사오육칠팔구십백천]+(?:\s점\s[영공일이삼사오육칠팔구]+)?\s(?:도|퍼센트|프로)(?![가-힣]))"
)
# What a numbered thing has and a count of times never names: 수조 3번 산소 부족, 리뷰어 2번
# 코멘트 반영.
_PROPERTY: Final = (
    r"(?:(?:온도|습도|수온|수위|수질|산소|염도|배터리|전원|필터|상태|압력|전압|전류|유량|풍량|잔량|용량|"
    r"재고|코멘트|의견|답변|답|정답|점수|설정|모드|표시등|램프|밸브|도어|창문|진동|소음|슬라이드|"
    r"상자|포장|모델|옵션|용지|토너|잉크)(?:[가이은는을를의도에]|로|으로|\s|$|[,.!?])"
    # 펌프 2번 고장, 상담원 3번 연결: the state of the thing numbered (but 연결 실패 counts tries)
    r"|(?:고장|오류|에러|점검|정지|작동|가동|누수|막힘|불량|꺼짐|켜짐|열림|닫힘"
    r"|(?:사용|이용)\s?(?:중|가능|불가)"  # 세탁기 2번 사용 중: a laundry room's machine
    r"|연결(?!\s?(?:실패|시도|끊|안|오류|에러|불량)))(?:[가이은는을를의도에]|로|으로|중|\s|$|[,.!?]))"
)
# [냉동고 1번] 영하 십오 도, 쇼케이스 2번 온도 팔 도: a bracket closing on the count, a
# reading (after at most two words naming what is read), or a property right after it.
_THING_AFTER: Final = re.compile(
    rf"\]|\s(?:[가-힣]{{1,4}}\s){{0,2}}{_READING}|\s{_PROPERTY}"
    r"|\s(?!(?:같|많|깊|높|빨|없|길|작|적|크|멀|헛)이)[가-힣]+[가의이](?:\s|$|[,.!?])"
)


def numbered_thing(before: str, after: str) -> bool:
    """Is N번 after a bare noun that noun's number (냉동고 2번 영하 칠십 도)?"""
    m = _BARE_NOUN.search(before)
    return bool(m and not _NOT_A_THING.fullmatch(m[1]) and _THING_AFTER.match(after))


# 펌프 1번 2번 모두 정상, 수조 3번, 4번: numbers listed after a thing's name are its labels
# (but 3번 4번 말해도, with no thing named, counts times).
_LIST_NEXT: Final = re.compile(r"\s?(?:,|과|와|이랑|하고|또는|및)?\s?[0-9]{1,4}\s?번(?!째)")
_LIST_SO_FAR: Final = re.compile(
    r"(?<![가-힣A-Za-z])([가-힣A-Za-z]{2,})\s(?:[0-9]{1,4}\s?번\s?(?:,|과|와|이랑|하고|또는|및)?\s?)*$"
)


def listed_things(before: str, after: str) -> bool:
    """Is this 번 an item of a list of numbers after a thing's name (펌프 1번 2번)?"""
    m = _LIST_SO_FAR.search(before)
    return bool(
        m
        and not _NOT_A_THING.fullmatch(m[1])
        and (_LIST_NEXT.match(after) or re.search(r"[0-9]\s?번\s?\S{0,3}\s?$", before))
    )


# 3번 반복, 버스 3번 갈아타기: what is done so many times, even after a label word.
TIMES_AFTER: Final = re.compile(
    r"\s?(?:반복|시도|재시도|실패|틀|눌|누르|울렸|울림|울려|깜빡|방문|갈아타|연속|더|이상|씩|정도|만에)"
)
# 선생님 2분 상담: right after a title with 님 분 counts people, unless a length of time follows.
HONORED: Final = re.compile(r"님\s?$")
NOT_PEOPLE_AFTER: Final = re.compile(
    r"\s?(?:후|뒤|전|동안|간|만|이내|정도|남|째|쯤|경과|소요|지연|늦|걸|마다|이상|이하|내|안에|거리)"
)

# 24시간 운영, 24시간 +4.7%: round the clock or a rolling window is 이십사 시간.
ROUND_CLOCK: Final = re.compile(
    r"\s?(?:[+-]|마이너스|플러스|\)|365|연중|운영|영업|편의점|상담|무인|가동|개방|모니터링|감시|관제|변동|거래|"
    r"주차|이용|접수|콜센터|케어|돌봄|배송|오픈|응급|진료|보안|경비|녹화|상시|기준|내내|언제든|"
    r"고객센터|센터|출동|긴급|상주|서비스|운행|뉴스|방송|근무|당직|약국|병원|마트|매장|빨래방|"
    r"헬스장|충전소|핫라인|신고|가능|문의|대기)"
)
# 주차 가능 24시간, 연중무휴 24시간: open or allowed round the clock.
_ROUND_BEFORE: Final = re.compile(r"(?:가능|운영|영업|개방|오픈|상시|연중무휴)\s?$")


def round_clock(n: int | None, unit: str, before: str, after: str) -> bool:
    """Is N시간 or N시 a span over a day or round the clock (이십사 시간 운영, 24시 응급)?"""
    if n is None or n < 24:
        return False
    if n > 24:
        return unit == "시간"
    if unit == "시" and not re.match(r"\s?[가-힣]", after):
        return False  # 19~24시: the end of a day's span, 스물네 시
    return bool(ROUND_CLOCK.match(after) or _ROUND_BEFORE.search(before))


# Parties in a queue, a booking, a check-in or a contest are counted natively (앞에 네
# 팀, 두 팀 입장, 체크인 세 팀, 결승 진출 두 팀); 영업 2팀 stays a department.
WAITING: Final = re.compile(
    r"(?:앞에|앞으로|대기|총|손님|예약|남은|방문|현재|오늘|내일|체크인|입실|퇴실|투숙|숙박|참가|참여|"
    r"진출|결승|본선|예선|모두|전체)\s?$"
)
WAITING_AFTER: Final = re.compile(
    r"(?:이|가|만|이나)?\s?(?:남|대기|입장|예약|방문|기다|앞|더|씩|정도|쯤|손님|체크인|입실|퇴실|"
    r"투숙|참가|참여|진출|확정|탈락|통과|모집|선착순)"
)
# 참가자 중 40대가: in a message about people, a round 대 is an age bracket (사십 대), unless
# vehicles or devices are counted.
AGES: Final = re.compile(
    r"^(?!.*(?:차량|차가|주차|대수|기기|충전기|컴퓨터|PC|TV|카메라|에어컨|택시|버스))"
    r".*(?:참가자|응답자|연령|나이|세대|고객|회원|남녀|시청자|참석자|가입자|구매자|사용자|이용자|환자|인구)",
    re.S,
)
AGE_AFTER: Final = re.compile(
    r"\s?(?:남성|여성|남자|여자|초반|중반|후반|이상|이하|고객|사용자|부부|가구|청년|직장인|주부|때(?!문)|시절)"
)
# 스크린골프 82개 쳤다, 라운딩 95개: a round of golf is scored in strokes, said in Sino
# numerals like 타 (팔십이 개); balls hit at a range (연습장 공 80개 쳤다) are counted.
_GOLF: Final = re.compile(r"골프|라운딩|라운드|필드|(?<![가-힣])18홀")
_GOLF_AFTER: Final = re.compile(r"\s?(?:쳤|치|깼|깨|나왔|기록|으로|로|$|[,.!?ㅋㅎ])")


def golf_score(n: int | None, before: str, after: str) -> bool:
    """Is N개 a golf score (팔십이 개 쳤다) rather than so many balls?"""
    return bool(
        n is not None
        and 55 <= n <= 150
        and _GOLF.search(before[-40:])
        and not re.search(r"(?:공|볼|연습장|타석)[^.,!?]{0,6}$", before)
        and _GOLF_AFTER.match(after)
    )


# Households moving in or out are counted natively while few (전입 두 세대, 한 층에 네 세대);
# elsewhere 2세대 is a generation (에어팟 이 세대) and 1,248세대 a sum.
HOUSEHOLDS: Final = re.compile(r"(?:전입|전출|입주|퇴거|이사|공실|빈집|층당|층에)\s?$")

# 32A is amperes only in a message about electricity; 좌석 5A, 2호차 5A are seats.
ELECTRIC: Final = re.compile(
    r"전류|충전|암페어|차단기|전압|볼트|와트|전력|콘센트|플러그|케이블|어댑터|배터리|퓨즈|누전|"
    r"[0-9]\s?(?:V|W|kW)(?![A-Za-z])"
)

# 스쿼트 3세트, 선물 2세트: sets are counted natively (세 세트), but in a match 3세트 is
# the third set, a label (삼 세트).
MATCH_SETS: Final = re.compile(
    r"스코어|경기|승리|승부|이겼|졌|듀스|타이브레이크|배구|테니스|탁구|배드민턴|결승|리그|게임|선수|"
    r"[0-9]\s?:\s?[0-9]| 대 |득점|매치|풀세트|[0-9]세트(?:를|에서)? (?:따|내주|잡)"
)


CODE_CONTEXT: Final = re.compile(
    r"(?:번호|코드|송장|인증|내선|비번|암호|PIN|핀|No\.?|넘버|ID|아이디|OTP)(?:는|은|가|이|를|을)?\s?:?\s?"
    r"[\[(]?(?:[0-9]+[\s-])*$"
)

# 인증번호 123 일이삼: a secret code is spelled even when it is short, and after the
# words that change or hand it over (비번 바꿨어 4829, 비밀번호 변경 완료: 4829).
SECRET: Final = re.compile(
    r"(?:인증\s?번호|비밀\s?번호|비번|암호|인증\s?코드|코드|OTP|PIN|핀|내선|끝\s?자리|뒷\s?자리|앞\s?자리)"
    r"(?:는|은|가|이|를|을)?(?:\s(?:[가-힣]+\s)?(?:변경|바꿨|바꿈|바꾼|바뀌|바뀜|재설정|설정|발급|알려)"
    r"[가-힣]*(?:\s(?:완료|됨)[가-힣]*)?)?\s?:?\s?[\[(]?$"
)
