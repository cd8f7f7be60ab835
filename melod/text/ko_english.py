"""A whole English sentence inside a Korean message keeps its small numbers in English.

엄마: I will be home by 7. is read 바이 세븐, as a Korean reads the English aloud; a count
among Korean words (iPhone 15 충전) or with a unit (5km, 30%) is still Sino-Korean.
"""

from __future__ import annotations

import re
from typing import Final

from melod.text.ko_counter_words import MEASURE_RE, PARTICLE_RE

_ONES: Final = (
    "제로", "원", "투", "쓰리", "포", "파이브", "식스", "세븐", "에잇", "나인", "텐",
    "일레븐", "트웰브", "서틴", "포틴", "피프틴", "식스틴", "세븐틴", "에이틴", "나인틴",
)  # fmt: skip
_TENS: Final = ("", "", "트웬티", "서티", "포티", "피프티", "식스티", "세븐티", "에이티", "나인티")

# Words that make a run of English a sentence rather than a device's or product's name.
_SENTENCE_WORDS: Final = frozenset((
    "i", "i'm", "i'll", "you", "you're", "we", "we're", "he", "she", "they", "it's", "will",
    "is", "are", "am", "was", "were", "be", "been", "by", "at", "see", "please", "let's",
    "can", "can't", "have", "has", "your", "my", "our",
))  # fmt: skip
# A count before an English noun of time or number (Timer for 10 minutes, 10 minutes left)
# makes a run of two English words a sentence even without a pronoun or verb.
_COUNTED_RE: Final = re.compile(
    r"(?<![0-9])[0-9]{1,2}\s(?:minutes?|mins|hours?|hrs|seconds?|secs|days?|weeks?|months?"
    r"|years?|times|people|items?|steps|laps|more)(?![A-Za-z])"
)
# A stretch without Hangul or a sentence end; a dot or colon inside a number stays in it.
_RUN_RE: Final = re.compile(r"(?:[^가-힣.!?~:()\[\]\n]|[.:](?=[0-9]))+")
_WORD_RE: Final = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# A bare count of at most two digits, said alone or before a word (by 7, 3 new messages),
# or an ordinal (1st place), not a clock, a decimal, an amount or a measure (5km, 30 %).
_COUNT_RE: Final = re.compile(
    r"(?<![A-Za-z0-9$€£¥₩.,:/#+-])([0-9]{1,2})"
    r"(?:\s?([AaPp][Mm])(?![A-Za-z])|(st|nd|rd|th)(?![A-Za-z]))?"
    r"(?![0-9]|[.,:/][0-9]|\s?[%°℃]|[가-힣A-Za-z]|"
    r"\s(?i:[kmcμ]?[mgl]|k?wh?|kw|mb|gb|tb|hz|ml|sec|min|hr)\b)",
)
_ORDINALS: Final = {
    1: "퍼스트", 2: "세컨드", 3: "서드", 5: "피프스", 8: "에이스", 9: "나인스", 12: "트웰프스",
}  # fmt: skip


def _cardinal(n: int) -> str:
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])


