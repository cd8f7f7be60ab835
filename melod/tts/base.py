"""The engine interface: text in, an iterator of audio chunks out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

Samples = npt.NDArray[np.float32]


@dataclass(frozen=True)
class AudioChunk:
    """Mono float32 samples in [-1, 1] at `rate` Hz."""

    samples: Samples
    rate: int

    @property
    def seconds(self) -> float:
        """Duration of the chunk."""
        return len(self.samples) / self.rate


class Engine(Protocol):
    """A speech engine.  Chunks are yielded so the first can play while the rest decode."""

    #: Reported as `engine` in `done` events ("melotts", "espeak-ng").
    name: str

    def available(self, lang: str) -> bool:
        """Whether this engine can speak `lang` now (weights present, library loads)."""
        ...

    def load(self, lang: str) -> None:
        """Load what `lang` needs so the first request is fast; raise if it cannot."""
        ...

    def synthesize(
        self, text: str, lang: str, speaker: str | None = None, speed: float = 1.0
    ) -> Iterator[AudioChunk]:
        """Speak already-normalised `text`; raise SynthesisError or ModelUnavailableError."""
        ...


def join(chunks: Iterable[AudioChunk]) -> AudioChunk:
    """Concatenate chunks of one rate into one (for WAV replies and files)."""
    parts = list(chunks)
    if not parts:
        return AudioChunk(np.zeros(0, dtype=np.float32), 22050)
    rate = parts[0].rate
    if any(p.rate != rate for p in parts):
        raise ValueError("cannot join chunks of different sample rates")
    return AudioChunk(np.concatenate([p.samples for p in parts]).astype(np.float32), rate)
