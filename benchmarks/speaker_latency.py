"""Receipt -> first sound on a real speaker (PulseAudio null sink), as `done.latency_ms` says.

Usage: .venv/bin/python benchmarks/speaker_latency.py [--runs N]

Starts a private PulseAudio with a null sink, a mosquitto and `melod run` with the
espeak-ng voice on the speaker, publishes short lines one at a time and reports the
median `latency_ms` from `done` (receipt to the first chunk handed to the sound device,
pre-roll excluded) next to the publish -> done wall time (which includes playing it).
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
from tests.pulse import DEVICE, start_pulse  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        pulse = start_pulse(tmp / "pulse")
        broker = Broker(tmp)
        broker.start()
        base = unique_base()
        client = Client(broker, base)
        output = {"mode": "speaker", "device": DEVICE, "preroll_ms": 100}
        proc = MelodProcess(
            write_config(
                tmp, broker, base, output=output, tts={"cache_mb": 0}, logging={"level": "WARNING"}
            ),
            env=pulse.env,
        )
        try:
            proc.start(client)
            latency, wall = [], []
            for i in range(args.runs + 1):
                t0 = time.perf_counter()
                client.publish("say/EN", json.dumps({"text": f"Door {i} is open.", "id": f"s{i}"}))
                done = client.json("done", id=f"s{i}", timeout=60)
                if i:
                    latency.append(float(done["latency_ms"]))
                    wall.append((time.perf_counter() - t0) * 1000)
        finally:
            proc.stop_quietly()
            client.close()
            broker.stop()
            pulse.stop()
    print(
        f"speaker, espeak-ng EN: latency_ms median {statistics.median(latency):.0f} "
        f"(min {min(latency):.0f}, max {max(latency):.0f}); publish->done incl. playback "
        f"median {statistics.median(wall):.0f} ms"
    )


if __name__ == "__main__":
    main()
