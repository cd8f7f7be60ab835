"""What melod tells senders about their requests: `done`, `error` and `state` messages."""

from __future__ import annotations

import json
import time
from typing import Any

import structlog

from melod import __version__, hermes
from melod.jobs import Job
from melod.mqtt import MqttSession
from melod.protocol import Rejection, Request, Topics

log = structlog.get_logger(__name__)


def done_payload(
    request: Request,
    *,
    chars: int,
    audio_s: float,
    latency_ms: float,
    cached: bool,
    engine: str,
    output: str,
) -> bytes:
    """The `{base}/done` JSON for a finished request."""
    body = {
        "id": request.id,
        "lang": request.lang,
        "chars": chars,
        "audio_s": round(audio_s, 3),
        "latency_ms": round(latency_ms),
        "cached": cached,
        "engine": engine,
        "output": output,
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


class Reports:
    """Publishes the outcome of each request, and Hermes' replies where it asked."""

    def __init__(self, session: MqttSession, topics: Topics) -> None:
        self.session, self.topics = session, topics

    def rejected(self, rejection: Rejection) -> None:
        """A message melod could not accept: its error, and Hermes' sayFinished if due."""
        log.info("rejected", topic=rejection.topic, code=rejection.code, reason=rejection.message)
        self.session.publish(self.topics.error, rejection.to_payload())
        self._publish_all(hermes.rejection_messages(rejection))

    def failed(self, req: Request, code: str, message: str) -> None:
        """End an accepted request with an error."""
        rejection = Rejection(code=code, message=message, id=req.id, topic=req.topic)
        self.session.publish(self.topics.error, rejection.to_payload())
        log.warning("request_failed", id=req.id, code=code, reason=message)
        self._publish_all(hermes.finished_messages(req, message))

    def done(self, job: Job) -> None:
        """End a request that was spoken or sent back."""
        req = job.req
        first = job.first_audio_at or time.time()
        latency_ms = round((first - req.received_at) * 1000)
        payload = done_payload(
            req,
            chars=len(job.spoken),
            audio_s=round(job.audio_s, 3),
            latency_ms=latency_ms,
            cached=job.cached,
            engine=job.engine,
            output=req.output,
        )
        self.session.publish(self.topics.done, payload)
        log.info(
            "done",
            id=req.id,
            engine=job.engine,
            audio_s=round(job.audio_s, 2),
            latency_ms=latency_ms,
        )
        self._publish_all(hermes.finished_messages(req, None))

    def state(self, **fields: Any) -> None:
        """The retained `{base}/state`: what melod is doing, with its version."""
        body = {**fields, "version": __version__}
        self.session.publish(self.topics.state, json.dumps(body), retain=True)

    def _publish_all(self, messages: list[tuple[str, bytes]]) -> None:
        for topic, body in messages:
            self.session.publish(topic, body)
