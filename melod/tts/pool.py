"""Engine selection: MeloTTS where its model is there, the fallback voice otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import structlog

from melod import text as textnorm
from melod.errors import MelodError, ModelUnavailableError
from melod.tts.base import AudioChunk, Engine
from melod.tts.cache import AudioCache, cache_key

log = structlog.get_logger(__name__)


@dataclass
class Voice:
    """The engine that will speak a request, and its chunks."""

    engine: str
    chunks: Iterator[AudioChunk]
    cached: bool = False


class VoicePool:
    """Owns the engines; picks one per language and remembers what failed.

    A language whose MeloTTS model is missing or fails to load is spoken by the
    fallback, logged loudly once; `done` events report which engine spoke.
    """

    def __init__(
        self, primary: Engine | None, fallback: Engine | None, cache: AudioCache | None = None
    ) -> None:
        self.primary = primary
        self.fallback = fallback
        self.cache = cache
        self._broken: dict[str, str] = {}
        self._loaded: set[str] = set()

    @property
    def loaded(self) -> list[str]:
        """Languages whose primary model is in memory."""
        return sorted(self._loaded)

    def engine_for(self, lang: str) -> Engine:
        """The engine that speaks `lang` now; loads the primary model on first use."""
        if self.primary is not None and lang not in self._broken:
            try:
                if lang not in self._loaded:
                    self.primary.load(lang)
                    self._loaded.add(lang)
                    log.info("model_loaded", lang=lang, engine=self.primary.name)
            except MelodError as exc:
                self._broken[lang] = str(exc)
                log.warning(
                    "model_unavailable_using_fallback",
                    lang=lang,
                    reason=str(exc),
                    fallback=self.fallback.name if self.fallback else None,
                )
            else:
                return self.primary
        if self.fallback is not None and self.fallback.available(lang):
            return self.fallback
        reason = self._broken.get(lang, "no engine configured")
        raise ModelUnavailableError(f"no voice for {lang}: {reason}")

    def warm(self, langs: list[str]) -> None:
        """Load these languages now (before announcing online)."""
        for lang in langs:
            self.engine_for(lang)

    def speak(self, text: str, lang: str, speaker: str | None, speed: float) -> Voice:
        """Pick the engine for `lang` and start synthesis (lazily, chunk by chunk)."""
        engine = self.engine_for(lang)
        if self.cache is None:
            return Voice(engine.name, engine.synthesize(text, lang, speaker, speed))
        key = cache_key(engine.name, lang, speaker, speed, textnorm.version(lang), text)
        hit = self.cache.get(key)
        if hit is not None:
            return Voice(engine.name, iter(hit), cached=True)
        chunks = engine.synthesize(text, lang, speaker, speed)
        return Voice(engine.name, self.cache.recording(key, chunks))
