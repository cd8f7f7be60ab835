"""Audio plumbing: WAV encode/decode, resampling, volume, fades, and the speaker."""

from __future__ import annotations

import io
import itertools
import math
import threading
import wave
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

import numpy as np
import structlog

from melod.errors import PlaybackError
from melod.tts.base import AudioChunk, Samples

log = structlog.get_logger(__name__)

#: Writes to the device go in blocks this long, so stop() takes effect within one block.
BLOCK_MS: Final = 20
#: Silence written after the speech, beyond the device's latency, so its end is heard.
TAIL_MS: Final = 50

# Resampler: Kaiser-windowed sinc, 16 zero crossings each side, passband to 94 % of the
# lower Nyquist; phases of irrational-looking ratios are quantised to 1/1024 sample.
_ZEROS: Final = 16
_ROLLOFF: Final = 0.94
_KAISER_BETA: Final = 8.6
_MAX_PHASES: Final = 1024


def to_wav_bytes(chunk: AudioChunk) -> bytes:
    """The chunk as a RIFF WAV file: PCM 16-bit mono at the chunk's rate."""
    # Scale by 32768 like every PCM reader does, so a round trip is exact up to rounding.
    pcm = np.clip(np.round(chunk.samples * 32768.0), -32768, 32767).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(chunk.rate)
        wav.writeframes(pcm.tobytes())
    return buf.getvalue()


def write_wav(path: str | Path, chunk: AudioChunk) -> None:
    """Write the chunk to `path` as a 16-bit mono WAV file."""
    Path(path).write_bytes(to_wav_bytes(chunk))


def read_wav(source: str | Path | bytes) -> AudioChunk:
    """Read a sound file (WAV, FLAC, OGG: whatever libsndfile reads) as mono float32."""
    import soundfile  # noqa: PLC0415  (needs libsndfile; only chimes and tests read audio)

    data = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    try:
        samples, rate = soundfile.read(data, dtype="float32", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError, TypeError) as err:
        where = "WAV bytes" if isinstance(source, bytes) else str(source)
        raise ValueError(f"cannot read audio from {where}: {err}") from err
    return AudioChunk(samples.mean(axis=1, dtype=np.float32), int(rate))


