"""The espeak-ng fallback voice, for real: speech in all six languages, checked by numbers."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from melod.errors import SynthesisError, UnknownLanguageError
from melod.tts.base import Engine, join
from melod.tts.espeak import EspeakEngine, to_hiragana, words_per_minute

espeakng_loader = pytest.importorskip("espeakng_loader")

#: One short notification per language.
SENTENCES = {
    "KR": "현관문이 열렸습니다",
    "EN": "The front door is open",
    "JP": "玄関のドアが開きました",
    "ZH": "前门开了",
    "FR": "La porte d'entrée est ouverte",
    "ES": "La puerta principal está abierta",
}


@pytest.fixture(scope="module")
def engine() -> EspeakEngine:
    return EspeakEngine()


def speak(engine: EspeakEngine, text: str, lang: str, **kw):
    return join(engine.synthesize(text, lang, **kw))


def needs_kakasi() -> None:
    pytest.importorskip("pykakasi", reason="espeak-ng reads kanji only via pykakasi")


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))


def test_is_an_engine(engine):
    typed: Engine = engine
    assert typed.name == "espeak-ng"
    assert engine.sample_rate == 22050


@pytest.mark.parametrize("lang", list(SENTENCES))
def test_speaks_each_language_audibly_for_a_plausible_time(engine, lang):
    if lang == "JP":
        needs_kakasi()
    assert engine.available(lang)
    audio = speak(engine, SENTENCES[lang], lang)
    assert audio.rate == 22050
    assert audio.samples.dtype == np.float32
    assert np.abs(audio.samples).max() <= 1.0
    assert rms(audio.samples) > 0.03, "speech should be clearly audible"
    # A short notification takes about a second or two to say, not 0.1 s and not 5 s.
    assert 0.6 < audio.seconds < 3.5
    # Saying it twice takes about twice as long: the text is read, not spelled or dropped.
    stop = "。" if lang in ("JP", "ZH") else ". "
    twice = speak(engine, SENTENCES[lang] + stop + SENTENCES[lang], lang)
    assert 1.6 < twice.seconds / audio.seconds < 2.6


def test_japanese_kanji_are_read_not_named(engine):
    needs_kakasi()
    kanji = speak(engine, "玄関のドアが開きました", "JP")
    kana = speak(engine, "げんかんのどあがひらきました", "JP")
    assert kanji.seconds == pytest.approx(kana.seconds, rel=0.1)
    assert to_hiragana("ドア") == "どあ"


@pytest.mark.parametrize("speaker", ["EN-US", "EN-BR", "EN_INDIA", "EN-AU", "EN-Default", None])
def test_english_accents_speak(engine, speaker):
    audio = speak(engine, "Hello there", "EN", speaker=speaker)
    assert rms(audio.samples) > 0.03
    assert 0.3 < audio.seconds < 2.0


def test_accent_codes_select_the_voice(engine):
    assert engine.voice_for("EN", "EN-US") == "en-us"
    assert engine.voice_for("EN-BR") == "en"
    assert engine.voice_for("en_india") == "en"
    assert engine.voice_for("EN", "no such speaker") == "en-us"  # a fallback still speaks
    assert engine.voice_for("ko") == "ko"


def test_speed_changes_duration(engine):
    text = "The washing machine has finished its cycle"
    normal = speak(engine, text, "EN").seconds
    assert speak(engine, text, "EN", speed=2.0).seconds / normal == pytest.approx(0.5, abs=0.1)
    assert speak(engine, text, "EN", speed=0.5).seconds / normal == pytest.approx(2.0, abs=0.3)


def test_words_per_minute_is_clamped_to_espeaks_range():
    assert words_per_minute(1.0) == 175
    assert words_per_minute(0.1) == 80
    assert words_per_minute(5.0) == 450


def test_empty_text_gives_next_to_no_audio(engine):
    assert speak(engine, "", "EN").seconds < 0.05


def test_unknown_voice_is_a_synthesis_error(engine):
    broken = EspeakEngine(voices={"FR": "xx-nope"})
    assert not broken.available("FR")
    assert broken.available("EN")
    with pytest.raises(SynthesisError, match=r"'xx-nope'.*does not exist"):
        broken.synthesize("Bonjour", "FR")
    with pytest.raises(SynthesisError, match="xx-nope"):
        broken.load("FR")
    # The shared library state is not left on the broken voice.
    assert rms(speak(engine, SENTENCES["FR"], "FR").samples) > 0.03


def test_unknown_language(engine):
    assert not engine.available("XX")
    with pytest.raises(UnknownLanguageError):
        engine.synthesize("hello", "XX")


def test_missing_library_is_a_synthesis_error(tmp_path):
    missing = EspeakEngine(library_path=str(tmp_path / "libnope.so"), data_path=str(tmp_path))
    assert not missing.available("EN")
    with pytest.raises(SynthesisError, match="cannot load the espeak-ng library"):
        missing.synthesize("hello", "EN")


def test_missing_data_is_a_synthesis_error(tmp_path, engine):
    lib = espeakng_loader.get_library_path()
    missing = EspeakEngine(library_path=lib, data_path=str(tmp_path / "no-data"))
    with pytest.raises(SynthesisError, match=r"initialisation with data .*no-data"):
        missing.synthesize("hello", "EN")
    # A working engine initialises the shared library again and speaks.
    assert rms(speak(EspeakEngine(), SENTENCES["EN"], "EN").samples) > 0.03


def test_concurrent_callers_get_their_own_audio(engine):
    # espeak-ng varies timing a little between runs (its state carries over), so compare
    # lengths: audio mixed between callers would be far off.
    expected = {lang: speak(engine, text, lang).seconds for lang, text in SENTENCES.items()}
    results: dict[str, float] = {}

    def work(lang: str) -> None:
        for _ in range(3):
            results[lang] = speak(engine, SENTENCES[lang], lang).seconds

    threads = [threading.Thread(target=work, args=(lang,)) for lang in SENTENCES]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for lang, seconds in expected.items():
        assert results[lang] == pytest.approx(seconds, rel=0.03), lang
