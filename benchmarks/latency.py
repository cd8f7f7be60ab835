"""Publish -> done latency of a short line, measured on a real broker and a real `melod run`.

Usage: .venv/bin/python benchmarks/latency.py [--runs N]

Three figures, measured in the same run: the broker's own round trip (publish and
receive a message: the floor any MQTT service pays), melod with the espeak-ng fallback,
and melod with MeloTTS on the tiny generated model.  Output is reply-only, so the numbers
are synthesis + queueing + MQTT, not the sound card.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.broker import Broker, Client, unique_base  # noqa: E402
from tests.daemon_proc import MelodProcess, write_config  # noqa: E402

TEXT = {"KR": "현관문이 열렸습니다", "EN": "The front door is open."}


def round_trip(client: Client, runs: int) -> list[float]:
    out = []
    for i in range(runs):
        t0 = time.perf_counter()
        client.publish("echo", f"ping {i}")
        client.wait("echo")
        out.append((time.perf_counter() - t0) * 1000)
    return out


def melod_latency(client: Client, lang: str, runs: int) -> tuple[list[float], list[float]]:
    wall, reported = [], []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        client.publish(
            f"say/{lang}",
            json.dumps({"text": f"{TEXT[lang]} {i}", "id": f"b{i}", "output": "reply"}),
        )
        done = client.json("done", id=f"b{i}", timeout=120)
        if i:  # the first one loads the model
            wall.append((time.perf_counter() - t0) * 1000)
            reported.append(float(done["latency_ms"]))
    return wall, reported


def run(tmp: Path, broker: Broker, runs: int, models: Path | None) -> dict[str, list[float]]:
    base = unique_base()
    client = Client(broker, base)
    tts: dict[str, object] = {"cache_mb": 0}
    if models is not None:
        tts["models_dir"] = str(models)
    proc = MelodProcess(write_config(tmp, broker, base, tts=tts, logging={"level": "WARNING"}))
    try:
        proc.start(client, timeout=120)
        results = {}
        for lang in TEXT:
            results[lang] = melod_latency(client, lang, runs)[0]
        return results
    finally:
        proc.stop_quietly()
        client.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    from melod.tts.tiny import write_tiny_models  # noqa: PLC0415 - torch only here

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        broker = Broker(tmp)
        broker.start()
        try:
            probe = Client(broker, unique_base())
            floor = statistics.median(round_trip(probe, args.runs))
            probe.close()
            (tmp / "espeak").mkdir()
            espeak = run(tmp / "espeak", broker, args.runs, None)
            models = tmp / "models"
            write_tiny_models(models, list(TEXT))
            (tmp / "melo").mkdir()
            melo = run(tmp / "melo", broker, args.runs, models)
        finally:
            broker.stop()
    print(f"broker round trip (baseline): {floor:7.1f} ms")
    for name, results in (("espeak-ng", espeak), ("melotts-tiny", melo)):
        for lang, values in results.items():
            med = statistics.median(values)
            print(
                f"{name:<13} {lang}: publish->done median {med:7.1f} ms "
                f"(p90 {sorted(values)[int(0.9 * (len(values) - 1))]:.1f}) "
                f"= {med / floor:5.1f} x broker round trip"
            )


if __name__ == "__main__":
    main()
