"""Hermes and Home Assistant discovery through the real daemon and broker."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.broker import Broker, Client, unique_base
from tests.daemon_proc import MelodProcess, write_config

pytestmark = pytest.mark.integration


def test_hermes_say_gets_play_bytes_and_say_finished(tmp_path: Path, broker: Broker) -> None:
    base = unique_base()
    site = f"kitchen-{base[-6:]}"
    client = Client(broker, base)
    hermes_client = Client(broker, "hermes")
    proc = MelodProcess(
        write_config(tmp_path, broker, base, mqtt={"hermes": {"enabled": True, "site_id": site}})
    )
    try:
        proc.start(client)
        hermes_client.publish(
            "tts/say",
            json.dumps(
                {
                    "text": "Hello from Rhasspy",
                    "lang": "en-US",
                    "id": "h1",
                    "siteId": site,
                    "sessionId": "s1",
                    "extra": 1,
                }
            ),
        )
        wav = hermes_client.wait(f"audioServer/{site}/playBytes/h1", timeout=30)
        assert wav.payload[:4] == b"RIFF"
        finished = hermes_client.json("tts/sayFinished", timeout=30, id="h1")
        assert finished == {"id": "h1", "siteId": site, "sessionId": "s1"}
        assert client.json("done", id="h1")["lang"] == "EN"
        # another site's say is none of our business
        hermes_client.publish(
            "tts/say", json.dumps({"text": "x", "siteId": "elsewhere", "id": "h2"})
        )
        hermes_client.publish("tts/say", json.dumps({"text": "", "siteId": site, "id": "h3"}))
        assert client.json("error", id="h3")["code"] == "bad_payload"
        assert hermes_client.json("tts/sayFinished", id="h3")["siteId"] == site
        time.sleep(0.5)
        assert not [m for m in client.seen if b'"h2"' in m.payload]
    finally:
        proc.stop_quietly()
        client.close()
        hermes_client.close()


def test_discovery_published_and_resent_on_ha_birth(tmp_path: Path, broker: Broker) -> None:
    base = unique_base()
    prefix = f"ha{base[-6:]}"
    client = Client(broker, base)
    ha = Client(broker, prefix)
    proc = MelodProcess(
        write_config(
            tmp_path, broker, base, mqtt={"discovery": {"enabled": True, "prefix": prefix}}
        )
    )
    try:
        proc.start(client)
        first = ha.wait_any(lambda t: t.startswith(f"{prefix}/notify/") and t.endswith("/config"))
        config = json.loads(first.payload)
        assert config["command_topic"].startswith(f"{base}/say/")
        assert config["availability_topic"] == f"{base}/status"
        ha.drain(1.0)
        ha.publish("status", "online")
        again = ha.wait_any(lambda t: t.endswith("/config"), timeout=10)
        assert again.payload
    finally:
        proc.stop_quietly()
        client.close()
        ha.close()
