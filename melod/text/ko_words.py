"""English inside Korean text: loanwords as Koreans say them, acronyms letter by letter."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from melod.text import cmu
from melod.text.ko_numbers import words
from melod.text.ko_places import PLACES
from melod.text.ko_romaja import looks_romanised, romaja
from melod.text.ko_translit import transliterate

LETTERS: Final = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        words(
            "에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 "
            "더블유 엑스 와이 제트"
        ),
        strict=True,
    )
)


# bánh mì, café, José, phở: a Latin letter
# with an accent is read as the bare letter (banh mi 반미, cafe 카페), never spelled apart.
def _unaccented() -> dict[str, str]:
    table = {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l"}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        bare = "".join(
            c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c)
        )
        if bare != chr(code) and bare.isascii() and bare.isalpha():
            table[chr(code)] = bare
    return table


ACCENTS: Final = _unaccented()

# How Koreans say the English words a smart home, a phone or a car puts in a
# message.  One `word reading` pair per line; keys are lower case.
_TABLE: Final = """
a 어
ac 에이씨
academy 아카데미
access 액세스
accessory 액세서리
account 어카운트
ace 에이스
acetaminophen 아세트아미노펜
active 액티브
adapter 어댑터
addon 애드온
address 어드레스
adidas 아디다스
admin 어드민
adventure 어드벤처
afreecatv 아프리카티비
afternoon 애프터눈
again 어게인
air 에어
airbnb 에어비앤비
aircon 에어컨
airdresser 에어드레서
airfryer 에어프라이어
airpods 에어팟
aladin 알라딘
alarm 알람
alba 알바
alert 얼럿
alexa 알렉사
aliexpress 알리익스프레스
all 올
allergy 알레르기
alpha 알파
amazon 아마존
america 아메리카
amex 아멕스
amorepacific 아모레퍼시픽
ampere 암페어
anaconda 아나콘다
and 앤드
android 안드로이드
angel 엔젤
anker 앤커
apartment 아파트먼트
app 앱
apple 애플
appliance 어플라이언스
appointment 어포인트먼트
apps 앱스
apt 아파트
aqara 아카라
aqua 아쿠아
aquarium 아쿠아리움
arduino 아두이노
arena 아레나
arlo 알로
arm 암
armed 암드
aroma 아로마
arrival 어라이벌
arrived 어라이브드
art 아트
as 애즈
ascii 아스키
asia 아시아
asset 에셋
assist 어시스트
assistant 어시스턴트
asus 에이수스
at 앳
atelier 아틀리에
attic 애틱
auction 옥션
audi 아우디
audio 오디오
auto 오토
automation 오토메이션
autopilot 오토파일럿
available 어베일러블
away 어웨이
awning 어닝
baby 베이비
back 백
backup 백업
bad 배드
baemin 배민
bag 백
balance 밸런스
balcony 발코니
banana 바나나
band 밴드
bangkok 방콕
banh 반
banhmi 반미
bank 뱅크
bar 바
baram 바람
barcelona 바르셀로나
baseball 베이스볼
basement 베이스먼트
basic 베이직
basket 바스켓
basketball 바스켓볼
baskinrobbins 배스킨라빈스
bass 베이스
bathroom 배스룸
battery 배터리
bay 베이
bears 베어스
beats 비츠
bed 베드
bedroom 베드룸
belkin 벨킨
bell 벨
benz 벤츠
bespoke 비스포크
best 베스트
beta 베타
bexco 벡스코
bidet 비데
big 빅
bill 빌
bin 빈
binance 바이낸스
binggrae 빙그레
bio 바이오
birthday 버스데이
bit 비트
bitcoin 비트코인
bithumb 빗썸
bixby 빅스비
blanket 블랭킷
blind 블라인드
blinds 블라인드
blink 블링크
blue 블루
bluelink 블루링크
bluetooth 블루투스
body 바디
boiler 보일러
bom 봄
booking 부킹
boost 부스트
bosch 보쉬
bose 보스
boss 보스
boston 보스턴
bottom 보텀
box 박스
boxing 복싱
braun 브라운
breakfast 브렉퍼스트
breaking 브레이킹
bridge 브리지
bright 브라이트
brightness 브라이트니스
broadband 브로드밴드
bucket 버킷
buds 버즈
buffet 뷔페
bulb 벌브
bunjang 번장
burger 버거
burrito 부리토
bus 버스
busan 부산
business 비즈니스
busy 비지
button 버튼
by 바이
bye 바이
cabinet 캐비닛
cafe 카페
caffeine 카페인
calendar 캘린더
call 콜
calorie 칼로리
cam 캠
camera 카메라
canada 캐나다
cancel 캔슬
caps 캡스
captain 캡틴
captcha 캡차
car 카
carbon 카본
card 카드
care 케어
career 커리어
carrier 캐리어
cashback 캐시백
casio 카시오
casual 캐주얼
cat 캣
cebu 세부
celltrion 셀트리온
celtics 셀틱스
ceramic 세라믹
certificate 서티피킷
chachacha 차차차
challenge 챌린지
champions 챔피언스
chanel 샤넬
channel 채널
charge 차지
charger 차저
charging 차징
chat 챗
chatgpt 챗지피티
check 체크
checkin 체크인
checkout 체크아웃
chevrolet 쉐보레
chicken 치킨
chocolate 초콜릿
choi 최
chris 크리스
christmas 크리스마스
chrome 크롬
cinema 시네마
circuit 서킷
cjonstyle 씨제이온스타일
class 클래스
clean 클린
cleaner 클리너
cleaning 클리닝
clear 클리어
clien 클리앙
climate 클라이밋
clock 클록
close 클로즈
closed 클로즈드
closet 클로젯
cloud 클라우드
cloudy 클라우디
clova 클로바
club 클럽
code 코드
coex 코엑스
coffee 커피
cold 콜드
collection 컬렉션
color 컬러
comfort 컴포트
comma 콤마
commerce 커머스
commute 커뮤트
complete 컴플리트
completed 컴플리티드
compost 컴포스트
conditioner 컨디셔너
confirm 컨펌
confluence 컨플루언스
connect 커넥트
connected 커넥티드
connection 커넥션
consumption 컨섬프션
context 컨텍스트
contract 컨트랙트
contractor 컨트랙터
control 컨트롤
cook 쿡
cooker 쿠커
cool 쿨
cooling 쿨링
copilot 코파일럿
copy 카피
cordzero 코드제로
corp 코프
cosmetic 코스메틱
cosmos 코스모스
cotton 코튼
coupang 쿠팡
coupon 쿠폰
course 코스
cover 커버
coway 코웨이
cpu 씨피유
critical 크리티컬
cuckoo 쿠쿠
cuda 쿠다
cup 컵
current 커런트
curtain 커튼
custom 커스텀
customs 커스텀스
cut 컷
cyan 시안
cycle 사이클
cycling 사이클링
daangn 당근
dad 대드
daegu 대구
daejeon 대전
daikin 다이킨
daily 데일리
daiso 다이소
dark 다크
dashcam 대시캠
data 데이터
date 데이트
daum 다음
day 데이
days 데이즈
deadline 데드라인
defrost 디프로스트
dehumidifier 디휴미디파이어
delicate 델리킷
delivered 딜리버드
delivery 딜리버리
delonghi 드롱기
deluxe 디럭스
dental 덴탈
departure 디파처
deposit 디파짓
descale 디스케일
design 디자인
detect 디텍트
detected 디텍티드
detergent 디터전트
dev 데브
device 디바이스
devices 디바이스
devops 데브옵스
dgist 디지스트
diamond 다이아몬드
diet 다이어트
diffuser 디퓨저
dim 딤
dimmer 디머
dining 다이닝
dinner 디너
dinos 다이노스
dios 디오스
direct 다이렉트
disable 디스에이블
disarm 디스암
disarmed 디스암드
disconnected 디스커넥티드
discount 디스카운트
dish 디시
dishwasher 디시워셔
disney 디즈니
display 디스플레이
distance 디스턴스
django 장고
doc 닥
dock 독
docs 독스
doctor 닥터
document 도큐먼트
documents 도큐먼트
dodgers 다저스
dog 도그
doll 돌
done 던
door 도어
doorbell 도어벨
doorlock 도어락
dot 닷
dow 다우
down 다운
download 다운로드
downtime 다운타임
dragon 드래곤
dram 디램
draw 드로
dreame 드리미
dropbox 드롭박스
dropoff 드롭오프
dry 드라이
dryer 드라이어
dual 듀얼
dubai 두바이
duckdns 덕디엔에스
duolingo 듀오링고
dust 더스트
dyson 다이슨
e-mail 이메일
e-tron 이트론
eagles 이글스
earbuds 이어버즈
early 얼리
ebay 이베이
echo 에코
eco 에코
ecobee 에코비
ecovacs 에코백스
edge 엣지
ediya 이디야
edu 에듀
education 에듀케이션
egg 에그
electrolux 일렉트로룩스
element 엘리먼트
elevator 엘리베이터
elite 엘리트
email 이메일
emart 이마트
emerald 에메랄드
emergency 이머전시
empty 엠티
enable 인에이블
end 엔드
energy 에너지
engine 엔진
entrance 엔트런스
enuri 에누리
episode 에피소드
error 에러
esim 이심
esphome 이에스피홈
essence 에센스
estate 에스테이트
ethereum 이더리움
etoos 이투스
eufy 유피
europe 유럽
evening 이브닝
event 이벤트
excel 엑셀
exit 엑시트
ezviz 이지비즈
face 페이스
fail 페일
failed 페일드
failure 페일러
family 패밀리
fan 팬
fantastic 판타스틱
fantasy 판타지
farm 팜
fast 패스트
feeder 피더
ferrari 페라리
filter 필터
final 파이널
finals 파이널스
finance 파이낸스
finish 피니시
finished 피니시드
fire 파이어
firefox 파이어폭스
firmware 펌웨어
fit 핏
fitbit 핏빗
fitness 피트니스
flask 플라스크
flight 플라이트
flip 플립
flood 플러드
fluid 플루이드
fly 플라이
focus 포커스
foggy 포기
fold 폴드
food 푸드
foot 풋
football 풋볼
for 포
force 포스
forecast 포캐스트
forklift 포크리프트
fountain 파운틴
france 프랑스
free 프리
freeze 프리즈
freezer 프리저
fresh 프레시
friday 프라이데이
fridge 프리지
from 프롬
front 프런트
frost 프로스트
fryer 프라이어
fuel 퓨얼
fukuoka 후쿠오카
full 풀
fun 펀
fund 펀드
gadget 가젯
galaxy 갤럭시
game 게임
gangnam 강남
garage 개러지
garden 가든
garmin 가민
gas 가스
gasket 가스켓
gate 게이트
gateway 게이트웨이
gazebo 가제보
genesis 제네시스
genie 지니
geo 지오
geofence 지오펜스
geofencing 지오펜싱
geolocation 지오로케이션
germany 독일
get 겟
giants 자이언츠
gigabyte 기가바이트
gist 지스트
github 깃허브
gitlab 깃랩
glogis 글로지스
gmail 지메일
gmarket 지마켓
go 고
goal 골
gold 골드
golf 골프
golfzon 골프존
goobne 굽네
good 굿
goodbye 굿바이
goodnight 굿나잇
google 구글
gourmet 고메
gpu 지피유
grande 그랑데
grandma 그랜마
grandpa 그랜파
green 그린
grid 그리드
group 그룹
groups 그룹스
guam 괌
guard 가드
gucci 구찌
guest 게스트
gwangju 광주
gym 짐
hagwon 학원
haier 하이얼
hair 헤어
haitai 해태
hakwon 학원
half 하프
hall 홀
hallway 홀웨이
hana 하나
hanger 행거
hanoi 하노이
hanssem 한샘
hardware 하드웨어
hauzen 하우젠
hawaii 하와이
head 헤드
headlight 헤드라이트
headline 헤드라인
headset 헤드셋
health 헬스
heart 하트
heat 히트
heater 히터
heating 히팅
heavy 헤비
hello 헬로
help 헬프
herb 허브
hero 히어로
heroes 히어로즈
hey 헤이
hi 하이
high 하이
hisense 하이센스
hit 히트
hitachi 히타치
hmall 에이치몰
hogangnono 호갱노노
holiday 홀리데이
home 홈
homekit 홈킷
homeplus 홈플러스
homepod 홈팟
homerun 홈런
homework 홈워크
homey 호미
honda 혼다
honor 아너
hood 후드
hose 호스
hot 핫
hotdog 핫도그
hotel 호텔
hotspur 홋스퍼
hottub 핫텁
hour 아워
hours 아워스
house 하우스
huawei 화웨이
hub 허브
hue 휴
humidifier 휴미디파이어
humidity 휴미디티
hut 헛
hyundai 현대
ibuprofen 이부프로펜
ice 아이스
icecream 아이스크림
id 아이디
idle 아이들
ikea 이케아
illuminance 일루미넌스
imax 아이맥스
in 인
incheon 인천
index 인덱스
induction 인덕션
inflearn 인프런
info 인포
inn 인
inning 이닝
instagram 인스타그램
install 인스톨
installed 인스톨드
insulin 인슐린
insurance 인슈어런스
insure 인슈어
integration 인티그레이션
inter 인터
interior 인테리어
internet 인터넷
inverter 인버터
invite 인바이트
ioniq 아이오닉
ionizer 이오나이저
ipad 아이패드
iphone 아이폰
iptime 아이피타임
irobot 아이로봇
iron 아이언
iros 아이로스
irrigation 이리게이션
is 이즈
island 아일랜드
it 잇
italy 이탈리아
jacuzzi 자쿠지
jam 잼
james 제임스
javascript 자바스크립트
jeep 지프
jeju 제주
jenkins 젠킨스
jenny 제니
jet 제트
jetbot 제트봇
jewel 주얼
job 잡
jobs 잡스
john 존
journaling 저널링
joy 조이
json 제이슨
juice 주스
jupyter 주피터
kaist 카이스트
kakao 카카오
kakaobank 카카오뱅크
kakaopay 카카오페이
kakaotalk 카카오톡
kanu 카누
kbank 케이뱅크
kepco 켑코
kettle 케틀
key 키
keyfob 키포브
kia 기아
kid 키드
kids 키즈
kim 킴
kintex 킨텍스
kit 키트
kitchen 키친
kiturami 귀뚜라미
koica 코이카
kolon 코오롱
korail 코레일
korea 코리아
kosdaq 코스닥
kospi 코스피
kotra 코트라
kream 크림
kubernetes 쿠버네티스
kumho 금호
kurly 컬리
kyoto 교토
lab 랩
label 라벨
labs 랩스
lakers 레이커스
lamborghini 람보르기니
lamp 램프
lan 랜
land 랜드
landers 랜더스
lap 랩
laptop 랩톱
last 라스트
laundry 런드리
law 로
lead 리드
league 리그
leak 리크
learn 런
led 엘이디
lee 리
left 레프트
legend 레전드
lego 레고
lenovo 레노버
lesson 레슨
let 렛
lets 렛츠
letter 레터
level 레벨
light 라이트
lights 라이트
line 라인
link 링크
linkedin 링크드인
linux 리눅스
lions 라이온즈
lite 라이트
live 라이브
livein 리브인
living 리빙
loan 론
lobby 로비
local 로컬
lock 락
locked 락트
lodge 로지
login 로그인
logis 로지스
logistics 로지스틱스
logitech 로지텍
logout 로그아웃
london 런던
lord 로드
lose 루즈
lotte 롯데
lotteon 롯데온
lounge 라운지
low 로우
lunch 런치
luxury 럭셔리
mac 맥
macbook 맥북
machine 머신
madrid 마드리드
magenta 마젠타
mail 메일
mailbox 메일박스
main 메인
manager 매니저
mango 망고
mania 마니아
manila 마닐라
manual 매뉴얼
map 맵
maps 맵스
marathon 마라톤
marina 마리나
marine 마린
market 마켓
marshall 마샬
mart 마트
mask 마스크
massage 마사지
master 마스터
mastercard 마스터카드
match 매치
matrix 매트릭스
matter 매터
max 맥스
mcdonald 맥도날드
mcdonalds 맥도날드
med 메드
medium 미디엄
meet 미트
meeting 미팅
melod 멜로드
melon 멜론
mentor 멘토
menu 메뉴
mercedes 메르세데스
mesh 메시
message 메시지
messenger 메신저
meter 미터
mi 미
michael 마이클
microsoft 마이크로소프트
microwave 마이크로웨이브
midi 미디
miele 밀레
mil 밀
mileage 마일리지
mineral 미네랄
mini 미니
minute 미닛
minutes 미니츠
miss 미스
mix 믹스
mobile 모바일
mode 모드
model 모델
modem 모뎀
moderate 모더레이트
mom 맘
monday 먼데이
money 머니
mongodb 몽고디비
monitor 모니터
monoxide 모녹사이드
monthly 먼슬리
months 먼스
mop 몹
morning 모닝
mosquitto 모스키토
motion 모션
mountain 마운틴
movie 무비
muji 무지
music 뮤직
musinsa 무신사
mute 뮤트
my 마이
mysql 마이에스큐엘
nacho 나초
nagoya 나고야
nand 낸드
nanoleaf 나노리프
naptime 냅타임
nasdaq 나스닥
natural 내추럴
naver 네이버
navigation 내비게이션
neon 네온
nest 네스트
net 넷
netatmo 넷아트모
netflix 넷플릭스
netgear 넷기어
network 네트워크
new 뉴
news 뉴스
newyork 뉴욕
next 넥스트
nginx 엔진엑스
night 나이트
nightly 나이틀리
nikon 니콘
nintendo 닌텐도
nissan 닛산
no 노
noip 노아이피
normal 노멀
not 낫
note 노트
notice 노티스
notification 노티피케이션
notify 노티파이
notion 노션
now 나우
npay 엔페이
npu 엔피유
nugget 너겟
nugu 누구
numpy 넘파이
nursery 너서리
nvidia 엔비디아
oasis 오아시스
objet 오브제
occupancy 오큐펀시
of 오브
off 오프
office 오피스
officetel 오피스텔
offline 오프라인
oil 오일
ok 오케이
okay 오케이
oled 올레드
olive 올리브
on 온
one 원
onedrive 원드라이브
online 온라인
open 오픈
openai 오픈에이아이
opened 오픈드
opera 오페라
oppo 오포
oracle 오라클
orange 오렌지
order 오더
organic 오가닉
orion 오리온
ottogi 오뚜기
our 아워
oura 오우라
out 아웃
outage 아웃티지
outlet 아웃렛
outlook 아웃룩
oven 오븐
oximeter 옥시미터
oxygen 옥시즌
ozone 오존
pace 페이스
pack 팩
package 패키지
pad 패드
palace 팰리스
pan 팬
panasonic 파나소닉
pandas 판다스
panel 패널
pangyo 판교
panic 패닉
paradise 파라다이스
parcel 파슬
parental 페어런털
paris 파리
park 파크
parking 파킹
party 파티
pass 패스
passenger 패신저
password 패스워드
pastel 파스텔
patio 파티오
paul 폴
pause 포즈
paused 포즈드
pay 페이
payment 페이먼트
paypal 페이팔
peak 피크
pending 펜딩
personal 퍼스널
pet 펫
peter 피터
peugeot 푸조
phantom 팬텀
pharm 팜
philips 필립스
pho 포
phone 폰
photo 포토
piano 피아노
pickup 픽업
pilates 필라테스
pilot 파일럿
pin 핀
ping 핑
pinterest 핀터레스트
pixel 픽셀
pizza 피자
plan 플랜
planet 플래닛
plastic 플라스틱
platinum 플래티넘
play 플레이
playlist 플레이리스트
playstation 플레이스테이션
please 플리즈
plug 플러그
plug-in 플러그인
plus 플러스
podcast 팟캐스트
point 포인트
polar 폴라
polestar 폴스타
pool 풀
pop 팝
porch 포치
porsche 포르쉐
portal 포털
postech 포스텍
postgresql 포스트그레스큐엘
power 파워
prague 프라하
preconditioning 프리컨디셔닝
preheat 프리히트
premier 프리미어
premium 프리미엄
presence 프레즌스
presentation 프레젠테이션
pressure 프레셔
prewash 프리워시
price 프라이스
pro 프로
profile 프로필
prometheus 프로메테우스
pub 펍
pulmuone 풀무원
pump 펌프
puricare 퓨리케어
purifier 퓨리파이어
push 푸시
python 파이썬
pytorch 파이토치
quick 퀵
quiet 콰이엇
radar 레이더
radiator 라디에이터
radio 라디오
rain 레인
rainbow 레인보우
rainy 레이니
range 레인지
raspberry 라즈베리
rate 레이트
read 리드
reading 리딩
ready 레디
real 리얼
reboot 리부트
record 레코드
recording 레코딩
recovery 리커버리
red 레드
reels 릴스
refrigerator 리프리저레이터
refund 리펀드
relax 릴랙스
release 릴리스
reminder 리마인더
remote 리모트
renault 르노
rent 렌트
replace 리플레이스
report 리포트
reset 리셋
restaurant 레스토랑
resume 리줌
review 리뷰
rice 라이스
rider 라이더
right 라이트
ring 링
rinnai 린나이
rinse 린스
roborock 로보락
robot 로봇
rocket 로켓
rome 로마
rooftop 루프톱
room 룸
roomba 룸바
route 루트
router 라우터
routine 루틴
royal 로열
ruliweb 루리웹
run 런
running 러닝
safari 사파리
safe 세이프
saipan 사이판
sale 세일
sales 세일즈
salon 살롱
samsung 삼성
sapporo 삿포로
sarah 사라
saramin 사람인
sata 사타
saturday 새터데이
sauna 사우나
saving 세이빙
scale 스케일
scene 씬
schedule 스케줄
scholar 스칼라
scholarship 스칼라십
school 스쿨
score 스코어
secom 세콤
second 세컨드
seconds 세컨즈
security 시큐리티
see 씨
select 셀렉트
sennheiser 젠하이저
sensor 센서
sentry 센트리
seoul 서울
series 시리즈
server 서버
service 서비스
set 세트
setting 세팅
settings 세팅
setup 셋업
shade 셰이드
shanghai 상하이
sharp 샤프
shelly 셸리
shinhan 신한
shinsegae 신세계
shipped 십트
shipping 시핑
shop 샵
shopper 쇼퍼
shopping 쇼핑
show 쇼
shower 샤워
side 사이드
signature 시그니처
silent 사일런트
singapore 싱가포르
siren 사이렌
siri 시리
skip 스킵
sky 스카이
slack 슬랙
sleep 슬립
slow 슬로
smart 스마트
smartthings 스마트싱스
smartwatch 스마트워치
smeg 스메그
smile 스마일
smoke 스모크
snapshot 스냅샷
sneakers 스니커즈
snooze 스누즈
snow 스노
snowy 스노위
soc 에스오씨
soccer 사커
socket 소켓
sodium 소듐
sofa 소파
soft 소프트
softener 소프너
software 소프트웨어
solar 솔라
sonoff 소노프
sonos 소노스
sorry 쏘리
source 소스
sous 수
spa 스파
speaker 스피커
speed 스피드
spin 스핀
spotify 스포티파이
spring 스프링
sprinkler 스프링클러
sprint 스프린트
ssangyong 쌍용
stable 스테이블
stairs 스테어스
stand-up 스탠드업
standard 스탠더드
standby 스탠바이
standup 스탠드업
star 스타
starbucks 스타벅스
start 스타트
started 스타티드
status 스테이터스
steam 스팀
step 스텝
stock 스톡
stop 스톱
stopped 스톱트
store 스토어
storm 스톰
strava 스트라바
stream 스트림
streaming 스트리밍
stress 스트레스
strip 스트립
studio 스튜디오
study 스터디
style 스타일
styler 스타일러
sub 서브
subway 서브웨이
success 석세스
sulwhasoo 설화수
summary 서머리
sun 선
sunday 선데이
sunny 써니
sunrise 선라이즈
sunset 선셋
supercharger 슈퍼차저
support 서포트
supreme 슈프림
sure 슈어
sushi 스시
suunto 순토
suwon 수원
swap 스왑
swim 스윔
swimming 스위밍
switch 스위치
switchbot 스위치봇
sync 싱크
system 시스템
tab 탭
tablet 태블릿
taco 타코
tado 타도
tag 태그
taipei 타이베이
take 테이크
talk 톡
tank 탱크
tapo 타포
tariff 태리프
tax 택스
taxi 택시
taycan 타이칸
tea 티
teams 팀즈
tefal 테팔
telegram 텔레그램
temperature 템퍼러처
temu 테무
tennis 테니스
terrace 테라스
tesla 테슬라
test 테스트
thank 땡큐
thanks 땡스
thankyou 땡큐
that 댓
the 더
theme 테마
theqoo 더쿠
therapy 테라피
thermometer 서모미터
thermostat 서모스탯
things 싱스
thinq 씽큐
this 디스
thomas 토머스
thread 스레드
thursday 서즈데이
ticket 티켓
tigers 타이거즈
time 타임
timer 타이머
tip 팁
tire 타이어
tmon 티몬
to 투
toaster 토스터
today 투데이
toeic 토익
toilet 토일렛
tokyo 도쿄
tom 톰
tomato 토마토
tomorrow 투모로
tonight 투나이트
top 톱
toshiba 도시바
toss 토스
total 토털
tottenham 토트넘
tour 투어
towel 타월
toy 토이
toyota 도요타
tp-link 티피링크
tplink 티피링크
traffic 트래픽
train 트레인
transfer 트랜스퍼
travel 트래블
trigger 트리거
triggered 트리거드
trip 트립
tromm 트롬
tsunami 쓰나미
tuesday 튜즈데이
turbo 터보
tuya 투야
tving 티빙
twins 트윈스
two 투
type 타입
typhoon 타이푼
uber 우버
ubuntu 우분투
ulsan 울산
ultra 울트라
unavailable 언어베일러블
uni 유니
uniqlo 유니클로
unist 유니스트
unlock 언락
unlocked 언락트
unreal 언리얼
up 업
upbit 업비트
update 업데이트
upgrade 업그레이드
upload 업로드
ups 유피에스
uptime 업타임
us 어스
usage 유시지
user 유저
vacation 베케이션
vacuum 배큠
valet 발레
valve 밸브
van 밴
vanilla 바닐라
vegan 비건
vegas 베이거스
vehicle 비히클
venetian 베네치안
version 버전
vet 벳
vide 비드
video 비디오
vienna 비엔나
vietnam 베트남
vill 빌
ville 빌
violet 바이올렛
visa 비자
visitor 비지터
vita 비타
vitamin 비타민
volkswagen 폭스바겐
voltage 볼티지
volume 볼륨
waffle 와플
waiting 웨이팅
wake 웨이크
wake-up 웨이크업
wakeup 웨이크업
walk 워크
walking 워킹
wall 월
warm 웜
warning 워닝
warriors 워리어스
wash 워시
washer 워셔
washing 워싱
watch 워치
watcha 왓챠
water 워터
watt 와트
wavve 웨이브
way 웨이
weather 웨더
web 웹
webex 웨벡스
wednesday 웬즈데이
week 위크
weekend 위켄드
weekly 위클리
weeks 위크스
welcome 웰컴
wemakeprice 위메프
wemo 위모
what 왓
whatsapp 왓츠앱
wheel 휠
whirlpool 월풀
whisen 휘센
white 화이트
whoop 후프
wi-fi 와이파이
wifi 와이파이
win 윈
wind 윈드
window 윈도
windows 윈도
windy 윈디
winix 위닉스
with 위드
withings 위딩스
wiz 위즈
wool 울
woori 우리
workout 워크아웃
world 월드
wyze 와이즈
xbox 엑스박스
xiaomi 샤오미
yacht 요트
yankee 양키
yankees 양키스
yard 야드
year 이어
yearly 이얼리
years 이어즈
yes 예스
yoga 요가
yogiyo 요기요
york 욕
you 유
young 영
your 유어
youtu 유튜
youtube 유튜브
yummy 야미
z-wave 지웨이브
zara 자라
zero 제로
zigbang 직방
zigbee 지그비
zipel 지펠
zone 존
zoo 주
zoom 줌
"""

WORDS: Final = PLACES | dict(line.split(" ", 1) for line in _TABLE.strip().splitlines())

# Greek letters by their Korean names (β-카로틴 베타, α 버전 알파); a μ left without its unit
# (두께 20μ) is the prefix micro.  Capitals share the small letter's name.
_GREEK_NAMES: Final = dict(
    zip(
        "αβγδεζηθικλμνξοπρστυφχψω",
        words(
            "알파 베타 감마 델타 엡실론 제타 에타 세타 이오타 카파 람다 마이크로 뉴 크시 오미크론 "
            "파이 로 시그마 타우 입실론 파이 카이 프사이 오메가"
        ),
        strict=True,
    )
)
GREEK: Final = str.maketrans(
    _GREEK_NAMES | {c.upper(): name for c, name in _GREEK_NAMES.items()} | {"ς": "시그마"}
)

# Abbreviations that end in a period, and acronyms not read letter by letter.
ABBREVIATIONS: Final = {
    "mr.": "미스터",
    "mrs.": "미시즈",
    "ms.": "미즈",
    "dr.": "닥터",
    "st.": "세인트",
    "ave.": "애비뉴",
    "rd.": "로드",
    "vs.": "대",
    "etc.": "등",
}
_SPECIAL: Final = {
    "vs": "대", "gen": "젠", "ios": "아이오에스", "iot": "아이오티", "nasa": "나사", "kia": "기아",
    "fax": "팩스",  # FAX 팩스, never spelled
    # V is 브이 in acronyms (DVD, SUV) except in the TV family.
    "tv": "티비", "cctv": "씨씨티비", "iptv": "아이피티비",
    # Acronyms Koreans say as a word: NAS 나스, PIN 번호 핀 번호, USIM 유심.
    "nas": "나스", "pin": "핀", "lan": "랜", "usim": "유심", "sim": "심", "ram": "램",
    "rom": "롬", "mac": "맥", "jpeg": "제이펙", "sol": "쏠",
    # Acronyms of bodies and events said as a word: NATO 나토, FIFA 피파.
    "nato": "나토", "opec": "오펙", "uefa": "유에파", "fifa": "피파", "asean": "아세안",
    "expo": "엑스포", "covid": "코비드", "unicef": "유니세프", "unesco": "유네스코",
    "posco": "포스코", "mers": "메르스", "sars": "사스",
    # The fund families Korean ETFs are named after (KODEX 200, TIGER, KINDEX), said as words.
    "kodex": "코덱스", "kbstar": "케이비스타", "kosef": "코세프", "kindex": "킨덱스",
    "arirang": "아리랑", "hanaro": "하나로",
    # Technical acronyms said as a word: HEPA 필터 헤파, BIOS 바이오스, LiDAR 라이다.
    "pos": "포스", "hepa": "헤파", "raid": "레이드", "bios": "바이오스", "amoled": "아몰레드",
    "lidar": "라이다", "haccp": "해썹",  # HACCP 인증 해썹
    "roas": "로아스",  # an ad's ROAS 320%
    # Apple's other systems end in OS like iOS: watchOS 워치오에스.
    "watchos": "워치오에스", "ipados": "아이패드오에스", "macos": "맥오에스",
    "tvos": "티비오에스", "visionos": "비전오에스",
}  # fmt: skip
# Short all-capital words said as words rather than spelled (IT is 아이티, ON is 온).
_CAPS_WORDS: Final = frozenset(
    words(
        "on off ok eco max min low hot dry fan new top set hi pro air app gas "
        # brand and button words: SSG PAY, CJ ONE, KB STAR, MY 페이지, BIG 세일
        "pay one two my all sky key box way joy fun big run car yes go day uni ace "
        # golf's OUT 코스 and IN 코스, 볼륨 UP, BUY NOW
        "in out up now "
        # a card terminal's VAN 밴 (value-added network, said as the word)
        "van"
    )
)

_PARTICLES: Final = frozenset(words("in up on off out down back over by"))
_CAMEL_RE: Final = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def spell(letters: str) -> str:
    """Spell Latin letters in Hangul, joined as Koreans say acronyms (엘이디)."""
    return "".join(LETTERS.get(c, "") for c in letters.lower())


def _word(part: str) -> str:
    """One run of letters: a known word, a CamelCase compound, or spelled."""
    key = part.lower()
    if key in _SPECIAL:
        return _SPECIAL[key]
    if part.isupper() and len(part) <= 3 and key not in _CAPS_WORDS:
        return spell(part)
    if len(part) <= 3 and part[0].islower() and not part.islower():
        return spell(part)  # an error code typed as the display shows it: dE, uE, tE
    if key in WORDS:
        return WORDS[key]
    if key.endswith("s") and len(key) > 3 and key[:-1] in WORDS:
        # Plurals are said like the singular in Korean (sensors 센서).
        return WORDS[key[:-1]]
    if key.endswith("z") and (said := plural(key)):
        return said  # Kidz 키즈: a brand's z plural is said, unlike a plain plural's s
    if key.endswith("es") and WORDS.get(key[:-2], "")[-1:] in ("시", "치", "지"):
        return WORDS[key[:-2]] + "즈"  # dishes 디시즈, matches 매치즈
    past = _past(key) or _agent(key) or _gerund(key) or _adverb(key)
    if past:
        return past
    if re.fullmatch("[A-Z]{2,}s", part):
        return _word(part[:-1])  # LEDs 엘이디, TVs 티비: the plural is not said
    if re.fullmatch("[A-Z]{2,}[a-rt-z]", part) or (
        re.fullmatch(r"(?=(?:[a-z]*[A-Z]){3})(?=.*[a-z])[A-Za-z]+", part)
        and not re.search("[a-z]{3}", part)
    ):
        return spell(part)  # DTaP 디티에이피, mRNA 엠알엔에이, GDi 지디아이, LPi 엘피아이
    pieces = _CAMEL_RE.findall(part)
    # ChatGPT 챗지피티, OpenAI 오픈에이아이: words and short capital acronyms run together.
    if len(pieces) > 1 and all(p.lower() in WORDS or _acronym(p) for p in pieces):
        return "".join(_word(p) if _acronym(p) else WORDS[p.lower()] for p in pieces)
    if (
        re.fullmatch("[A-Z](?:[a-z]{3,}|[A-Z]{3,})", part)
        and key[1:] in WORDS
        and not transliterate(key, False)
    ):
        return spell(part[0]) + WORDS[key[1:]]  # Tmap, TMAP 티맵, Kbank: a letter, then a word
    return compound(key) or _unknown(part)


def _acronym(piece: str) -> bool:
    return piece.isupper() and len(piece) <= 4  # MaxV 맥스브이, TypeC 타입씨: a letter too


def _unknown(part: str) -> str:
    """A word outside the lexicon: acronyms and vowelless runs spelled, others by sound."""
    if not re.search("[aeiouy]", part, re.I):
        return spell(part)
    if part.isupper() and len(part) <= 4:
        return _four_capitals(part)
    guess = not part.isupper() and len(part) >= 3 and re.search("[aeiou]", part, re.I)
    known = transliterate(part, guess=False)
    if known is None and (part.isupper() or part.istitle()) and looks_romanised(part):
        # A firm's romanised Korean name, before English words or a guess from the
        # spelling: Daesung 대성 (not 다에숭), Kyungdong 경동 (not 큥동), DOOSAN 두산.
        known = romaja(part)
    if known is None and guess:
        known = compound(part.lower(), sounds=True)  # earbuds 이어버즈, dropoff 드롭오프
    # ClassDojo 클래스도조, MyPharm 마이팜: a CamelCase name with a listed word is said
    # word by word (but CleanBot 클린봇: a short piece is guessed with its neighbour).
    pieces = re.findall("[A-Z][a-z]+", part) if not known else []
    listed = [p.lower() in WORDS for p in pieces]
    whole = len(pieces) > 1 and "".join(pieces) == part and any(listed)
    if whole and all(seen or len(p) >= 4 for p, seen in zip(pieces, listed, strict=True)):
        known = "".join(WORDS.get(p.lower()) or _word(p) for p in pieces)
    return known or transliterate(part, guess=bool(guess)) or spell(part)


def _four_capitals(part: str) -> str:
    """Four capitals: a word the dictionary says in one or two syllables is a word (DEEP 딥,
    EASY 이지, NIKE 나이키; not CCTV, said letter by letter); other acronyms are spelled."""
    pron = cmu.pronunciations().get(part.lower()) if len(part) == 4 else None
    if pron and sum(p[-1].isdigit() for p in pron.split()) <= 2:
        return transliterate(part, guess=False) or spell(part)
    return spell(part)


def _past(key: str) -> str | None:
    """Past forms of known words: docked 독트, charged 차지드, started 스타티드."""
    if not key.endswith("ed") or len(key) < 5:
        return None
    for stem in (key[:-1], key[:-2], key[:-3]):  # charge-d, dock-ed, stopp-ed
        if stem in WORDS:
            said, last = WORDS[stem], stem.rstrip("e")[-1]  # update-d ends in t
            if last in "td" and said[-1] in "트드":
                return said[:-1] + ("티드" if last == "t" else "디드")
            hiss = stem.endswith(("sh", "ch"))  # washed 워시드, matched 매치드
            return said + ("트" if last in "kpsxfh" and not hiss else "드")
    return None


# A final consonant (받침) that moves to start the 어 of -er: 오픈 -> 오프너; a stop is
# said aspirated again (스틱 -> 스티커, 숍 -> 쇼퍼, 컷 -> 커터).
_MOVES: Final = {1: 15, 4: 2, 7: 16, 16: 6, 17: 17, 19: 16, 22: 12, 23: 14, 24: 15, 25: 16, 26: 17}


def _agent(key: str) -> str | None:
    """-er on a known word: opener 오프너, cleaner 클리너, printer 프린터, charger 차저."""
    if not key.endswith("er") or len(key) < 6:
        return None
    stem = key[:-2]
    if stem + "e" in WORDS:
        stem += "e"
    elif stem[-1] == stem[-2] and stem[:-1] in WORDS:
        stem = stem[:-1]  # planner, scanner
    if stem not in WORDS or not re.fullmatch("[가-힣]+", WORDS[stem]):
        return None
    said = WORDS[stem]
    lead, rest = divmod(ord(said[-1]) - 0xAC00, 588)
    vowel, tail = divmod(rest, 28)
    if tail in _MOVES:
        return said[:-1] + _syllable(lead, vowel, 0) + _syllable(_MOVES[tail], 4, 0)
    if tail == 8:
        return said + "러"  # controller 컨트롤러
    if not tail and (vowel == 18 or (vowel == 20 and lead in (12, 14))):
        return said[:-1] + _syllable(lead, 4, 0)  # 프린트 -> 프린터, 차지 -> 차저
    return said + "어"  # player 플레이어, viewer 뷰어


def _stem(key: str, suffix: str) -> str | None:
    """The known word under a suffix: charg-ing charge, runn-ing run, clean-ing clean."""
    stem = key[: -len(suffix)]
    for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if (
            len(candidate) >= 3
            and candidate in WORDS
            and re.fullmatch("[가-힣]+", WORDS[candidate])
        ):
            return candidate
    return None


def _gerund(key: str) -> str | None:
    """-ing on a known word: opening 오프닝, charging 차징, parking 파킹, sharing 셰어링."""
    stem = _stem(key, "ing") if key.endswith("ing") and len(key) >= 6 else None
    if stem is None:
        return None
    said = WORDS[stem]
    lead, rest = divmod(ord(said[-1]) - 0xAC00, 588)
    vowel, tail = divmod(rest, 28)
    if stem.endswith(("r", "re")) or tail == 8:
        return said + "링"  # sharing 셰어링, monitoring 모니터링, calling 콜링
    if tail in _MOVES:
        return said[:-1] + _syllable(lead, vowel, 0) + _syllable(_MOVES[tail], 20, 21)
    if not tail and vowel in (18, 20):
        return said[:-1] + _syllable(lead, 20, 21)  # 파크 -> 파킹, 차지 -> 차징
    return said + "잉"


def _adverb(key: str) -> str | None:
    """-ly on a known word: slowly 슬로리, fully 풀리, quickly 퀵리."""
    stem = _stem(key, "ly") if key.endswith("ly") and len(key) >= 6 else None
    return WORDS[stem] + "리" if stem else None


def _syllable(lead: int, vowel: int, tail: int) -> str:
    return chr(0xAC00 + lead * 588 + vowel * 28 + tail)


def said_as_word(key: str) -> bool:
    """A lower-case word or acronym with its own Hangul reading (fifa 피파, home 홈)."""
    return key in WORDS or key in _SPECIAL


def compound(key: str, sounds: bool = False) -> str | None:
    """A lower-case compound of known words (homeassistant 홈어시스턴트), or None.

    Each piece has at least three letters, so a name is not cut into a, at, in.  With
    `sounds`, for a word the dictionary lacks, a piece may also be a dictionary word
    (wishlist 위시리스트), the last one a particle (signup 사인업), the first re- or un-.
    """
    if not 6 <= len(key) <= 30 or not key.isalpha():
        return None
    best: list[str | None] = [""] + [None] * len(key)
    pieces = [0] * (len(key) + 1)
    guessed = [0] * (len(key) + 1)  # pieces only the dictionary knows: lotte|mart, not lott|emart
    if sounds and key[:2] in _PREFIXES:
        best[2] = _PREFIXES[key[:2]]  # replay 리플레이, unpaired 언페어드
    for end in range(3, len(key) + 1):
        # The fewest pieces, then the longest last one: camping|land, not cam|pin|gland;
        # hill|state 힐스테이트, not hills|tate.
        for start in range(end - 2):
            head, piece = best[start], key[start:end]
            listed = WORDS.get(piece) or _SPECIAL.get(piece)  # homeiot 홈아이오티
            if not listed and piece.endswith("z"):
                listed = plural(piece)  # peterpanz 피터팬즈: a brand's z plural last
            score = (pieces[start] + 1, guessed[start] + (not listed))
            if head is None or (best[end] is not None and score >= (pieces[end], guessed[end])):
                continue
            doubled = start and key[start - 1] == key[start]  # mop|ping is mopping, not two
            known = listed
            if not known and sounds and len(piece) >= 4:
                known = transliterate(piece, guess=False)
            if known and not doubled:
                best[end] = head + known
                pieces[end], guessed[end] = score
    tail = next((t for t in ("up", "off", "out") if key.endswith(t)), "")
    if sounds and best[-1] is None and tail:
        head = best[-len(tail) - 1]
        best[-1] = head + WORDS[tail] if head else None
    return best[-1] or None


_PREFIXES: Final = {"re": "리", "un": "언"}
# Short English words a shop or service name starts with (hiclass, mybox, thebook).
_NAME_LEADS: Final = {"hi": "하이", "my": "마이", "go": "고", "we": "위", "on": "온", "the": "더"}


def name_words(key: str) -> str | None:
    """A host name run together from English words: hiclass 하이클래스, thebook 더북."""
    for lead, said in _NAME_LEADS.items():
        rest = key[len(lead) :]
        if key.startswith(lead) and len(rest) >= 3:
            word = (
                WORDS.get(rest)
                or plural(rest)  # mypets 마이펫츠
                or compound(rest, sounds=True)
                or transliterate(rest, False)
            )
            if word:
                return said + word
    return compound(key, sounds=True)


# English contractions as Koreans say them (Let's go 렛츠 고, I'm home 아임 홈).
_CONTRACTIONS: Final = {
    "let's": "렛츠", "it's": "잇츠", "that's": "댓츠", "what's": "왓츠", "here's": "히어스",
    "there's": "데어스", "he's": "히즈", "she's": "쉬즈", "i'm": "아임", "you're": "유어",
    "we're": "위아", "they're": "데이아", "i'll": "아일", "we'll": "위일", "you'll": "유일",
    "don't": "돈트", "can't": "캔트", "won't": "원트", "isn't": "이즌트", "doesn't": "더즌트",
    "didn't": "디든트", "i've": "아이브", "we've": "위브", "i'd": "아이드", "o'clock": "어클락",
    "mcdonald's": "맥도날드", "kellogg's": "켈로그",
}  # fmt: skip


def _apostrophe(token: str) -> str | None:
    """A contraction, or a possessive said with 스 (Mom's 맘스, Domino's 도미노스)."""
    key = token.lower().replace("’", "'")
    if key in _CONTRACTIONS:
        return _CONTRACTIONS[key]
    if re.fullmatch(r"[a-z]{2,}'s", key):
        return _word(token[:-2]) + ("츠" if key[-3] == "t" else "스")
    return None


def plural(token: str) -> str | None:
    """An English plural or -s verb with its s said: lights 라이츠, starts 스타츠, ends 엔즈."""
    key = token.lower()
    if key in WORDS and WORDS[key] != WORDS.get(key[:-1]):
        return WORDS[key]  # finals 파이널스: a plural with a reading of its own
    # A brand's plural may end in z (Kidz 키즈, petz 펫츠, boyz 보이즈), said like an s.
    if not re.fullmatch("[a-z]{3,}[sz]", key) or key.endswith(("ss", "zz")):
        return None
    if key[:-1] not in WORDS:
        return None
    stem = WORDS[key[:-1]]
    if stem.endswith(("트", "드")):
        return stem[:-1] + ("츠" if stem.endswith("트") else "즈")
    final = (ord(stem[-1]) - 0xAC00) % 28  # the batchim: ㄱ 1, ㅂ 17, ㅅ 19 are voiceless
    if final == 19 and key.endswith(("ts", "tz")):
        return stem + "츠"  # tickets 티켓츠, pets 펫츠: a t kept as ㅅ, then its s as 츠
    if key.endswith("z"):
        return stem + "즈"  # dogz 도그즈: a z is voiced after any sound
    # photos 포토스, videos 비디오스: after a spelled o the s is said as written too.
    spelled = re.fullmatch("[a-z]+(?<!o)os", key) is not None
    voiceless = final in (1, 17, 19) or stem.endswith(("크", "프", "스"))
    # orders 오더스, users 유저스, Lakers 레이커스, motors 모터스: after -er or -or the s
    # is said 스 in loanwords.
    agent = key.endswith(("ers", "ors")) and final == 0 and (ord(stem[-1]) - 0xAC00) // 28 % 21 == 4
    return stem + ("스" if voiceless or spelled or agent else "즈")


def latin(token: str) -> str:
    """Read a Latin token (Wi-Fi, A/S, LED, Google, xyz) in Hangul."""
    key = token.lower()
    if "'" in token or "’" in token:
        said = _apostrophe(token)
        if said:
            return said
    if key in ABBREVIATIONS:
        return ABBREVIATIONS[key]
    if key in WORDS or key in _SPECIAL:
        return _word(token)  # whole token known, hyphen and all (wi-fi)
    if "&" in token:
        return "앤".join(latin(p) for p in token.split("&"))  # S&P 에스앤피, AT&T 에이티앤티
    parts = re.findall(r"[A-Za-z]+", token)
    if not parts:
        return ""
    if all(len(p) == 1 for p in parts):
        return spell("".join(parts))
    if len(parts) == 2 and "-" in token and parts[1].lower() in _PARTICLES:
        return _word(parts[0]) + _word(parts[1])  # check-in 체크인, pop-up 팝업, add-on 애드온
    if len(parts) == 2 and "-" in token and len(parts[0]) == 1:
        return spell(parts[0]) + _word(parts[1])  # E-mart 이마트, K-pop 케이팝: one name
    return " ".join(_word(p) for p in parts)
