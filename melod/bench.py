"""`melod bench`: time normalisation and synthesis per language and engine.

Figures are reported as measured and as ratios to a baseline taken in the same
run (the espeak-ng voice on the same text), so runs on different machines compare.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from melod import text as textnorm
from melod.config import Settings
from melod.tts.base import Engine

SENTENCES = {
    "KR": "현관문이 열렸습니다. 오늘 최고 기온은 23.5℃이고 미세먼지는 보통입니다.",
    "EN": "The front door is open. Today's high is 23.5 °C and the air quality is good.",
    "JP": "玄関のドアが開きました。今日の最高気温は23.5℃です。",
    "ZH": "前门开着。今天最高气温23.5℃，空气质量良好。",
    "FR": "La porte d'entrée est ouverte. Il fera 23,5 °C aujourd'hui.",
    "ES": "La puerta principal está abierta. Hoy la máxima será de 23,5 °C.",
}


@dataclass
class Row:
    """One engine on one language: medians over the runs."""

    engine: str
    lang: str
    normalize_ms: float
    first_chunk_ms: float
    total_ms: float
    audio_s: float

    @property
    def rtf(self) -> float:
        """Real-time factor: seconds of compute per second of speech (lower is faster)."""
        return (self.total_ms / 1000) / self.audio_s if self.audio_s else float("inf")


def measure(engine: Engine, lang: str, runs: int) -> Row:
    """Median timings of `runs` syntheses (after one warm-up)."""
    text = SENTENCES[lang]
    engine.load(lang)
    norm, first, total, audio = [], [], [], 0.0
    for i in range(runs + 1):
        t0 = time.perf_counter()
        spoken = textnorm.normalize(text, lang)
        t1 = time.perf_counter()
        first_at, seconds = None, 0.0
        for chunk in engine.synthesize(spoken, lang):
            first_at = first_at or time.perf_counter()
            seconds += chunk.seconds
        t2 = time.perf_counter()
        if i == 0:
            continue  # warm-up: caches, lazy imports, JIT
        norm.append((t1 - t0) * 1000)
        first.append(((first_at or t2) - t1) * 1000)
        total.append((t2 - t1) * 1000)
        audio = seconds
    med = statistics.median
    return Row(engine.name, lang, med(norm), med(first), med(total), audio)


def run_bench(settings: Settings, langs: list[str], *, runs: int, tiny: bool) -> int:
    """Print a table of MeloTTS (real or tiny) against the espeak-ng baseline."""
    from melod.tts.espeak import EspeakEngine  # noqa: PLC0415
    from melod.tts.melo import MeloEngine  # noqa: PLC0415

    models_dir = settings.tts.models_dir
    scratch = None
    if tiny:
        from melod.tts.tiny import write_tiny_models  # noqa: PLC0415

        scratch = tempfile.TemporaryDirectory(prefix="melod-bench-")
        models_dir = Path(scratch.name)
        write_tiny_models(models_dir, langs)
    melo = MeloEngine(models_dir, device=settings.tts.device, threads=settings.tts.threads)
    baseline = EspeakEngine()
    label = "melotts-tiny" if tiny else "melotts"
    print(
        f"{'lang':<5}{'engine':<14}{'norm ms':>9}{'first ms':>10}{'total ms':>10}"
        f"{'audio s':>9}{'RTF':>7}{'x espeak':>10}"
    )
    for lang in langs:
        base = measure(baseline, lang, runs)
        rows = [base]
        if melo.available(lang):
            row = measure(melo, lang, runs)
            row.engine = label
            rows.append(row)
        else:
            print(f"{lang:<5}{label:<14}  (no model in {models_dir}; try --tiny)")
        for r in rows:
            ratio = r.rtf / base.rtf if base.rtf else float("nan")
            print(
                f"{r.lang:<5}{r.engine:<14}{r.normalize_ms:>9.1f}{r.first_chunk_ms:>10.1f}"
                f"{r.total_ms:>10.1f}{r.audio_s:>9.2f}{r.rtf:>7.3f}{ratio:>10.2f}"
            )
    if scratch is not None:
        scratch.cleanup()
    return 0