def _ordinal(n: int) -> str:
    """21st 트웬티 퍼스트, 4th 포스, 20th 트웬티스."""
    if n % 10 and n > 20:
        return f"{_TENS[n // 10]} {_ordinal(n % 10)}"
    if n >= 20:
        return _TENS[n // 10] + "어스"  # twentieth 트웬티어스
    return _ORDINALS.get(n) or _cardinal(n) + "스"


def _said(m: re.Match[str]) -> str:
    after = m.string[m.end() :]
    if re.match(r"\s[가-힣]", after) and MEASURE_RE.match(after[1:]):
        return m.group(0)  # I have 3 개: a Korean counter after it counts in Korean
    if m.group(3):
        return _ordinal(int(m.group(1)))
    number = _cardinal(int(m.group(1)))
    ampm = m.group(2)
    return f"{number} {'에이엠' if ampm[0] in 'Aa' else '피엠'}" if ampm else number


def _sentence(m: re.Match[str]) -> str:
    run = m.group(0)
    words = [w.lower().replace("’", "'") for w in _WORD_RE.findall(run)]
    counted = _COUNTED_RE.search(run)  # 10 minutes left: two words will do
    if len(words) < (2 if counted else 3) or not (_SENTENCE_WORDS.intersection(words) or counted):
        return run
    # The Hangul right after the stretch is looked at too: I have 3개 is a Korean count.
    tail = re.match(r"[가-힣]*", m.string[m.end() :]).group(0)  # type: ignore[union-attr]
    return _COUNT_RE.sub(_said, run + tail)[: -len(tail) or None]


def english_counts(text: str) -> str:
    """by 7 바이 세븐, at 3 PM 앳 쓰리 피엠: counts in an English sentence of a Korean message."""
    if not re.search("[가-힣]", text) or not re.search("[A-Za-z]", text):
        return text
    return _RUN_RE.sub(_sentence, text)


# Product lines whose one-digit model number is said in English, written in Hangul or
# Latin: 아이오닉5 아이오닉 파이브, 갤럭시Z플립5 플립 파이브, 에어팟 프로2, Buds2 버즈 투.
# (Two digits stay Sino: 아이폰 15 아이폰 십오; IONIQ5 spelled in capitals is ko_unspell's.)
_MODEL_RE: Final = re.compile(
    r"(?i)(아이오닉|플립|폴드|버즈|에어팟|워치|포터|봉고|픽셀|아이폰|(?:에어팟|버즈)\s?프로|"
    r"닌텐도\s?스위치|플스|플레이스테이션|(?<![A-Za-z])(?:nintendo\s?switch|playstation|"
    r"ioniq|flip|fold|buds|airpods|watch|pixel|iphone|(?:airpods|buds)\s?pro))"
    r"(\s?)([1-9])(?![0-9]|[.,:/][0-9])"  # (해리포터 1/3: a fraction, not a Porter)
    # (but a count after it is Korean: 에어팟 3개, 버즈 2세대, 아이폰 8시 알람; 버즈2 프로
    # is the model, not a percentage)
    rf"(?!\s?(?!프로)(?:{MEASURE_RE.pattern}|년))"
    rf"(?=$|[^가-힣0-9]|(?:{PARTICLE_RE.pattern})(?![가-힣]))"
)


# Loan nouns whose count is said in English: 4도어 냉장고 포도어, 2룸 투룸, 4베이 포베이,
# 2피스 투피스, 2way 투웨이 (but 2톤 트럭 is 이 톤, and 3번 도어 a label).
_ENGLISH_COUNTED_RE: Final = re.compile(
    r"(?<![0-9A-Za-z.,])([1-9])(?=\s?(?:도어(?!락)|룸(?!메)|베이|피스|(?i:way|door|room)(?![A-Za-z])))"
)


def model_numbers(text: str) -> str:
    """아이오닉5 아이오닉 파이브, 워치6 워치 식스: a product line's one-digit model."""
    text = _ENGLISH_COUNTED_RE.sub(lambda m: _ONES[int(m[1])], text)
    return _MODEL_RE.sub(lambda m: f"{m[1]} {_ONES[int(m[3])]}", text)


# Two English words a Korean says as one loanword: pick up 픽업, check in 체크인, log out
# 로그아웃, good night 굿나잇 (unlike night alone, 나이트); but a verb with its object in an
# English sentence stays two words (Take out the trash).
_PHRASAL_RE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(pick|check|log|sign|set|drop|take|pop|walk|back|warm)\s(up|in|out|off)"
    r"(?![A-Za-z])(?!\s[A-Za-z])"
)


def phrasal(text: str) -> str:
    """pick up 픽업: a verb and its particle written apart are still one loanword."""
    # banh mi 반미, ice cream 아이스크림, hot dog
    # 핫도그 are one loanword each, like good night 굿나잇 and thank you 땡큐.
    text = re.sub(
        r"(?i)(?<![A-Za-z])(?:good[\s-]night|banh[\s-]mi|ice[\s-]cream|hot[\s-]dog|thank[\s-]you)"
        r"(?![A-Za-z])",
        lambda m: re.sub(r"[\s-]", "", m[0]),
        text,
    )
    # K-패스 케이패스 is one name, as E-mart is.
    text = re.sub(r"(?<![A-Za-z])([A-Z])-(?=[가-힣])", r"\1", text)
    return _PHRASAL_RE.sub(r"\1-\2", text)
