"""The speaker for real: espeak-ng speech through Player into a PulseAudio null sink."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from melod.audio import Player, probe
from melod.errors import PlaybackError
from melod.tts.base import AudioChunk, join
from melod.tts.espeak import EspeakEngine
from tests.pulse import DEVICE, active_seconds, onset

pytestmark = pytest.mark.integration

SENTENCE = "The front door is open and the garage is closed"
#: How long the recording runs on after play() returns, so the tail is captured.
SETTLE_S = 0.3


@pytest.fixture(scope="module")
def speech() -> AudioChunk:
    pytest.importorskip("espeakng_loader")
    return join(EspeakEngine().synthesize(SENTENCE, "EN"))


def beep(rate: int = 22050, seconds: float = 0.2, amp: float = 0.5) -> AudioChunk:
    t = np.arange(round(rate * seconds)) / rate
    return AudioChunk((amp * np.sin(2 * np.pi * 660 * t)).astype(np.float32), rate)


def test_speech_comes_out_of_the_speaker(recorder, speech):
    player = Player(DEVICE, preroll_ms=100)
    played = player.play([speech])
    time.sleep(SETTLE_S)
    heard = recorder.stop()
    assert played == pytest.approx(speech.seconds, abs=0.01)
    expected = active_seconds(speech.samples, speech.rate)
    assert active_seconds(heard, recorder.rate) == pytest.approx(expected, rel=0.05)
    peak = np.abs(speech.samples).max()
    assert np.abs(heard).max() == pytest.approx(peak, rel=0.15)


def test_volume_scales_what_comes_out(recorder):
    Player(DEVICE, preroll_ms=50, volume=0.25).play([beep(amp=0.8)])
    time.sleep(SETTLE_S)
    assert np.abs(recorder.stop()).max() == pytest.approx(0.2, rel=0.15)


def test_chunks_of_different_rates_play_in_one_stream(recorder):
    parts = [beep(22050, 0.3), beep(16000, 0.3), beep(48000, 0.3)]
    played = Player(DEVICE, preroll_ms=50).play(iter(parts))
    time.sleep(SETTLE_S)
    heard = recorder.stop()
    assert played == pytest.approx(0.9, abs=0.01)
    # One stream: a new stream per chunk would add its 50 ms preroll twice (>= 0.1 s). A
    # busy 2-core box may underrun once and insert ~20 ms of silence; that is not this bug.
    assert active_seconds(heard, recorder.rate) == pytest.approx(0.9, abs=0.04)


def test_stop_cuts_playback_short(recorder, speech):
    player = Player(DEVICE, preroll_ms=50)
    long_speech = join([speech, speech, speech])  # ~8 s
    timer = threading.Timer(0.5, player.stop)
    start = time.monotonic()
    timer.start()
    played = player.play([long_speech])
    elapsed = time.monotonic() - start
    time.sleep(SETTLE_S)
    heard = recorder.stop()
    timer.join()
    assert elapsed < 0.5 + 0.35, "play() should return soon after stop()"
    assert played < 0.6
    assert 0.1 < active_seconds(heard, recorder.rate) < 0.8
    # The next utterance plays in full: stop() applies to the current one only.
    assert player.play([beep()]) == pytest.approx(0.2, abs=0.01)


def test_preroll_delays_the_first_sample(recorder):
    """The preroll is silence written before the speech, so the speech starts that much later."""
    calls = []
    for preroll_ms in (0, 400):
        calls.append(time.monotonic())
        Player(DEVICE, preroll_ms=preroll_ms).play([beep()])
        time.sleep(0.3)
    heard = recorder.stop()
    first = onset(heard, recorder.rate)
    assert first is not None
    gap_start = round((first + 0.25) * recorder.rate)
    second = onset(heard[gap_start:], recorder.rate)
    assert second is not None
    second += gap_start / recorder.rate
    # Both onsets are on the recording's clock, both calls on ours: the offset cancels.
    delay = (second - first) - (calls[1] - calls[0])
    assert delay == pytest.approx(0.4, abs=0.1)


def test_missing_device_is_a_playback_error(pulse_server):
    with pytest.raises(PlaybackError, match="no output device 'no-such-speaker'"):
        Player("no-such-speaker").play([beep()])
    with pytest.raises(PlaybackError, match="no output device 999"):
        probe(999)


def test_probe_describes_the_device(pulse_server):
    assert probe(DEVICE).startswith("pulse (ALSA")


def test_default_device_reaches_pulse(recorder):
    """With the server up, ALSA's `default` is PulseAudio (Debian's 99-pulse.conf hook)."""
    assert Player(None, preroll_ms=50).play([beep()]) == pytest.approx(0.2, abs=0.01)
    time.sleep(SETTLE_S)
    # All of it, to the last millisecond: closing the stream must not eat the end.
    assert active_seconds(recorder.stop(), recorder.rate) == pytest.approx(0.2, abs=0.005)
