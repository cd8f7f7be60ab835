"""Korean places in Latin letters: cities, counties, districts, provinces and sights.

A place name on a sign, an English message or a city hall's domain (www.pohang.go.kr) is
spelled in the Revised Romanization, which cannot be cut back into syllables for sure:
changwon is 창원 (not 찬권), namwon 남원 (not 나뭔), miryang 밀양, gangneung 강릉, and the
dictionary even has an English reading for pohang.  So the names are listed, with the
older spellings still on signs and in firms' names (pusan, taegu, kwangju, inchon).
"""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_romaja import place_name

_TABLE: Final = """
seoul 서울 busan 부산 pusan 부산 daegu 대구 taegu 대구 incheon 인천 inchon 인천 gwangju 광주
kwangju 광주 daejeon 대전 taejon 대전 ulsan 울산 sejong 세종 jeju 제주 cheju 제주

gyeonggi 경기 gangwon 강원 chungbuk 충북 chungnam 충남 jeonbuk 전북 jeonnam 전남 gyeongbuk 경북
gyeongnam 경남 chungcheong 충청 jeolla 전라 gyeongsang 경상 honam 호남 yeongnam 영남

suwon 수원 seongnam 성남 goyang 고양 yongin 용인 bucheon 부천 ansan 안산 anyang 안양
namyangju 남양주 hwaseong 화성 pyeongtaek 평택 uijeongbu 의정부 siheung 시흥 paju 파주
gimpo 김포 gwangmyeong 광명 gunpo 군포 hanam 하남 osan 오산 icheon 이천 anseong 안성
uiwang 의왕 yangju 양주 pocheon 포천 yeoju 여주 dongducheon 동두천 gwacheon 과천 guri 구리
gapyeong 가평 yangpyeong 양평 yeoncheon 연천 ilsan 일산 bundang 분당 pangyo 판교
dongtan 동탄 gwanggyo 광교 songdo 송도 cheongna 청라 yeongjongdo 영종도 ganghwa 강화

chuncheon 춘천 wonju 원주 gangneung 강릉 donghae 동해 taebaek 태백 sokcho 속초 samcheok 삼척
pyeongchang 평창 jeongseon 정선 hongcheon 홍천 yangyang 양양 cheorwon 철원

cheongju 청주 chungju 충주 jecheon 제천 cheonan 천안 gongju 공주 boryeong 보령 asan 아산
seosan 서산 nonsan 논산 gyeryong 계룡 dangjin 당진 taean 태안 buyeo 부여 yuseong 유성

jeonju 전주 gunsan 군산 iksan 익산 jeongeup 정읍 namwon 남원 gimje 김제 muju 무주 gochang 고창
mokpo 목포 yeosu 여수 suncheon 순천 naju 나주 gwangyang 광양 damyang 담양 boseong 보성
haenam 해남 wando 완도 jindo 진도 yeonggwang 영광

pohang 포항 gyeongju 경주 kyungju 경주 gimcheon 김천 andong 안동 gumi 구미 yeongju 영주
yeongcheon 영천 sangju 상주 mungyeong 문경 gyeongsan 경산 uljin 울진 ulleung 울릉 ulleungdo 울릉도
dokdo 독도 changwon 창원 masan 마산 jinhae 진해 jinju 진주 tongyeong 통영 sacheon 사천
gimhae 김해 miryang 밀양 geoje 거제 yangsan 양산 namhae 남해 hadong 하동 geochang 거창

seogwipo 서귀포 hallasan 한라산 seongsan 성산 udo 우도 jungmun 중문 aewol 애월 hyeopjae 협재

gangnam 강남 gangdong 강동 gangbuk 강북 gangseo 강서 gwanak 관악 gwangjin 광진 guro 구로
geumcheon 금천 nowon 노원 dobong 도봉 dongdaemun 동대문 dongjak 동작 mapo 마포
seodaemun 서대문 seocho 서초 seongdong 성동 seongbuk 성북 songpa 송파 yangcheon 양천
yeongdeungpo 영등포 yongsan 용산 eunpyeong 은평 jongno 종로 junggu 중구 jungnang 중랑
haeundae 해운대 suyeong 수영 gijang 기장 seomyeon 서면 gwangalli 광안리 nampo 남포
suseong 수성 dalseo 달서 centum 센텀

myeongdong 명동 hongdae 홍대 itaewon 이태원 insadong 인사동 jamsil 잠실 yeouido 여의도
sinchon 신촌 apgujeong 압구정 cheongdam 청담 sangam 상암 magok 마곡 gwanghwamun 광화문
jungang 중앙 namsan 남산 bukhansan 북한산 seoraksan 설악산 jirisan 지리산 gyeongbokgung 경복궁
"""
_WORDS: Final = _TABLE.split()
PLACES: Final[dict[str, str]] = dict(zip(_WORDS[::2], _WORDS[1::2], strict=True))


# The kinds of place a Revised Romanization address writes after a hyphen (Haean-ro,
# Icheon-si, Majang-myeon, Gyeonggi-do), said glued to the name as on a Korean sign.
_KINDS: Final = {
    "daero": "대로", "ro": "로", "gil": "길", "si": "시", "gun": "군", "gu": "구", "dong": "동",
    "eup": "읍", "myeon": "면", "ri": "리", "do": "도",
}  # fmt: skip
_KIND_RE: Final = re.compile(
    # (a vowel alone is a syllable too: U-dong 우동)
    rf"(?<![A-Za-z-])((?:[A-Z][a-z]+|[AEIOU])(?:-[a-z]+)*)-({'|'.join(_KINDS)})(?![A-Za-z-])"
    # 12beon-gil 십이번길, 5-gil 오길
    r"|(?<![0-9A-Za-z])([0-9]+)\s?(?i:(beon)?-?gil)(?![A-Za-z])"
)


def romanised_places(text: str) -> str:
    """Teheran-ro 152 테헤란로, Icheon-si 이천시, 12beon-gil 12번길, 5-gil 5길: Korean places."""

    def read(m: re.Match[str]) -> str:
        if m[3]:
            return f"{m[3]}{'번길' if m[4] else '길'}"
        if whole := PLACES.get(f"{m[1]}{m[2]}".lower()):
            return whole  # Jung-gu 중구, not the name syllable 정 of Jung
        # Jungmun-gwangwang-ro 중문관광로: a name of several words, each romanised
        name = "".join(PLACES.get(w.lower()) or place_name(w) or w for w in m[1].split("-"))
        return name + _KINDS[m[2]]

    return _KIND_RE.sub(read, text)
