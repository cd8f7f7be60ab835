"""The paho-mqtt session: connect, will, persistent session, resubscribe, publish."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass

import paho.mqtt.client as paho
import structlog
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode

from melod.config import MqttSettings
from melod.errors import MelodError

log = structlog.get_logger(__name__)


class MqttError(MelodError):
    """The broker could not be reached or refused us."""

    code = "mqtt"


@dataclass(frozen=True)
class Message:
    """One incoming message, with the MQTT v5 properties melod cares about."""

    topic: str
    payload: bytes
    qos: int
    retain: bool
    mid: int
    response_topic: str | None = None
    correlation_data: bytes | None = None


#: Returns whether to acknowledge: False leaves a QoS 1 message with the broker,
#: which redelivers it to our persistent session (used while shutting down).
Handler = Callable[[Message], bool]


def _client(settings: MqttSettings, client_id: str) -> paho.Client:
    v5 = settings.protocol == "5"
    client = paho.Client(
        CallbackAPIVersion.VERSION2,
        client_id=client_id,
        protocol=paho.MQTTv5 if v5 else paho.MQTTv311,
        # v3.1.1 persistence is clean_session=False; v5 uses clean_start at connect.
        clean_session=None if v5 else False,
        reconnect_on_failure=True,
    )
    if settings.username:
        password = settings.password.get_secret_value() if settings.password else None
        client.username_pw_set(settings.username, password)
    if settings.tls.enabled:
        client.tls_set(
            ca_certs=str(settings.tls.ca_file) if settings.tls.ca_file else None,
            certfile=str(settings.tls.cert_file) if settings.tls.cert_file else None,
            keyfile=str(settings.tls.key_file) if settings.tls.key_file else None,
            cert_reqs=ssl.CERT_REQUIRED,
        )
        client.tls_insecure_set(settings.tls.insecure)
    client.reconnect_delay_set(
        min_delay=max(1, int(settings.reconnect_min_s)), max_delay=int(settings.reconnect_max_s)
    )
    return client


def _connect_properties(settings: MqttSettings) -> Properties | None:
    if settings.protocol != "5":
        return None
    props = Properties(PacketTypes.CONNECT)  # type: ignore[no-untyped-call]
    props.SessionExpiryInterval = settings.session_expiry_s
    return props


class MqttSession:
    """One long-lived connection; the daemon's only door to the broker.

    Messages are handed to `handler` on paho's network thread, which must only
    parse and enqueue.  QoS 1 messages are acknowledged after `handler` returns
    True, so a request is acked only once it is in the durable queue.
    """

    def __init__(
        self,
        settings: MqttSettings,
        handler: Handler,
        subscriptions: list[str],
        will: tuple[str, bytes],
        on_connected: Callable[[], None] | None = None,
    ) -> None:
        self.settings = settings
        self._handler = handler
        self._subscriptions = subscriptions
        self._on_connected = on_connected
        self.connected = threading.Event()
        self._was_connected = False
        self._stopping = False
        self._failing = False
        self._client = _client(settings, settings.client_id)
        self._client.manual_ack_set(True)
        self._client.will_set(will[0], will[1], qos=1, retain=True)
        self._client.on_connect = self._on_connect
        self._client.on_disconnect = self._on_disconnect
        self._client.on_message = self._on_message
        self._client.on_connect_fail = self._on_connect_fail

    def start(self) -> None:
        """Connect in the background; reconnects forever with capped backoff."""
        s = self.settings
        kwargs: dict[str, object] = {}
        if s.protocol == "5":
            kwargs = {"clean_start": False, "properties": _connect_properties(s)}
        self._client.connect_async(s.host, s.port, s.keepalive_s, **kwargs)  # type: ignore[arg-type]
        self._client.loop_start()

    def publish(
        self,
        topic: str,
        payload: bytes | str,
        *,
        qos: int = 1,
        retain: bool = False,
        correlation_data: bytes | None = None,
    ) -> None:
        """Queue a publish; paho sends it now or after the next reconnect."""
        props = None
        if correlation_data is not None and self.settings.protocol == "5":
            props = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]
            props.CorrelationData = correlation_data
        self._client.publish(topic, payload, qos=qos, retain=retain, properties=props)

    def stop(self, last_words: tuple[str, bytes] | None = None, timeout: float = 3.0) -> None:
        """Publish `last_words` (the offline status), wait for it, disconnect."""
        self._stopping = True
        if last_words is not None and self.connected.is_set():
            info = self._client.publish(last_words[0], last_words[1], qos=1, retain=True)
            try:
                info.wait_for_publish(timeout)
            except (RuntimeError, ValueError):
                log.warning("offline_not_published")
        self._client.disconnect()
        self._client.loop_stop()

    def unsubscribe_all(self) -> None:
        """Stop intake (shutdown): no new requests reach the handler."""
        if self.connected.is_set():
            self._client.unsubscribe(self._subscriptions)

    # -- paho callbacks (network thread) --------------------------------------

    def _on_connect(
        self,
        client: paho.Client,
        _userdata: object,
        _flags: object,
        reason: ReasonCode,
        _props: object,
    ) -> None:
        if reason.is_failure:
            log.error("mqtt_refused", reason=str(reason), host=self.settings.host)
            return
        self._failing = False
        log.info(
            "mqtt_connected",
            host=self.settings.host,
            port=self.settings.port,
            reconnect=self._was_connected,
        )
        self._was_connected = True
        topics: list[tuple[str, int]] = [(t, self.settings.qos) for t in self._subscriptions]
        client.subscribe(topics)
        self.connected.set()
        if self._on_connected is not None:
            self._on_connected()

    def _on_disconnect(
        self,
        _client: paho.Client,
        _userdata: object,
        _flags: object,
        reason: ReasonCode,
        _props: object,
    ) -> None:
        if self.connected.is_set() and not self._stopping:
            log.warning("mqtt_disconnected", reason=str(reason))
        self.connected.clear()

    def _on_connect_fail(self, _client: paho.Client, _userdata: object) -> None:
        # Once per outage, not once per retry: a broker down for a day must not fill the journal.
        if not self._failing:
            log.warning("mqtt_connect_failed", host=self.settings.host, port=self.settings.port)
        self._failing = True

    def _on_message(self, client: paho.Client, _userdata: object, msg: paho.MQTTMessage) -> None:
        props = getattr(msg, "properties", None)
        response = getattr(props, "ResponseTopic", None) if props else None
        corr = getattr(props, "CorrelationData", None) if props else None
        message = Message(
            msg.topic, bytes(msg.payload), msg.qos, bool(msg.retain), msg.mid, response, corr
        )
        ack = True
        try:
            ack = self._handler(message)
        except Exception:
            log.exception("handler_failed", topic=msg.topic)
        if ack and msg.qos > 0:
            client.ack(msg.mid, msg.qos)


def probe(settings: MqttSettings, timeout: float = 5.0) -> str:
    """Connect once and disconnect (for `melod check`); raise MqttError if it fails."""
    client = _client(settings, f"{settings.client_id}-check")
    done = threading.Event()
    result: list[str] = []

    def on_connect(_c: object, _u: object, _f: object, reason: ReasonCode, _p: object) -> None:
        result.append(str(reason) if reason.is_failure else "ok")
        done.set()

    client.on_connect = on_connect
    try:
        client.connect(settings.host, settings.port, 10)
    except OSError as exc:
        raise MqttError(f"cannot reach {settings.host}:{settings.port}: {exc}") from exc
    client.loop_start()
    try:
        if not done.wait(timeout):
            raise MqttError(f"{settings.host}:{settings.port} did not answer in {timeout:.0f} s")
        if result[0] != "ok":
            raise MqttError(f"{settings.host}:{settings.port} refused us: {result[0]}")
    finally:
        client.disconnect()
        client.loop_stop()
    version = "MQTT 5" if settings.protocol == "5" else "MQTT 3.1.1"
    return f"{settings.host}:{settings.port} answered ({version})"
