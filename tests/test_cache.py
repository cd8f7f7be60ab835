"""The speech cache: hits, misses, eviction, and the pool reporting `cached`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from melod.tts.base import AudioChunk
from melod.tts.cache import AudioCache, cache_key
from melod.tts.pool import VoicePool


class CountingEngine:
    """A real (if simple) engine: a tone per sentence, counting its calls."""

    name = "tone"

    def __init__(self) -> None:
        self.calls = 0

    def available(self, lang: str) -> bool:
        return True

    def load(self, lang: str) -> None:
        pass

    def synthesize(
        self, text: str, lang: str, speaker: str | None = None, speed: float = 1.0
    ) -> Iterator[AudioChunk]:
        self.calls += 1
        for sentence in text.split("."):
            n = 160 * len(sentence)
            yield AudioChunk(np.sin(np.arange(n, dtype=np.float32) / 5), 16000)


def test_round_trip_and_miss(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path, 10_000_000)
    chunks = [
        AudioChunk(np.ones(10, np.float32) * 0.5, 8000),
        AudioChunk(np.zeros(5, np.float32), 8000),
    ]
    cache.put("k", chunks)
    got = cache.get("k")
    assert got is not None
    assert [len(c.samples) for c in got] == [10, 5]
    assert got[0].rate == 8000
    assert float(got[0].samples[0]) == 0.5
    assert cache.get("other") is None


def test_eviction_keeps_the_recently_used(tmp_path: Path) -> None:
    big = [AudioChunk(np.zeros(20_000, np.float32), 8000)]  # ~80 kB each
    cache = AudioCache(tmp_path, 200_000)
    cache.put("a", big)
    time.sleep(0.02)
    cache.put("b", big)
    time.sleep(0.02)
    assert cache.get("a") is not None  # refreshes a
    time.sleep(0.02)
    cache.put("c", big)
    assert cache.get("a") is not None
    assert cache.get("b") is None
    assert cache.get("c") is not None


def test_pool_reports_cached_on_the_second_request(tmp_path: Path) -> None:
    engine = CountingEngine()
    pool = VoicePool(engine, None, AudioCache(tmp_path, 10_000_000))
    first = pool.speak("Hello there. Bye.", "EN", None, 1.0)
    assert not first.cached
    audio1 = [c.samples for c in first.chunks]
    second = pool.speak("Hello there. Bye.", "EN", None, 1.0)
    assert second.cached
    audio2 = [c.samples for c in second.chunks]
    assert engine.calls == 1
    assert all(np.array_equal(a, b) for a, b in zip(audio1, audio2, strict=True))
    assert not pool.speak("Hello there. Bye.", "EN", None, 1.2).cached


def test_key_changes_with_every_part() -> None:
    base = cache_key("melotts", "KR", None, 1.0, "1.1", "안녕")
    assert base != cache_key("melotts", "KR", None, 1.0, "1.2", "안녕")
    assert base != cache_key("espeak-ng", "KR", None, 1.0, "1.1", "안녕")
