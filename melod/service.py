"""The daemon's life under systemd: build the parts, notify, feed the watchdog, stop cleanly."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from types import FrameType

import structlog

from melod import __version__, audio, sdnotify
from melod.config import Settings
from melod.daemon import Daemon
from melod.queue import RequestQueue
from melod.tts.base import AudioChunk
from melod.tts.pool import VoicePool

log = structlog.get_logger(__name__)


def load_chimes(settings: Settings) -> dict[str, AudioChunk]:
    """Read the configured chime WAVs once, at start-up."""
    # A short fade at both ends: a chime cut off mid-wave clicks.
    return {
        name: audio.fade(audio.read_wav(path), in_ms=5, out_ms=15)
        for name, path in settings.output.chimes.items()
    }


def run_daemon(settings: Settings, *, config_path: Path | None, pool: VoicePool) -> int:
    """Run until SIGTERM or SIGINT; exit 0 after an orderly shutdown."""
    settings.limits.queue_path.parent.mkdir(parents=True, exist_ok=True)
    requests = RequestQueue(settings.limits.queue_path, maxsize=settings.limits.queue_max)
    player = audio.Player(
        settings.output.device, preroll_ms=settings.output.preroll_ms, volume=settings.output.volume
    )
    daemon = Daemon(settings, pool, requests, player, load_chimes(settings))
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal", signal=signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    log.info(
        "starting",
        version=__version__,
        config=str(config_path),
        broker=f"{settings.mqtt.host}:{settings.mqtt.port}",
    )
    try:
        daemon.start()
        sdnotify.notify("READY=1", f"STATUS=speaking on {settings.mqtt.base_topic}/say")
        watchdog = sdnotify.watchdog_interval()
        while not stop.wait(watchdog or 1.0):
            if watchdog and daemon.healthy():
                sdnotify.notify("WATCHDOG=1")
    finally:
        sdnotify.notify("STOPPING=1")
        daemon.stop()
    return 0
