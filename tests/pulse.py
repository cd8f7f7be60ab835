"""A private PulseAudio server with a null sink, and a recorder of what was played into it.

The path audio takes in these tests is the one a user's box takes:
sounddevice -> PortAudio -> ALSA -> the ALSA pulse plugin (libasound2-plugins) -> PulseAudio,
where the null sink `melod_test` swallows it and `parec` records its monitor.

Register the fixtures in tests/conftest.py with::

    from tests.pulse import pulse_server, recorder  # noqa: F401
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

SINK = "melod_test"
#: The null sink's rate, and the rate the recorder asks parec for.
RATE = 48000
#: Name of the PortAudio device that reaches PulseAudio (Debian's ALSA `pulse` pcm).
DEVICE = "pulse"

_PA_SCRIPT = """\
load-module module-native-protocol-unix socket={socket} auth-anonymous=1
load-module module-null-sink sink_name={sink} rate={rate} channels=2 \
sink_properties=device.description=melod_test
set-default-sink {sink}
"""


class PulseUnavailableError(RuntimeError):
    """PulseAudio, parec or the ALSA pulse plugin is missing or would not start."""


@dataclass
class PulseServer:
    """A running private PulseAudio server; `env` reaches it from any client."""

    root: Path
    process: subprocess.Popen[bytes]
    socket: Path
    sink: str = SINK
    rate: int = RATE
    env: dict[str, str] = field(default_factory=dict)
    _keepalive: subprocess.Popen[bytes] | None = None

    @property
    def server(self) -> str:
        """The PULSE_SERVER value for this server."""
        return f"unix:{self.socket}"

    def pactl(self, *args: str) -> str:
        """Run pactl against this server and return its output."""
        return subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, check=True, timeout=10
        ).stdout

    def log(self) -> str:
        """The server's log so far (for failure messages)."""
        return (self.root / "pulse.log").read_text(errors="replace")

    def keep_sink_responsive(self, timeout: float = 5.0) -> None:
        """Hold a low-latency reader on the monitor for as long as the server runs.

        An idle null sink renders in 2 s blocks, so a fresh stream (parec or a player)
        would wait up to 2 s for its first block; a standing low-latency reader keeps the
        blocks at ~10 ms.  Returns once that reader receives audio.
        """
        process = subprocess.Popen(
            _parec_command(self.sink, 8000),
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._keepalive = process
        flowing = threading.Event()

        def drain() -> None:
            assert process.stdout is not None
            while process.stdout.read1(4096):
                flowing.set()

        threading.Thread(target=drain, name="pulse-keepalive", daemon=True).start()
        if not flowing.wait(timeout):
            raise PulseUnavailableError(f"the null sink's monitor gave no audio in {timeout} s")

    def stop(self) -> None:
        """Terminate the server (and the keep-alive reader) and wait for them."""
        for process in (self._keepalive, self.process):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            if process is not None and process.stdout is not None:
                process.stdout.close()


def start_pulse(root: Path, rate: int = RATE, timeout: float = 10.0) -> PulseServer:
    """Start PulseAudio (as any user, root included) with its own dirs under `root`."""
    for tool in ("pulseaudio", "pactl", "parec"):
        if shutil.which(tool) is None:
            raise PulseUnavailableError(
                f"{tool} is not installed (apt: pulseaudio pulseaudio-utils)"
            )
    for sub in ("runtime", "home", "config"):
        (root / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
    socket = root / "native"
    script = root / "melod.pa"
    script.write_text(_PA_SCRIPT.format(socket=socket, sink=SINK, rate=rate))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PULSE_")}
    # Own runtime/home/config dirs: nothing is shared with (or left behind for) a desktop
    # session, and root needs no --system mode.
    env.update(
        XDG_RUNTIME_DIR=str(root / "runtime"),
        HOME=str(root / "home"),
        XDG_CONFIG_HOME=str(root / "config"),
    )
    cmd = [
        "pulseaudio",
        "-n",  # no default.pa: only our script's modules (no suspend-on-idle, no hardware)
        "--daemonize=no",
        "--exit-idle-time=-1",
        "--disallow-exit",
        "--use-pid-file=no",
        "--realtime=no",
        "--high-priority=no",
        "--log-target=stderr",
        "-F",
        str(script),
    ]
    with (root / "pulse.log").open("wb") as log:
        process = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = PulseServer(root, process, socket, rate=rate, env=env)
    server.env["PULSE_SERVER"] = server.server
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise PulseUnavailableError(
                f"pulseaudio exited with {process.returncode}:\n{server.log()}"
            )
        if socket.exists():
            with contextlib.suppress(subprocess.CalledProcessError):
                if SINK in server.pactl("list", "short", "sinks"):
                    try:
                        server.keep_sink_responsive()
                    except PulseUnavailableError:
                        server.stop()
                        raise
                    return server
        time.sleep(0.05)
    server.stop()
    raise PulseUnavailableError(f"pulseaudio did not come up in {timeout} s:\n{server.log()}")


def refresh_portaudio() -> None:
    """Make PortAudio re-read ALSA's devices (it lists them once, when first imported)."""
    if "sounddevice" in sys.modules:
        sd = sys.modules["sounddevice"]
        sd._terminate()
        sd._initialize()


def _check_portaudio_reaches_pulse() -> None:
    """Raise PulseUnavailableError unless PortAudio lists the ALSA `pulse` device."""
    try:
        import sounddevice as sd  # noqa: PLC0415
    except OSError as err:
        raise PulseUnavailableError(
            f"PortAudio is not installed (apt: libportaudio2): {err}"
        ) from err
    try:
        sd.query_devices(DEVICE, kind="output")
    except ValueError as err:
        raise PulseUnavailableError(
            f"PortAudio has no ALSA {DEVICE!r} device (apt: libasound2-plugins): {err}"
        ) from err


class Recorder:
    """Records the null sink's monitor with parec, as mono s16le at `rate`."""

    def __init__(self, server: PulseServer, path: Path, rate: int = RATE) -> None:
        self.server = server
        self.path = path
        self.rate = rate
        self._process: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0

    def start(self, timeout: float = 5.0) -> None:
        """Start recording; return once audio is flowing, so nothing played is missed."""
        cmd = _parec_command(self.server.sink, self.rate)
        with self.path.open("wb") as out:
            self._process = subprocess.Popen(
                cmd, env=self.server.env, stdout=out, stderr=subprocess.PIPE
            )
        deadline = time.monotonic() + timeout
        while self.path.stat().st_size == 0:
            if self._process.poll() is not None or time.monotonic() > deadline:
                err = self._stop_process()
                raise PulseUnavailableError(f"parec did not start recording: {err}")
            time.sleep(0.01)
        self.started_at = time.monotonic()

    def stop(self) -> np.ndarray:
        """Stop recording and return the samples as float32 in [-1, 1]."""
        self._stop_process()
        return read_raw(self.path)

    def _stop_process(self) -> str:
        if self._process is None:
            return ""
        process, self._process = self._process, None
        if process.poll() is None:
            process.terminate()
        _, err = process.communicate(timeout=5)
        return err.decode(errors="replace").strip()


def _parec_command(sink: str, rate: int) -> list[str]:
    return [
        "parec",
        f"--device={sink}.monitor",
        "--format=s16le",
        f"--rate={rate}",
        "--channels=1",
        "--raw",
        "--latency-msec=10",
    ]


def read_raw(path: Path) -> np.ndarray:
    """Read mono s16le samples as float32."""
    data = path.read_bytes()
    pcm = np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2")
    return (pcm.astype(np.float32) / 32768.0).astype(np.float32)


def onset(samples: np.ndarray, rate: int, threshold: float = 0.02) -> float | None:
    """Seconds until the first sample louder than `threshold`, or None if all is quiet."""
    loud = np.flatnonzero(np.abs(samples) > threshold)
    return float(loud[0]) / rate if len(loud) else None


def active_seconds(samples: np.ndarray, rate: int, threshold: float = 0.02) -> float:
    """Seconds from the first to the last sample louder than `threshold`."""
    loud = np.flatnonzero(np.abs(samples) > threshold)
    return float(loud[-1] - loud[0] + 1) / rate if len(loud) else 0.0


@pytest.fixture(scope="session")
def pulse_server() -> Iterator[PulseServer]:
    """A private PulseAudio server for the session; PULSE_SERVER points the process at it."""
    root = Path(tempfile.mkdtemp(prefix="melod-pulse-"))
    try:
        server = start_pulse(root)
    except PulseUnavailableError as err:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"no PulseAudio for integration tests: {err}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PULSE_SERVER", server.server)
        refresh_portaudio()
        try:
            _check_portaudio_reaches_pulse()
        except PulseUnavailableError as err:
            server.stop()
            shutil.rmtree(root, ignore_errors=True)
            pytest.skip(str(err))
        try:
            yield server
        finally:
            server.stop()
            shutil.rmtree(root, ignore_errors=True)
    refresh_portaudio()


@pytest.fixture
def recorder(pulse_server: PulseServer, tmp_path: Path) -> Iterator[Recorder]:
    """A started Recorder of the null sink; stopped (if the test did not) at teardown."""
    rec = Recorder(pulse_server, tmp_path / "recording.raw")
    rec.start()
    try:
        yield rec
    finally:
        rec._stop_process()
