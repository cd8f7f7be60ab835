"""The MeloTTS engine: melod's Engine over MeloTTS checkpoints in the model store.

Importing this module imports neither torch nor MeloTTS; `MeloEngine.load` does, after
setting up the process for offline use:

- ``HF_HUB_OFFLINE=1``, ``TRANSFORMERS_OFFLINE=1`` and ``HF_HUB_CACHE=<models_dir>/hub`` are
  set before transformers or a MeloTTS front-end is imported, so the front-ends' hard-coded
  BERT ids resolve to the store and nothing is ever downloaded (melod.tts.melo_voice also
  maps those ids to the store's folders, which holds even if transformers came first);
- NLTK's cmudict corpus is built offline and NLTK downloads are refused (melod.tts.nltk_data);
- torch uses as many threads as the process may run on.
"""

from __future__ import annotations

import os
import re
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

import numpy as np

from melod.errors import MelodError, ModelUnavailableError, SynthesisError
from melod.tts import nltk_data
from melod.tts.base import AudioChunk, Samples
from melod.tts.store import ModelStore, check_language

if TYPE_CHECKING:
    from melod.tts.melo_voice import Voice

#: Longest piece handed to MeloTTS at once (BERT stops at 512 tokens).
MAX_SENTENCE: Final = 300
#: Sentence ends: Latin punctuation before a space, CJK punctuation anywhere, line breaks.
_SENTENCE_END: Final = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])\s*|\n+")
_CLAUSE_END: Final = re.compile(r"(?<=[,;:，、；：])\s*")
_SPEAKABLE: Final = re.compile(r"\w")


#: Stream (decode in windows) only when compute takes under this share of the speech's
#: duration: the windows' margins add ~25 % and the first seams must not stall.
STREAM_MAX_RTF: Final = 0.6


@dataclass(frozen=True)
class Window:
    """How a sentence's latent is decoded in windows of frames (one frame = hop_length samples).

    Windows grow from `first` frames, doubling up to `size`: the first is small so its audio
    is ready soon, and each later one must decode in less time than the audio already
    yielded lasts, or playback would stall at the seam.  Each window is decoded with
    `margin` frames of context on both sides whose samples are dropped; None means the
    decoder's receptive field, which makes the seams exact up to float error.
    """

    first: int = 16
    size: int = 128
    margin: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.first <= self.size:
            raise ValueError(f"window sizes need 1 <= first <= size, not {self.first}, {self.size}")
        if self.margin is not None and self.margin < 0:
            raise ValueError(f"window margin {self.margin} is negative")


@dataclass(frozen=True)
class Sampling:
    """MeloTTS's sampling knobs (upstream's defaults); zero noise makes output repeatable.

    `window` None decodes each sentence in one go and yields it as one chunk.
    """

    sdp_ratio: float = 0.2
    noise_scale: float = 0.6
    noise_scale_w: float = 0.8
    seed: int | None = None
    window: Window | None = field(default_factory=Window)


def plan_windows(frames: int, window: Window) -> list[tuple[int, int]]:
    """Split frames [0, frames) into the (start, stop) windows `window` asks for."""
    spans: list[tuple[int, int]] = []
    start, size = 0, window.first
    while start < frames:
        stop = min(frames, start + size)
        # A sliver of a last window would cost two margins of context for a few frames;
        # a later window takes it in instead (the first stays small, for latency).
        if spans and frames - stop < window.first:
            stop = frames
        spans.append((start, stop))
        start, size = stop, min(2 * size, window.size)
    return spans


def split_sentences(text: str) -> list[str]:
    """Split text into sentences to synthesize one at a time; long ones at clauses."""
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        pieces += _limit(sentence.strip())
    return [p for p in pieces if _SPEAKABLE.search(p)]


