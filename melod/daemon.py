"""The daemon: wires MQTT, the durable queue, the workers, and owns shutdown."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

import structlog

from melod import __version__, audio, hass, hermes
from melod.config import Settings
from melod.errors import QueueFullError
from melod.jobs import Ending, Job
from melod.langs import LANGUAGES
from melod.mqtt import Message, MqttSession
from melod.protocol import Command, Limits, Priority, Rejection, Request, parse_message, topics
from melod.queue import RequestQueue
from melod.reports import Reports
from melod.tts.base import AudioChunk, join
from melod.tts.pool import VoicePool
from melod.workers import PlaybackWorker, PlayerLike, SynthesisWorker

log = structlog.get_logger(__name__)


def limits_from(settings: Settings) -> Limits:
    """What the parser needs from the config."""
    return Limits(
        base_topic=settings.mqtt.base_topic,
        default_language=settings.tts.default_language,
        max_text_chars=settings.limits.max_text_chars,
        max_payload_bytes=settings.limits.max_payload_bytes,
        default_ttl_s=settings.limits.default_ttl_s,
        default_output=settings.output.mode,
        chimes=frozenset(settings.output.chimes),
        default_speed=settings.tts.speed,
        speakers=dict(settings.tts.speakers),
    )


class Daemon:
    """melod's core; every part is handed in, so tests can use real small ones."""

    def __init__(
        self,
        settings: Settings,
        pool: VoicePool,
        requests: RequestQueue,
        player: PlayerLike,
        chimes: dict[str, AudioChunk] | None = None,
        session_factory: Callable[..., MqttSession] = MqttSession,
    ) -> None:
        self.settings = settings
        self.topics = topics(settings.mqtt.base_topic)
        self.limits = limits_from(settings)
        self.pool, self.requests, self.player = pool, requests, player
        self.stopping = threading.Event()
        self.accepting = threading.Event()
        self._lock = threading.Lock()
        self._handoff: queue.Queue[Job] = queue.Queue(maxsize=1)
        self._playing: Job | None = None
        subscriptions = list(self.topics.inputs)
        if settings.mqtt.hermes.enabled:
            subscriptions.append(hermes.SAY_TOPIC)
        if settings.mqtt.discovery.enabled:
            subscriptions.append(hass.birth_topic(settings.mqtt.discovery.prefix))
        self.session = session_factory(
            settings.mqtt,
            self._on_message,
            subscriptions,
            (self.topics.status, b"offline"),
            self._on_connected,
        )
        self.reports = Reports(self.session, self.topics)
        self.synth = SynthesisWorker(
            requests, pool, self._handoff, self, chimes or {}, self.stopping
        )
        self.play = PlaybackWorker(player, self._handoff, self, self.stopping, self._reply_instead)

    # -- life cycle ------------------------------------------------------------

    def start(self) -> None:
        """Warm the models, replay the queue, connect, start the workers."""
        self.pool.warm(self.settings.tts.warm_languages)
        kept, expired = self.requests.recover(time.time())
        log.info("queue_recovered", pending=len(kept), expired=len(expired))
        self.accepting.set()
        self.session.start()
        for req in expired:
            self._fail(req, "expired", "expired while melod was not running")
        self.synth.start()
        self.play.start()

    def stop(self, grace_s: float = 5.0) -> None:
        """Stop intake, let the current utterance finish (bounded), persist, go offline."""
        self.accepting.clear()
        self.synth.draining.set()
        self.play.draining.set()
        for job in self._prepared():
            job.cancel(Ending.SHUTDOWN)  # prepared, not yet heard: replayed at restart
        deadline = time.monotonic() + grace_s
        while time.monotonic() < deadline and (self.play.current or self._synthesising()):
            time.sleep(0.05)
        for left in (self.play.current, self.synth.current):
            if left is not None:
                left.cancel(Ending.SHUTDOWN)
        self.player.stop()
        self.stopping.set()
        self.synth.join(timeout=3)
        self.play.join(timeout=3)
        self.session.stop(last_words=(self.topics.status, b"offline"))
        self.requests.close()
        self.player.close()
        log.info("stopped")

    def _prepared(self) -> list[Job]:
        """Jobs being synthesised or waiting for the speaker: nobody has heard them yet."""
        playing = self.play.current
        jobs = (self.synth.current, *list(self._handoff.queue))
        return [job for job in jobs if job is not None and job is not playing]

    def _synthesising(self) -> bool:
        job = self.synth.current
        return job is not None and not job.cancelled.is_set()

    def healthy(self, stuck_s: float = 90.0) -> bool:
        """False when a worker died or has been stuck on one step for too long."""
        now = time.monotonic()
        for worker in (self.synth, self.play):
            if not worker.is_alive() or now - worker.heartbeat.at > stuck_s:
                return False
        return True

    # -- intake (paho's network thread: parse, enqueue, never block) -----------

    def _on_connected(self) -> None:
        self.session.publish(self.topics.status, b"online", retain=True)
        self._publish_state()
        self._publish_discovery()

    def _publish_discovery(self) -> None:
        """Home Assistant discovery: on every connect and whenever HA comes online."""
        if self.settings.mqtt.discovery.enabled:
            for topic, payload in hass.discovery_messages(self.settings, __version__, LANGUAGES):
                self.session.publish(topic, payload, retain=True)

    def _on_message(self, msg: Message) -> bool:
        if not self.accepting.is_set():
            return False  # not acked: the broker redelivers it after restart
        discovery = self.settings.mqtt.discovery
        if discovery.enabled and hass.is_birth(msg.topic, msg.payload, discovery.prefix):
            self._publish_discovery()
            return True
        if msg.topic == hermes.SAY_TOPIC and self.settings.mqtt.hermes.enabled:
            self._on_hermes_say(msg.payload)
            return True
        parsed = parse_message(
            msg.topic,
            msg.payload,
            self.limits,
            response_topic=msg.response_topic,
            correlation_data=msg.correlation_data,
        )
        if isinstance(parsed, Rejection):
            self.reports.rejected(parsed)
        elif isinstance(parsed, Command):
            self._command(parsed)
        else:
            self._enqueue(parsed)
        return True

    def _on_hermes_say(self, payload: bytes) -> None:
        said = hermes.parse_say(payload, self.limits, self.settings.mqtt.hermes.site_id)
        if isinstance(said, hermes.HermesSay):
            self._enqueue(said.request)
        elif said is not None:  # None: another site's say
            self.reports.rejected(said)

    def _enqueue(self, req: Request) -> None:
        try:
            self.requests.put(req)
        except QueueFullError as exc:
            log.warning("queue_full", id=req.id, pending=self.requests.pending())
            self._fail(req, "queue_full", str(exc))
            return
        log.info(
            "queued",
            id=req.id,
            lang=req.lang,
            priority=req.priority.name.lower(),
            chars=len(req.text),
        )
        if req.priority is Priority.ALERT:
            self._interrupt_for_alert()
        else:
            self._overtake(req.priority)
        self._publish_state()

    def _overtake(self, priority: Priority) -> None:
        """A prepared (not yet playing) job of lower priority goes back to the queue."""
        for job in self._prepared():
            if job.req.priority < priority:
                job.cancel(Ending.REQUEUED)
                self.finish(job)

    def _interrupt_for_alert(self) -> None:
        """An alert cuts what is playing; the cut request is spoken again afterwards."""
        playing = self.play.current
        for job in (playing, self.synth.current, *list(self._handoff.queue)):
            if job is not None and job.req.priority is not Priority.ALERT:
                job.cancel(Ending.REQUEUED)
                if job is playing:
                    self.player.stop()
                else:
                    self.finish(job)

    def _command(self, cmd: Command) -> None:
        log.info("command", action=cmd.action, value=cmd.value)
        if cmd.action == "stop":
            job = self.play.current or self.synth.current
            if job is not None:
                job.cancel(Ending.CANCELLED, "stopped by a stop command")
                self.player.stop()
        elif cmd.action == "flush":
            for req in self.requests.flush():
                self._fail(req, "cancelled", "dropped by a flush command")
            for job in self._prepared():
                job.cancel(Ending.CANCELLED, "dropped by a flush command")
                self.finish(job)  # now, not when the speaker gets to it
        elif cmd.action == "volume" and isinstance(cmd.value, float | int):
            self.player.volume = float(cmd.value)
        elif cmd.action == "mute":
            self.player.muted = bool(cmd.value)
        self._publish_state()

    # -- events (workers call these) --------------------------------------------

    def playing(self, job: Job | None) -> None:
        """The playback worker started or ended a job."""
        self._playing = job
        self._publish_state()

    def reply(self, job: Job, topic: str) -> None:
        """Publish the job's WAV to its reply topic."""
        clip = join(job.chunks)
        self.session.publish(
            topic, audio.to_wav_bytes(clip), correlation_data=job.req.correlation_data
        )
        if job.first_audio_at is None:
            job.first_audio_at = time.time()
        log.info("replied", id=job.req.id, topic=topic, bytes=len(clip.samples) * 2)

    def _reply_instead(self, job: Job) -> str | None:
        """After a playback failure: publish the WAV to a reply topic if configured."""
        if job.to_reply or not self.settings.output.reply_on_playback_failure:
            return None
        topic = self.topics.audio(job.req.id)
        self.reply(job, topic)
        return topic

    def finish(self, job: Job, code: str | None = None, message: str = "") -> None:
        """End a job with exactly one `done` or `error` (or none, if it is requeued)."""
        with self._lock:
            if job.finished:
                return
            job.finished = True
        req = job.req
        if job.ending is Ending.SHUTDOWN:
            return  # stays in-progress in the durable queue; replayed at next start
        if job.ending is Ending.REQUEUED:
            self.requests.requeue(req.id)
            log.info("requeued_after_alert", id=req.id)
            return
        self.requests.done(req.id)
        if job.ending is Ending.CANCELLED and code is None:
            code, message = "cancelled", job.reason or "cancelled"
        if code is not None:
            self._fail(req, code, message)
        else:
            self.reports.done(job)
        self._publish_state()

    def _fail(self, req: Request, code: str, message: str) -> None:
        self.reports.failed(req, code, message)

    def _publish_state(self) -> None:
        self.reports.state(
            state="speaking" if self._playing is not None else "idle",
            queue=self.requests.pending(),
            loaded=self.pool.loaded,
            volume=self.player.volume,
            muted=self.player.muted,
        )
