"""Time to first audio and total time, windowed decoding vs one chunk per sentence.

Builds two models into a temporary folder: the tiny test model, and the same with a
real-size decoder and text encoder (MeloTTS's published config.json shape, random weights),
which stands in for a real checkpoint: timing does not depend on the weights' values.  For
a ~10 s sentence on two threads it prints, per model and mode, the time to the first chunk
and to the last (fastest of a few runs), their windowed/one-shot ratios, and the worst
playback slack: how long before the audio already yielded ran out the next chunk arrived
(negative: playback would stall at that seam), the time stalled in all, and when the
last sample would have played.

    .venv/bin/python benchmarks/first_audio.py [--repeats N] [--first FRAMES] [--size FRAMES]
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
import time
from pathlib import Path
from typing import Any

from melod.tts import tiny
from melod.tts.melo import MeloEngine, Sampling, Window
from melod.tts.store import ModelStore

TEXT = (
    "The washing machine in the basement has finished its long cycle, so please take the "
    "wet clothes out soon and hang them up before they start to smell."
)
#: MeloTTS's published model config (HiFi-GAN v1 decoder), minus training-only keys.
REAL_SIZE = {
    "inter_channels": 192,
    "hidden_channels": 192,
    "filter_channels": 768,
    "n_heads": 2,
    "n_layers": 6,
    "n_flow_layer": 4,  # not in config.json: SynthesizerTrn's default
    "resblock_kernel_sizes": [3, 7, 11],
    "resblock_dilation_sizes": [[1, 3, 5], [1, 3, 5], [1, 3, 5]],
    "upsample_rates": [8, 8, 2, 2, 2],
    "upsample_initial_channel": 512,
    "upsample_kernel_sizes": [16, 16, 8, 2, 2],
    "gin_channels": 256,
}


def rebuild(models_dir: Path, sizes: dict[str, Any]) -> None:
    """Rebuild models_dir's EN checkpoint with `sizes` and speech-like durations."""
    import torch  # noqa: PLC0415 - the benchmark is the only user

    folder = ModelStore(models_dir).checkpoint_dir("EN")
    assert folder is not None
    config = json.loads((folder / "config.json").read_text("utf-8"))
    config["model"].update(sizes)
    torch.manual_seed(0)
    model = tiny.build_synthesizer(config)
    with torch.no_grad():
        # Four frames a token whatever the random encoder says, so both models speak TEXT
        # for the same ~10 s, as long as real speech.
        model.dp.proj.weight.zero_()
    tiny.save_checkpoint(folder, config, model)


def run_once(engine: MeloEngine) -> dict[str, float]:
    """Timings of one synthesis of TEXT, and its playback as if started at the first chunk."""
    start = time.perf_counter()
    ready, lengths = [], []
    for chunk in engine.synthesize(TEXT, "EN"):
        ready.append(time.perf_counter() - start)
        lengths.append(chunk.seconds)
    # A player starts on the first chunk and waits at a seam whose chunk is not there yet.
    ends, slack, stalled = ready[0] + lengths[0], math.inf, 0.0
    for arrived, length in zip(ready[1:], lengths[1:], strict=True):
        slack = min(slack, ends - arrived)
        stalled += max(0.0, arrived - ends)
        ends = max(ends, arrived) + length
    return {
        "first": ready[0],
        "total": ready[-1],
        "audio": sum(lengths),
        "slack": slack,
        "stalled": stalled,
        "ends": ends,
    }


def measure(models_dir: Path, window: Window, repeats: int) -> list[dict[str, float]]:
    """One-shot and windowed: the fastest of `repeats` runs each, after a warm-up run.

    The modes take turns, so that load from others on the box falls on both alike.
    """
    engines = []
    for mode in (None, window):
        sampling = Sampling(noise_scale=0.0, noise_scale_w=0.0, seed=0, window=mode)
        # "always": under `auto` a decoder slower than STREAM_MAX_RTF never streams, and
        # the windowed column would silently measure one-shot decoding again.
        engines.append(MeloEngine(models_dir, threads=2, sampling=sampling, stream="always"))
        run_once(engines[-1])  # warm-up: loading, first-use costs of torch and the front-end
    runs: list[list[dict[str, float]]] = [[], []]
    for _ in range(repeats):
        for engine, done in zip(engines, runs, strict=True):
            done.append(run_once(engine))
    return [min(done, key=lambda run: run["total"]) for done in runs]


def main() -> None:
    """Build both models, measure both modes on each and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--first", type=int, default=Window.first, help="first window, frames")
    parser.add_argument("--size", type=int, default=Window.size, help="largest window, frames")
    args = parser.parse_args()
    window = Window(first=args.first, size=args.size)
    print(f"window: first={window.first} size={window.size} frames, margin=receptive field")
    with tempfile.TemporaryDirectory() as tmp:
        models = {
            "tiny": ({}, Path(tmp) / "tiny"),
            "real-size decoder": (REAL_SIZE, Path(tmp) / "real"),
        }
        for sizes, folder in models.values():
            tiny.write_tiny_models(folder, ["EN"])
            rebuild(folder, sizes)
        for name, (_, folder) in models.items():
            one, win = measure(folder, window, args.repeats)
            print(f"\n{name}: {one['audio']:.2f} s of audio, fastest of {args.repeats} runs")
            heads = ("first chunk", 12), ("total", 9), ("worst slack", 13), ("stalled", 9)
            print(f"  {'':10}" + "".join(f"{h:>{w}}" for h, w in heads) + f"{'ends':>8}")
            for mode, r in (("one-shot", one), ("windowed", win)):
                slack = f"{r['slack']:.3f}s" if math.isfinite(r["slack"]) else "-"
                print(
                    f"  {mode:10}{r['first']:11.3f}s{r['total']:8.3f}s{slack:>13}"
                    f"{r['stalled']:8.3f}s{r['ends']:7.3f}s"
                )
            ratios = {k: win[k] / one[k] for k in ("first", "total", "ends")}
            print(
                f"  windowed/one-shot: first chunk x{ratios['first']:.3f}, "
                f"total x{ratios['total']:.3f}, playback ends x{ratios['ends']:.3f}"
            )


if __name__ == "__main__":
    main()