def _limit(sentence: str) -> list[str]:
    """Cut a sentence over MAX_SENTENCE characters at clause ends, then at spaces."""
    if len(sentence) <= MAX_SENTENCE:
        return [sentence]
    out: list[str] = []
    for clause in _CLAUSE_END.split(sentence):
        rest = clause
        while len(rest) > MAX_SENTENCE:
            cut = rest.rfind(" ", 0, MAX_SENTENCE)
            cut = cut if cut > 0 else MAX_SENTENCE
            out.append(rest[:cut].strip())
            rest = rest[cut:].strip()
        if out and len(out[-1]) + len(rest) < MAX_SENTENCE:
            out[-1] = f"{out[-1]} {rest}"
        else:
            out.append(rest)
    return out


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class MeloEngine:
    """MeloTTS for the six languages, weights from the store, models owned by this object."""

    name = "melotts"

    def __init__(
        self,
        models_dir: Path,
        device: str = "cpu",
        *,
        threads: int | None = None,
        sampling: Sampling | None = None,
        stream: Literal["auto", "always", "never"] = "auto",
    ) -> None:
        self.store = ModelStore(models_dir)
        self.device = device
        self.threads = threads or _cpu_count()
        self._sampling = sampling
        self._voices: dict[str, Voice] = {}
        self.stream = stream
        #: seconds of compute per second of speech, per language (moving average)
        self.rtf: dict[str, float] = {}

    def available(self, lang: str) -> bool:
        """Whether `lang`'s files are in the store and torch and MeloTTS are installed."""
        try:
            check_language(lang)
        except MelodError:
            return False
        installed = all(find_spec(m) is not None for m in ("torch", "melo", "transformers"))
        return installed and self.store.present(lang)

    def _prepare_process(self) -> None:
        """Offline environment, NLTK data and threads; before torch/transformers/melo."""
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
        os.environ["HF_HUB_CACHE"] = str(self.store.hub_dir)
        nltk_data.prepare(self.store.models_dir)
        import torch  # noqa: PLC0415 - torch stays lazy until a language loads

        torch.set_num_threads(self.threads)

    def _check_dependencies(self, lang: str) -> None:
        # g2pkk pip-installs python-mecab-ko at run time when `mecab` is missing: refuse first.
        needs = {"KR": ["mecab"], "JP": ["MeCab", "fugashi", "unidic_lite"]}.get(lang, [])
        if lang in ("EN", "ZH"):  # their front-ends import the Japanese one
            needs = ["MeCab", "fugashi", "unidic_lite"]
        missing = [m for m in ["torch", "melo", "transformers", *needs] if find_spec(m) is None]
        if missing:
            raise ModelUnavailableError(
                f"MeloTTS {lang} needs the Python modules {', '.join(missing)}; "
                "install melod with its [melo] extra"
            )

    def load(self, lang: str) -> None:
        """Load `lang`'s checkpoint, BERT and front-end; raise ModelUnavailableError."""
        check_language(lang)
        if lang in self._voices:
            return
        if not self.store.present(lang):
            raise ModelUnavailableError(self.store.describe_missing(lang))
        self._check_dependencies(lang)
        self._prepare_process()
        try:
            if lang in ("EN", "ZH"):
                nltk_data.patch_g2p_en()  # before the front-end can call g2p_en's tagger
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # melo uses the deprecated torch.jit.script
                from melod.tts.melo_voice import Voice  # noqa: PLC0415 - imports torch, melo
            self._voices[lang] = Voice(lang, self.store, self.device)
        except MelodError:
            raise
        except Exception as exc:
            raise ModelUnavailableError(f"MeloTTS {lang} failed to load: {exc}") from exc

    def loaded(self) -> list[str]:
        """Languages loaded so far."""
        return list(self._voices)

    def speakers(self, lang: str) -> list[str]:
        """Speaker names of `lang`'s checkpoint (loads it)."""
        self.load(lang)
        return list(self._voices[lang].speakers)

    def _speaker_id(self, voice: Voice, speaker: str | None) -> int:
        names = voice.speakers
        if speaker is None:
            default = "EN-Default" if voice.lang == "EN" else voice.lang
            return names.get(default, next(iter(names.values())))
        if speaker in names:
            return names[speaker]
        # Accept EN-INDIA for EN_INDIA, en-us for EN-US: spellings differ across tools.
        folded = {n.upper().replace("_", "-"): i for n, i in names.items()}
        key = speaker.upper().replace("_", "-")
        if key in folded:
            return folded[key]
        raise SynthesisError(
            f"unknown speaker {speaker!r} for {voice.lang}; known: {', '.join(names)}"
        )

    def synthesize(
        self, text: str, lang: str, speaker: str | None = None, speed: float = 1.0
    ) -> Iterator[AudioChunk]:
        """Speak `text` in chunks (windows of each sentence); checks and loading come first."""
        self.load(lang)
        voice = self._voices[lang]
        speaker_id = self._speaker_id(voice, speaker)
        if not 0.1 <= speed <= 10:
            raise SynthesisError(f"speed {speed} is out of range")
        return self._chunks(voice, split_sentences(text), speaker_id, speed)

    def _chunks(
        self, voice: Voice, sentences: list[str], speaker_id: int, speed: float
    ) -> Iterator[AudioChunk]:
        sampling = self._sampling or Sampling()
        for sentence in sentences:
            try:
                for samples in self._sentence(voice, sentence, speaker_id, speed, sampling):
                    yield AudioChunk(samples, voice.rate)
            except MelodError:
                raise
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}"
                raise SynthesisError(
                    f"MeloTTS {voice.lang} failed on {sentence[:60]!r}: {reason}"
                ) from exc

    def _streams(self, lang: str) -> bool:
        """Whether to decode in windows: only where decoding outruns playback.

        Windows make the first audio come ~6x sooner, but each costs its margins; on a
        box that decodes at about real time the speech would stall at every seam, and a
        pause mid-word is worse than a wait.  `auto` measures and decides per language.
        """
        if self.stream != "auto":
            return self.stream == "always"
        rtf = self.rtf.get(lang)
        return rtf is not None and rtf < STREAM_MAX_RTF

    def _sentence(
        self, voice: Voice, sentence: str, speaker_id: int, speed: float, sampling: Sampling
    ) -> Iterator[Samples]:
        """One sentence's audio, a window of the latent at a time, pause at the end."""
        started, produced = time.perf_counter(), 0
        for samples in self._decoded(voice, sentence, speaker_id, speed, sampling):
            produced += len(samples)
            yield samples
        if produced:
            rtf = (time.perf_counter() - started) / (produced / voice.rate)
            old = self.rtf.get(voice.lang)
            self.rtf[voice.lang] = rtf if old is None else 0.7 * old + 0.3 * rtf

    def _decoded(
        self, voice: Voice, sentence: str, speaker_id: int, speed: float, sampling: Sampling
    ) -> Iterator[Samples]:
        window = sampling.window
        if window is None or not self._streams(voice.lang):
            yield voice.speak(sentence, speaker_id, speed, sampling)
            return
        latent = voice.latent(sentence, speaker_id, speed, sampling)
        margin = voice.receptive_field if window.margin is None else window.margin
        spans = plan_windows(latent.frames, window)
        for start, stop in spans[:-1]:
            yield voice.decode(latent, start, stop, margin)
        start, stop = spans[-1]
        yield np.concatenate([voice.decode(latent, start, stop, margin), voice.pause(speed)])
