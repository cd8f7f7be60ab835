"""The two workers: one owns the models and synthesises, one owns the speaker and plays."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Protocol

import structlog

from melod import audio
from melod import text as textnorm
from melod.errors import MelodError, PlaybackError
from melod.jobs import Ending, Job
from melod.queue import RequestQueue
from melod.tts.base import AudioChunk
from melod.tts.pool import VoicePool

log = structlog.get_logger(__name__)


class Reporter(Protocol):
    """What the workers need from the daemon: events out and bookkeeping."""

    def reply(self, job: Job, topic: str) -> None: ...
    def finish(self, job: Job, code: str | None = None, message: str = "") -> None: ...
    def playing(self, job: Job | None) -> None: ...


class PlayerLike(Protocol):
    """The part of audio.Player the daemon uses (tests hand in their own)."""

    volume: float
    muted: bool

    def play(self, chunks: Iterator[AudioChunk]) -> float: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...


class Heartbeat:
    """When a worker last proved alive; the systemd watchdog reads it."""

    def __init__(self) -> None:
        self.at = time.monotonic()
        self.busy_since: float | None = None

    def beat(self) -> None:
        """Mark the worker alive now."""
        self.at = time.monotonic()


class SynthesisWorker(threading.Thread):
    """Takes requests from the durable queue, speaks them chunk by chunk."""

    def __init__(
        self,
        requests: RequestQueue,
        pool: VoicePool,
        handoff: queue.Queue[Job],
        reporter: Reporter,
        chimes: dict[str, AudioChunk],
        stopping: threading.Event,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(name="melod-synth", daemon=True)
        self.requests, self.pool, self.handoff = requests, pool, handoff
        self.reporter, self.chimes, self.stopping, self.now = reporter, chimes, stopping, now
        self.current: Job | None = None
        self.heartbeat = Heartbeat()
        #: set at shutdown: finish the current job, start no new one
        self.draining = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            self.heartbeat.beat()
            if self.draining.is_set():  # shutting down: what is queued stays queued
                time.sleep(0.05)
                continue
            # Stay one job ahead of the speaker, no more: a request taken from the
            # durable queue early could no longer be overtaken by a higher priority.
            if not self.handoff.empty():
                time.sleep(0.02)
                continue
            req = self.requests.get(timeout=0.5)
            if req is None:
                continue
            job = Job(req)
            self.current = job
            self.heartbeat.busy_since = time.monotonic()
            try:
                self._work(job)
            except Exception as exc:
                log.exception("synthesis_crashed", id=req.id)
                job.cancel(Ending.DONE)
                self.reporter.finish(job, "synthesis_failed", f"internal error: {exc}")
            finally:
                self.current = None
                self.heartbeat.busy_since = None

    def _work(self, job: Job) -> None:
        req = job.req
        if req.expired(self.now()):
            age = self.now() - req.received_at
            self.reporter.finish(job, "expired", f"dropped after {age:.0f} s (ttl_s {req.ttl_s:g})")
            return
        job.spoken = textnorm.normalize(req.text, req.lang, speaker=req.speaker)
        if job.to_speaker:
            self.handoff.put(job)
            chime = self._chime(req.chime) if req.chime else None
            if chime is not None:
                job.push(chime)
        error = self._synthesise(job)
        if job.to_speaker:
            job.push(None)
        if error is not None:
            job.error = error
            if not job.to_speaker:
                self.reporter.finish(job, *error)
            return
        if job.to_reply and not job.cancelled.is_set() and req.reply_topic:
            self.reporter.reply(job, req.reply_topic)
        if not job.to_speaker:
            self.reporter.finish(job)

    def _chunks(self, job: Job) -> Iterator[AudioChunk]:
        req = job.req
        job.engine = self.pool.engine_for(req.lang).name  # known even if synthesis fails
        voice = self.pool.speak(job.spoken, req.lang, req.speaker, req.speed)
        job.engine = voice.engine
        job.cached = voice.cached
        return voice.chunks

    def _synthesise(self, job: Job) -> tuple[str, str] | None:
        """Run the engine into the job; (code, message) on failure.

        If MeloTTS fails before any audio came out, the fallback voice gets a go:
        an alert is better spoken robotically than not at all.
        """
        error = self._run(job, lambda: self._chunks(job))
        fallback = self.pool.fallback
        if (
            error is None
            or job.chunks
            or job.cancelled.is_set()
            or fallback is None
            or job.engine in ("", fallback.name)
            or not fallback.available(job.req.lang)
        ):
            return error
        log.warning("synthesis_failed_using_fallback", id=job.req.id, reason=error[1])
        job.engine = fallback.name
        job.cached = False
        req = job.req
        return self._run(job, lambda: fallback.synthesize(job.spoken, req.lang, None, req.speed))

    def _run(self, job: Job, chunks: Callable[[], Iterator[AudioChunk]]) -> tuple[str, str] | None:
        try:
            for raw in chunks():
                self.heartbeat.beat()
                if job.cancelled.is_set():
                    return None
                chunk = raw
                if job.req.volume is not None:
                    chunk = AudioChunk(audio.apply_volume(raw.samples, job.req.volume), raw.rate)
                job.chunks.append(chunk)
                if job.to_speaker and not job.push(chunk):
                    return None
        except MelodError as exc:
            log.warning("synthesis_failed", id=job.req.id, code=exc.code, reason=str(exc))
            return (exc.code if exc.code != "internal" else "synthesis_failed", str(exc))
        return None

    def _chime(self, name: str) -> AudioChunk | None:
        chime = self.chimes.get(name)
        return chime if chime is not None and len(chime.samples) else None


class PlaybackWorker(threading.Thread):
    """Plays jobs in order on the one audio device; finishes speaker jobs."""

    def __init__(
        self,
        player: PlayerLike,
        handoff: queue.Queue[Job],
        reporter: Reporter,
        stopping: threading.Event,
        reply_on_failure: Callable[[Job], str | None],
    ) -> None:
        super().__init__(name="melod-play", daemon=True)
        self.player, self.handoff, self.reporter = player, handoff, reporter
        self.stopping, self.reply_on_failure = stopping, reply_on_failure
        self.current: Job | None = None
        self.heartbeat = Heartbeat()
        #: set at shutdown: finish the current job, start no new one
        self.draining = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            self.heartbeat.beat()
            if self.draining.is_set():
                time.sleep(0.05)
                continue
            try:
                job = self.handoff.get(timeout=0.5)
            except queue.Empty:
                continue
            self.current = job
            self.reporter.playing(job)
            self.heartbeat.busy_since = time.monotonic()
            try:
                self._play(job)
            except Exception as exc:
                log.exception("playback_crashed", id=job.req.id)
                self.reporter.finish(job, "playback_failed", f"internal error: {exc}")
            finally:
                self.current = None
                self.heartbeat.busy_since = None
                self.reporter.playing(None)

    def _feed(self, job: Job) -> Iterator[AudioChunk]:
        while not job.cancelled.is_set():
            try:
                chunk = job.feed.get(timeout=0.1)
            except queue.Empty:
                continue
            if chunk is None:
                return
            if job.first_audio_at is None:
                job.first_audio_at = time.time()
            self.heartbeat.beat()
            yield chunk

    def _play(self, job: Job) -> None:
        if job.cancelled.is_set() and job.ending is not Ending.DONE:
            job.drain()
            self.reporter.finish(job)
            return
        now = time.time()
        if job.req.expired(now):
            # Prepared while something long was playing: still never spoken late.
            job.cancel(Ending.DONE)
            job.drain()
            age = now - job.req.received_at
            msg = f"dropped after {age:.0f} s (ttl_s {job.req.ttl_s:g})"
            self.reporter.finish(job, "expired", msg)
            return
        try:
            self.player.play(self._feed(job))
        except PlaybackError as exc:
            log.warning("playback_failed", id=job.req.id, reason=str(exc))
            job.consume()
            where = self.reply_on_failure(job)
            extra = f"; the audio was published to {where} instead" if where else ""
            self.reporter.finish(job, "playback_failed", f"{exc}{extra}")
            return
        job.drain()
        if job.error is not None and job.ending is Ending.DONE:
            self.reporter.finish(job, *job.error)
        else:
            self.reporter.finish(job)


__all__ = ["Heartbeat", "PlaybackWorker", "PlayerLike", "Reporter", "SynthesisWorker"]
