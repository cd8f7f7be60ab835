"""English inside Korean text: loanwords as Koreans say them, acronyms letter by letter."""

from __future__ import annotations

import re
from typing import Final

LETTERS: Final = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 "
        "더블유 엑스 와이 제트".split(),
        strict=True,
    )
)

# How Koreans say the English words a smart home, a phone or a car puts in a
# message.  One `word reading` pair per line; keys are lower case.
_TABLE: Final = """
access 액세스
account 어카운트
ac 에이씨
active 액티브
adapter 어댑터
air 에어
aircon 에어컨
alarm 알람
alert 얼럿
alexa 알렉사
all 올
amazon 아마존
android 안드로이드
app 앱
apple 애플
apps 앱스
arm 암
armed 암드
assistant 어시스턴트
auto 오토
automation 오토메이션
away 어웨이
backup 백업
bad 배드
band 밴드
battery 배터리
bed 베드
bell 벨
bixby 빅스비
blue 블루
bluetooth 블루투스
boost 부스트
box 박스
bulb 벌브
busy 비지
button 버튼
cafe 카페
call 콜
cam 캠
camera 카메라
car 카
card 카드
care 케어
charge 차지
charger 차저
charging 차징
chat 챗
check 체크
clean 클린
cleaner 클리너
clear 클리어
close 클로즈
closed 클로즈드
cloud 클라우드
code 코드
cold 콜드
comfort 컴포트
connect 커넥트
connected 커넥티드
cook 쿡
cool 쿨
cooling 쿨링
coupang 쿠팡
cpu 씨피유
cycle 사이클
dark 다크
data 데이터
day 데이
delivery 딜리버리
device 디바이스
dimmer 디머
disarm 디스암
disarmed 디스암드
display 디스플레이
done 던
door 도어
doorbell 도어벨
down 다운
download 다운로드
dry 드라이
dryer 드라이어
dust 더스트
e-mail 이메일
echo 에코
eco 에코
email 이메일
empty 엠티
energy 에너지
error 에러
event 이벤트
face 페이스
fail 페일
failed 페일드
fan 팬
filter 필터
finish 피니시
fire 파이어
firmware 펌웨어
free 프리
fresh 프레시
full 풀
galaxy 갤럭시
game 게임
garage 개러지
gas 가스
gate 게이트
gmail 지메일
good 굿
google 구글
green 그린
guest 게스트
hallway 홀웨이
heat 히트
heater 히터
heating 히팅
help 헬프
hi 하이
high 하이
home 홈
homekit 홈킷
hot 핫
hub 허브
hue 휴
humidifier 휴미디파이어
humidity 휴미디티
ice 아이스
id 아이디
info 인포
instagram 인스타그램
internet 인터넷
iphone 아이폰
ipad 아이패드
kakao 카카오
kakaotalk 카카오톡
key 키
kitchen 키친
lamp 램프
laptop 랩톱
level 레벨
light 라이트
lights 라이트
link 링크
live 라이브
living 리빙
lock 락
locked 락트
login 로그인
low 로우
mail 메일
main 메인
manual 매뉴얼
matter 매터
max 맥스
menu 메뉴
message 메시지
mini 미니
mode 모드
monitor 모니터
motion 모션
mute 뮤트
naver 네이버
nest 네스트
netflix 넷플릭스
network 네트워크
new 뉴
news 뉴스
night 나이트
no 노
normal 노멀
notification 노티피케이션
off 오프
offline 오프라인
ok 오케이
okay 오케이
on 온
online 온라인
open 오픈
outlet 아웃렛
oven 오븐
pack 팩
pad 패드
park 파크
parking 파킹
party 파티
pass 패스
password 패스워드
pause 포즈
pay 페이
phone 폰
philips 필립스
pin 핀
play 플레이
plug 플러그
plus 플러스
point 포인트
power 파워
premium 프리미엄
pro 프로
purifier 퓨리파이어
push 푸시
quick 퀵
ready 레디
reboot 리부트
red 레드
remote 리모트
reset 리셋
ring 링
rinse 린스
robot 로봇
room 룸
router 라우터
samsung 삼성
scene 신
schedule 스케줄
security 시큐리티
sensor 센서
server 서버
service 서비스
set 세트
setting 세팅
settings 세팅
shower 샤워
silent 사일런트
siri 시리
sleep 슬립
smart 스마트
smartthings 스마트싱스
smoke 스모크
soft 소프트
speaker 스피커
spin 스핀
standby 스탠바이
start 스타트
status 스테이터스
steam 스팀
stop 스톱
store 스토어
style 스타일
styler 스타일러
success 석세스
system 시스템
tag 태그
talk 톡
tesla 테슬라
test 테스트
thermostat 서모스탯
things 싱스
thinq 씽큐
thread 스레드
timer 타이머
tip 팁
today 투데이
turbo 터보
type 타입
unlock 언락
unlocked 언락트
up 업
update 업데이트
upgrade 업그레이드
vacuum 배큠
valve 밸브
wash 워시
washer 워셔
water 워터
welcome 웰컴
wi-fi 와이파이
wifi 와이파이
window 윈도
xiaomi 샤오미
youtube 유튜브
z-wave 지웨이브
zigbee 지그비
zone 존
"""

WORDS: Final = dict(line.split(" ", 1) for line in _TABLE.strip().splitlines())

# Abbreviations that end in a period, and acronyms not read letter by letter.
ABBREVIATIONS: Final = {
    "mr.": "미스터",
    "mrs.": "미시즈",
    "ms.": "미즈",
    "dr.": "닥터",
    "st.": "세인트",
    "vs.": "대",
    "etc.": "등",
}
_SPECIAL: Final = {"vs": "대", "ios": "아이오에스", "iot": "아이오티", "nasa": "나사"}

_CAMEL_RE: Final = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def spell(letters: str) -> str:
    """Spell Latin letters in Hangul, joined as Koreans say acronyms (엘이디)."""
    return "".join(LETTERS.get(c, "") for c in letters.lower())


def _word(part: str) -> str:
    """One run of letters: a known word, a CamelCase compound, or spelled."""
    key = part.lower()
    if key in _SPECIAL:
        return _SPECIAL[key]
    if key in WORDS:
        return WORDS[key]
    pieces = _CAMEL_RE.findall(part)
    if len(pieces) > 1 and all(p.lower() in WORDS for p in pieces):
        return "".join(WORDS[p.lower()] for p in pieces)
    return spell(part)


def latin(token: str) -> str:
    """Read a Latin token (Wi-Fi, A/S, LED, Google, xyz) in Hangul."""
    key = token.lower()
    if key in ABBREVIATIONS:
        return ABBREVIATIONS[key]
    if key in WORDS or key in _SPECIAL:
        return _word(token)
    parts = re.findall(r"[A-Za-z]+", token)
    if not parts:
        return ""
    if all(len(p) == 1 for p in parts):
        return spell("".join(parts))
    return " ".join(_word(p) for p in parts)
