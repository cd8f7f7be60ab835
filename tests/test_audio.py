"""WAV encoding, resampling, volume and fades: pure numpy, no device."""

from __future__ import annotations

import io
import subprocess
import sys
import wave

import numpy as np
import pytest
import soundfile
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from melod.audio import (
    Player,
    apply_volume,
    fade,
    read_wav,
    resample,
    splice,
    to_wav_bytes,
    write_wav,
)
from melod.errors import PlaybackError
from melod.tts.base import AudioChunk


def sine(freq: float, rate: int, seconds: float, amp: float = 0.5) -> np.ndarray:
    t = np.arange(round(rate * seconds)) / rate
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def peak_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.argmax(spectrum)) * rate / len(samples)


def test_wav_bytes_are_pcm16_mono_at_the_chunk_rate():
    chunk = AudioChunk(sine(440, 22050, 0.5), 22050)
    data = to_wav_bytes(chunk)
    assert data[:4] == b"RIFF"
    assert data[8:12] == b"WAVE"
    with wave.open(io.BytesIO(data)) as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getframerate() == 22050
        assert wav.getnframes() == len(chunk.samples)


def test_wav_round_trip_through_bytes_and_file(tmp_path):
    chunk = AudioChunk(sine(440, 16000, 0.25), 16000)
    back = read_wav(to_wav_bytes(chunk))
    assert back.rate == 16000
    np.testing.assert_allclose(back.samples, chunk.samples, atol=1 / 32767)
    path = tmp_path / "x.wav"
    write_wav(path, chunk)
    np.testing.assert_array_equal(read_wav(path).samples, back.samples)


@settings(max_examples=30, deadline=None)
@given(
    hnp.arrays(np.float32, st.integers(0, 500), elements=st.floats(-1.5, 1.5, width=32)),
    st.sampled_from([8000, 22050, 44100, 48000]),
)
def test_wav_round_trip_clips_and_quantises_only(samples, rate):
    back = read_wav(to_wav_bytes(AudioChunk(samples, rate)))
    assert back.rate == rate
    np.testing.assert_allclose(back.samples, np.clip(samples, -1, 1), atol=1.01 / 32767)


def test_read_wav_mixes_stereo_to_mono(tmp_path):
    left, right = sine(440, 8000, 0.1), np.zeros(800, np.float32)
    path = tmp_path / "stereo.wav"
    soundfile.write(path, np.stack([left, right], axis=1), 8000, subtype="FLOAT")
    chunk = read_wav(path)
    assert chunk.samples.dtype == np.float32
    np.testing.assert_allclose(chunk.samples, left / 2, atol=1e-6)


def test_read_wav_rejects_garbage():
    with pytest.raises(ValueError, match="cannot read audio"):
        read_wav(b"not a wav file at all")


@pytest.mark.parametrize(
    ("src", "dst"), [(22050, 48000), (48000, 22050), (22050, 44100), (44100, 48000), (16000, 22050)]
)
def test_resample_keeps_frequency_and_duration(src, dst):
    x = sine(1000, src, 1.0)
    y = resample(x, src, dst)
    assert y.dtype == np.float32
    assert len(y) == round(len(x) * dst / src)
    assert peak_hz(y, dst) == pytest.approx(1000, abs=2)
    middle = slice(len(y) // 10, -len(y) // 10)
    np.testing.assert_allclose(y[middle], sine(1000, dst, 1.0)[middle], atol=1e-3)


def test_resample_down_removes_what_the_new_rate_cannot_hold():
    y = resample(sine(15000, 48000, 0.5), 48000, 22050)
    assert np.sqrt(np.mean(y[1000:-1000] ** 2)) < 1e-3


def test_resample_same_rate_and_empty():
    x = sine(440, 8000, 0.1)
    np.testing.assert_array_equal(resample(x, 8000, 8000), x)
    assert len(resample(np.zeros(0, np.float32), 22050, 48000)) == 0
    with pytest.raises(ValueError, match="positive"):
        resample(x, 0, 8000)


def test_apply_volume_scales_clamps_and_clips():
    x = np.array([0.5, -0.5, 1.0], np.float32)
    np.testing.assert_allclose(apply_volume(x, 0.5), [0.25, -0.25, 0.5])
    np.testing.assert_allclose(apply_volume(x, 3.0), x)  # volume is clamped to 1
    np.testing.assert_array_equal(apply_volume(x, -1), [0, 0, 0])
    np.testing.assert_array_equal(apply_volume(np.array([2.0], np.float32), 1.0), [1.0])


def test_fade_ramps_both_ends_and_leaves_the_middle():
    chunk = AudioChunk(np.ones(1000, np.float32), 1000)
    out = fade(chunk, in_ms=50, out_ms=100).samples
    assert out[0] < 0.01
    assert out[-1] < 0.01
    assert np.all(np.diff(out[:50]) > 0)
    np.testing.assert_array_equal(out[50:900], 1.0)
    assert out[899] > out[900] > out[950]
    np.testing.assert_array_equal(chunk.samples, 1.0)  # the input is not modified


def test_fade_on_a_chunk_shorter_than_the_fade():
    out = fade(AudioChunk(np.ones(3, np.float32), 1000), in_ms=10, out_ms=10)
    assert out.samples.shape == (3,)
    assert np.all(out.samples < 1)


def test_splice_joins_a_chime_to_speech_without_a_click():
    chime = AudioChunk(sine(880, 48000, 0.3, amp=0.8), 48000)
    speech = AudioChunk(sine(300, 22050, 0.5, amp=0.8), 22050)
    joined = splice([chime, speech], gap_ms=100, fade_ms=10)
    assert joined.rate == 48000
    assert joined.seconds == pytest.approx(0.3 + 0.1 + 0.5, abs=0.002)
    # A click is a jump far bigger than the steepest step of the sines themselves.
    steepest = 0.8 * 2 * np.pi * 880 / 48000
    assert np.max(np.abs(np.diff(joined.samples))) <= steepest * 1.05
    gap = joined.samples[round(0.3 * 48000) : round(0.4 * 48000)]
    np.testing.assert_array_equal(gap, 0)


def test_muted_player_drains_the_chunks_without_a_device():
    pulled = []

    def chunks():
        for i in range(3):
            pulled.append(i)
            yield AudioChunk(np.ones(10, np.float32), 1000)

    player = Player(device="no such device", muted=True)
    assert player.play(chunks()) == 0.0
    assert pulled == [0, 1, 2]


def test_player_volume_is_clamped_and_closed_player_refuses():
    player = Player(volume=1.7)
    assert player.volume == 1.0
    player.volume = -0.2
    assert player.volume == 0.0
    player.close()
    with pytest.raises(PlaybackError, match="closed"):
        player.play([AudioChunk(np.zeros(10, np.float32), 1000)])


def test_importing_melod_audio_does_not_import_sounddevice():
    code = "import sys, melod.audio; assert 'sounddevice' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
