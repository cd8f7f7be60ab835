"""Time to first audio and total time, windowed decoding vs one chunk per sentence.

Builds two models into a temporary folder: the tiny test model, and the same with a
real-size decoder and text encoder (MeloTTS's published config.json shape, random weights),
which stands in for a real checkpoint: timing does not depend on the weights' values.  For
a ~10 s sentence on two threads it prints, per model and mode, the time to the first chunk
and to the last (fastest of a few runs), their windowed/one-shot ratios, and the worst
playback slack: how long before the audio already yielded ran out the next chunk arrived
(negative: playback would stall at that seam).

    .venv/bin/python benchmarks/first_audio.py [--repeats N] [--first FRAMES] [--size FRAMES]
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from melod.tts.melo import MeloEngine, Sampling, Window
from melod.tts.store import ModelStore
from melod.tts.tiny import write_tiny_models

TEXT = (
    "The washing machine in the basement has finished its long cycle, "
    "so please take the wet clothes out soon."
)
#: MeloTTS's published model config (HiFi-GAN v1 decoder), minus training-only keys.
REAL_SIZE = {
    "inter_channels": 192,
    "hidden_channels": 192,
    "filter_channels": 768,
    "n_heads": 2,
    "n_layers": 6,
    "resblock_kernel_sizes": [3, 7, 11],
    "resblock_dilation_sizes": [[1, 3, 5], [1, 3, 5], [1, 3, 5]],
    "upsample_rates": [8, 8, 2, 2, 2],
    "upsample_initial_channel": 512,
    "upsample_kernel_sizes": [16, 16, 8, 2, 2],
    "gin_channels": 256,
}


def make_real_size(models_dir: Path) -> None:
    """Turn models_dir's tiny EN checkpoint into one with real-size layers."""
    import torch  # noqa: PLC0415 - the benchmark is the only user
    from melo.models import SynthesizerTrn  # noqa: PLC0415

    folder = ModelStore(models_dir).checkpoint_dir("EN")
    assert folder is not None
    config = json.loads((folder / "config.json").read_text("utf-8"))
    config["model"].update(REAL_SIZE)
    data = config["data"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecated weight_norm
        model = SynthesizerTrn(
            len(config["symbols"]),
            data["filter_length"] // 2 + 1,
            config["train"]["segment_size"] // data["hop_length"],
            n_speakers=data["n_speakers"],
            num_tones=config["num_tones"],
            num_languages=config["num_languages"],
            **config["model"],
        )
    with torch.no_grad():
        # Four frames a token whatever the random encoder says, so the audio's length (and
        # the work) is that of real speech: ~10 s for TEXT.
        model.dp.proj.weight.zero_()
        model.dp.proj.bias.fill_(math.log(4.0))
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    torch.save({"model": model.state_dict()}, folder / "checkpoint.pth")


def run_once(engine: MeloEngine, clock: Callable[[], float]) -> tuple[float, float, float, float]:
    """(first chunk s, total s, audio s, worst slack s) for one synthesis of TEXT."""
    start = clock()
    ready, lengths = [], []
    for chunk in engine.synthesize(TEXT, "EN"):
        ready.append(clock() - start)
        lengths.append(chunk.seconds)
    # Playback starts when the first chunk is ready; chunk k must arrive before the
    # audio of chunks 0..k-1 has played.
    played = [ready[0] + sum(lengths[:k]) for k in range(len(ready))]
    slack = min((p - r for p, r in zip(played[1:], ready[1:], strict=True)), default=math.inf)
    return ready[0], ready[-1], sum(lengths), slack


def measure(models_dir: Path, window: Window | None, repeats: int) -> dict[str, float]:
    """The fastest of `repeats` runs after a warm-up run (others on the box only slow runs)."""
    sampling = Sampling(noise_scale=0.0, noise_scale_w=0.0, seed=0, window=window)
    engine = MeloEngine(models_dir, threads=2, sampling=sampling)
    engine.load("EN")
    run_once(engine, time.perf_counter)  # warm-up: first-use costs of torch and the front-end
    runs = [run_once(engine, time.perf_counter) for _ in range(repeats)]
    first, total, audio, slack = min(runs, key=lambda run: run[1])
    return {"first": first, "total": total, "audio": audio, "slack": slack}


def main() -> None:
    """Build both models, measure both modes on each and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--first", type=int, default=Window.first, help="first window, frames")
    parser.add_argument("--size", type=int, default=Window.size, help="largest window, frames")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        models = {"tiny": Path(tmp) / "tiny", "real-size decoder": Path(tmp) / "real"}
        for folder in models.values():
            write_tiny_models(folder, ["EN"])
        make_real_size(models["real-size decoder"])
        window = Window(first=args.first, size=args.size)
        print(f"window: first={window.first} size={window.size} margin=receptive field")
        for name, folder in models.items():
            one = measure(folder, None, args.repeats)
            win = measure(folder, window, args.repeats)
            print(f"\n{name}: {one['audio']:.2f} s of audio, fastest of {args.repeats} runs")
            print(f"  {'':10}{'first chunk':>13}{'total':>9}{'worst slack':>13}")
            for mode, r in (("one-shot", one), ("windowed", win)):
                print(f"  {mode:10}{r['first']:12.3f}s{r['total']:8.3f}s{r['slack']:12.3f}s")
            ratio_first, ratio_total = win["first"] / one["first"], win["total"] / one["total"]
            print(f"  windowed/one-shot: first chunk x{ratio_first:.3f}, total x{ratio_total:.3f}")


if __name__ == "__main__":
    main()
