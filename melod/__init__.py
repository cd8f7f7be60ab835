"""melod: voice notifications over MQTT, spoken by MeloTTS."""

__version__ = "0.1.0"