def resample(samples: Samples, src_rate: int, dst_rate: int) -> Samples:
    """Band-limited resampling (windowed sinc); keeps frequency content and duration."""
    if src_rate <= 0 or dst_rate <= 0:
        raise ValueError(f"sample rates must be positive, got {src_rate} and {dst_rate}")
    x = np.asarray(samples, dtype=np.float32)
    if src_rate == dst_rate or len(x) == 0:
        return x.copy()
    g = math.gcd(src_rate, dst_rate)
    up, down = dst_rate // g, src_rate // g
    n_out = round(len(x) * dst_rate / src_rate)
    cutoff = min(1.0, dst_rate / src_rate) * _ROLLOFF  # in units of the input Nyquist
    half = math.ceil(_ZEROS / cutoff)
    phases = min(up, _MAX_PHASES)
    bank = _filter_bank(phases, half, cutoff)
    padded = np.concatenate([np.zeros(half, np.float32), x, np.zeros(half + 1, np.float32)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * half)
    out = np.empty(n_out, dtype=np.float32)
    step = 8192  # output samples per block keeps the gathered windows to a few MB
    for start in range(0, n_out, step):
        n = np.arange(start, min(start + step, n_out), dtype=np.int64)
        base, rem = np.divmod(n * down, up)
        phase = (rem * phases) // up
        # windows[base + 1] covers inputs base-half+1 .. base+half (after the padding).
        out[start : start + len(n)] = np.einsum("ij,ij->i", windows[base + 1], bank[phase])
    return out


def _filter_bank(phases: int, half: int, cutoff: float) -> np.ndarray[Any, np.dtype[np.float32]]:
    """One row of 2*half taps per fractional position p/phases, each summing to 1."""
    taps = np.arange(-half + 1, half + 1, dtype=np.float64)
    frac = np.arange(phases, dtype=np.float64)[:, None] / phases
    dist = frac - taps[None, :]  # distance from the output instant to each input sample
    window = np.i0(_KAISER_BETA * np.sqrt(np.clip(1.0 - (dist / half) ** 2, 0.0, 1.0)))
    bank = cutoff * np.sinc(cutoff * dist) * window / np.i0(_KAISER_BETA)
    bank /= bank.sum(axis=1, keepdims=True)
    return bank.astype(np.float32)


def apply_volume(samples: Samples, volume: float) -> Samples:
    """Scale by a linear gain in [0, 1] and clip to [-1, 1]."""
    gain = min(1.0, max(0.0, float(volume)))
    scaled: Samples = np.asarray(samples, np.float32) * np.float32(gain)
    return np.clip(scaled, -1.0, 1.0, out=scaled)


def fade(chunk: AudioChunk, in_ms: float = 10.0, out_ms: float = 10.0) -> AudioChunk:
    """Raised-cosine fade-in and fade-out, so a cut never starts or ends with a click."""
    out = np.array(chunk.samples, dtype=np.float32)
    for ms, edge in ((in_ms, slice(None)), (out_ms, slice(None, None, -1))):
        n = min(len(out), round(chunk.rate * ms / 1000))
        if n > 0:
            ramp = (0.5 - 0.5 * np.cos(np.pi * (np.arange(n) + 0.5) / n)).astype(np.float32)
            out[edge][:n] *= ramp
    return AudioChunk(out, chunk.rate)


def splice(parts: Iterable[AudioChunk], gap_ms: float = 150.0, fade_ms: float = 10.0) -> AudioChunk:
    """Join chunks (a chime, then speech) at the first one's rate, faded, with a pause."""
    chunks = list(parts)
    if not chunks:
        raise ValueError("nothing to splice")
    rate = chunks[0].rate
    gap = np.zeros(round(rate * gap_ms / 1000), dtype=np.float32)
    pieces: list[Samples] = []
    for i, part in enumerate(chunks):
        if i:
            pieces.append(gap)
        faded = fade(AudioChunk(resample(part.samples, part.rate, rate), rate), fade_ms, fade_ms)
        pieces.append(faded.samples)
    return AudioChunk(np.concatenate(pieces).astype(np.float32), rate)


class Player:
    """The speaker: one output device, played through PortAudio (sounddevice)."""

    def __init__(
        self,
        device: str | int | None = None,
        preroll_ms: float = 150.0,
        volume: float = 1.0,
        muted: bool = False,
    ) -> None:
        self.device = device
        self.preroll_ms = preroll_ms
        self.volume = volume
        self.muted = muted
        self._stop = threading.Event()
        self._closed = False

    @property
    def volume(self) -> float:
        """Linear gain in [0, 1]; takes effect within one block, even mid-sentence."""
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = min(1.0, max(0.0, float(value)))

    def play(self, chunks: Iterable[AudioChunk]) -> float:
        """Play chunks in order and block until done; return the seconds of audio played."""
        if self._closed:
            raise PlaybackError("the player is closed")
        self._stop.clear()
        it = iter(chunks)
        first = next(it, None)
        if first is None:
            return 0.0
        if self.muted:
            for _ in it:  # drain, so a lazy engine finishes its work and frees memory
                pass
            return 0.0
        sd = _sounddevice()
        info = self._device_info(sd)
        rate, channels = _stream_format(sd, info, first.rate)
        played = 0
        try:
            with sd.OutputStream(
                samplerate=rate, channels=channels, dtype="float32", device=info["index"]
            ) as stream:
                self._write(stream, np.zeros(round(rate * self.preroll_ms / 1000), np.float32))
                for part in itertools.chain((first,), it):
                    played += self._write(stream, resample(part.samples, part.rate, rate))
                    if self._stop.is_set():
                        stream.abort()  # drop what is buffered: a stop must be heard now
                        break
                else:
                    # Closing drops the last buffer's worth on some devices (ALSA's pulse
                    # plugin loses ~40 ms), so push the speech out with silence.
                    tail_s = float(stream.latency) + TAIL_MS / 1000
                    self._write(stream, np.zeros(round(rate * tail_s), np.float32))
        except sd.PortAudioError as err:
            raise PlaybackError(f"audio device {info['name']!r} failed: {err}") from err
        return played / rate

    def _device_info(self, sd: Any) -> dict[str, Any]:
        try:
            return _resolve(sd, self.device)
        except PlaybackError:
            # PortAudio lists devices once, at start-up: a USB speaker plugged in later or
            # a sound server that came up after melod needs a fresh look.
            _rescan(sd)
            return _resolve(sd, self.device)

    def _write(self, stream: Any, samples: Samples) -> int:
        """Write in short blocks, checking for stop(); return the frames written."""
        channels = int(stream.channels)
        block = max(1, round(stream.samplerate * BLOCK_MS / 1000))
        written = 0
        for start in range(0, len(samples), block):
            if self._stop.is_set():
                break
            piece = samples[start : start + block]
            piece = apply_volume(piece, 0.0 if self.muted else self._volume)
            stream.write(np.repeat(piece[:, None], channels, axis=1))
            written += len(piece)
        return written

    def stop(self) -> None:
        """Cut the current playback (from any thread); play() returns within ~BLOCK_MS."""
        self._stop.set()

    def close(self) -> None:
        """Stop playing and refuse further play() calls."""
        self._closed = True
        self._stop.set()


def probe(device: str | int | None = None) -> str:
    """Open and close `device`; return its description or raise PlaybackError."""
    sd = _sounddevice()
    info = _resolve(sd, device)
    rate, channels = _stream_format(sd, info, int(info["default_samplerate"]))
    try:
        with sd.OutputStream(
            samplerate=rate, channels=channels, dtype="float32", device=info["index"]
        ):
            pass
    except sd.PortAudioError as err:
        raise PlaybackError(f"cannot open audio device {info['name']!r}: {err}") from err
    api = sd.query_hostapis(info["hostapi"])["name"]
    return f"{info['name']} ({api}, {channels} ch, {rate} Hz)"


def _sounddevice() -> Any:
    """Import sounddevice late: importing melod.audio must work without PortAudio."""
    try:
        import sounddevice  # noqa: PLC0415
    except OSError as err:  # sounddevice raises OSError when libportaudio is missing
        raise PlaybackError(f"PortAudio is not installed: {err}") from err
    return sounddevice


def _rescan(sd: Any) -> None:
    """Re-initialise PortAudio so it lists devices again; no stream may be open."""
    # sounddevice has no public call for this; its maintainers point to these two.
    if hasattr(sd, "_terminate") and hasattr(sd, "_initialize"):
        sd._terminate()
        sd._initialize()
        log.info("audio_devices_rescanned")


def _resolve(sd: Any, device: str | int | None) -> dict[str, Any]:
    """Device info for a name substring, an index or None (the default output)."""
    try:
        info = dict(sd.query_devices(device, kind="output"))
    except (ValueError, sd.PortAudioError) as err:
        names = ", ".join(
            repr(d["name"]) for d in sd.query_devices() if d["max_output_channels"] > 0
        )
        wanted = "no default output device" if device is None else f"no output device {device!r}"
        raise PlaybackError(f"{wanted}: {err} (outputs: {names or 'none'})") from err
    if info["max_output_channels"] < 1:
        raise PlaybackError(f"audio device {info['name']!r} has no output channels")
    return info


def _stream_format(sd: Any, info: dict[str, Any], rate: int) -> tuple[int, int]:
    """A (rate, channels) pair the device accepts: our rate if it can, mono if it can."""
    rates = dict.fromkeys([rate, int(info["default_samplerate"]), 48000, 44100])
    channel_options = dict.fromkeys([1, 2, int(info["max_output_channels"])])
    last: Exception | None = None
    for r in rates:
        for ch in channel_options:
            if ch > info["max_output_channels"]:
                continue
            try:
                sd.check_output_settings(info["index"], channels=ch, dtype="float32", samplerate=r)
            except sd.PortAudioError as err:
                last = err
                continue
            return r, ch
    raise PlaybackError(f"audio device {info['name']!r} accepts no usable format: {last}")
