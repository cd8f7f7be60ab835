"""What each CLI subcommand does, given typed settings (no argparse in here)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import structlog

from melod import text as textnorm
from melod.config import Settings
from melod.errors import MelodError, PlaybackError
from melod.langs import LANGUAGES
from melod.tts.base import AudioChunk, Engine
from melod.tts.cache import AudioCache
from melod.tts.pool import VoicePool

log = structlog.get_logger(__name__)


def build_primary(settings: Settings) -> Engine | None:
    """The MeloTTS engine, or None where torch/melo are not installed."""
    try:
        from melod.tts.melo import MeloEngine  # noqa: PLC0415 - torch stays lazy
    except ImportError as exc:  # pragma: no cover - depends on the install
        log.warning("melotts_not_installed", reason=str(exc))
        return None
    return MeloEngine(
        settings.tts.models_dir,
        device=settings.tts.device,
        threads=settings.tts.threads,
        stream=settings.tts.stream,
    )


def build_fallback(settings: Settings) -> Engine | None:
    """The espeak-ng voice, unless `tts.fallback: none`."""
    if settings.tts.fallback == "none":
        return None
    from melod.tts.espeak import EspeakEngine  # noqa: PLC0415

    return EspeakEngine()


def build_pool(settings: Settings, engine: str = "auto") -> VoicePool:
    """The voices melod speaks with; `engine` forces one (for `melod say`)."""
    primary = build_primary(settings) if engine in ("auto", "melotts") else None
    fallback = build_fallback(settings) if engine in ("auto", "espeak") else None
    if engine == "espeak" and fallback is None:
        from melod.tts.espeak import EspeakEngine  # noqa: PLC0415

        fallback = EspeakEngine()
    cache = None
    if settings.tts.cache_mb > 0 and engine == "auto":
        cache = AudioCache(settings.tts.cache_dir, settings.tts.cache_mb * 1024 * 1024)
    return VoicePool(primary, fallback, cache)


def say(
    settings: Settings,
    text: str,
    lang: str,
    *,
    speaker: str | None,
    speed: float | None,
    engine: str,
    output: Path | None,
    play: bool,
) -> int:
    """Speak `text` once: normalise, synthesise, write a WAV or play it."""
    from melod import audio  # noqa: PLC0415
    from melod.tts.base import join  # noqa: PLC0415

    speaker = speaker or settings.tts.speakers.get(lang)
    spoken = textnorm.normalize(text, lang, speaker=speaker)
    pool = build_pool(settings, engine)
    started = time.monotonic()
    voice = pool.speak(spoken, lang, speaker, speed or settings.tts.speed)
    clip = join(voice.chunks)
    took = time.monotonic() - started
    if output is not None:
        audio.write_wav(output, clip)
    if play:
        _play_once(settings, clip)
    print(
        f"{voice.engine}: {len(spoken)} chars, {clip.seconds:.2f} s of audio at {clip.rate} Hz "
        f"in {took:.2f} s" + (f" -> {output}" if output else ""),
        file=sys.stderr,
    )
    return 0


def _play_once(settings: Settings, clip: AudioChunk) -> None:
    from melod import audio  # noqa: PLC0415

    player = audio.Player(
        settings.output.device, preroll_ms=settings.output.preroll_ms, volume=settings.output.volume
    )
    try:
        player.play([clip])
    finally:
        player.close()


def normalize(text: str, lang: str, speaker: str | None = None) -> int:
    """Print `text` as it will be read; `-` pipes stdin through line by line."""
    if text != "-":
        print(textnorm.normalize(text, lang, speaker=speaker))
        return 0
    for line in sys.stdin:
        print(textnorm.normalize(line.rstrip("\n"), lang, speaker=speaker), flush=True)
    return 0


def check(settings: Settings, path: Path | None, effective: str) -> int:
    """Validate config and report models, audio device and broker; 1 if one is broken."""
    from melod import audio, mqtt  # noqa: PLC0415
    from melod.tts import store  # noqa: PLC0415

    ok = True
    print(f"config: {path or 'none found, using defaults'} (valid)")
    print("effective configuration (secrets masked):")
    print("  " + effective.rstrip().replace("\n", "\n  "))
    print(f"models in {settings.tts.models_dir}:")
    for lang in LANGUAGES:
        missing = store.missing(settings.tts.models_dir, lang)
        if not missing:
            print(f"  {lang}: present")
            continue
        repos = ", ".join(entry.split(": ", 1)[0] for entry in missing)
        print(f"  {lang}: missing (melod models pull {lang}): {repos}")
    fallback = build_fallback(settings)
    if fallback is None:
        print("fallback voice: off (tts.fallback: none)")
    else:
        spoken = [lang for lang in LANGUAGES if fallback.available(lang)]
        print(f"fallback voice: {fallback.name} for {' '.join(spoken) or 'nothing'}")
    try:
        print(f"audio device: {audio.probe(settings.output.device)}")
    except PlaybackError as exc:
        print(f"audio device: FAILED: {exc}")
        ok = ok and settings.output.mode == "reply"
    try:
        print(f"broker: {mqtt.probe(settings.mqtt)}")
    except MelodError as exc:
        print(f"broker: FAILED: {exc}")
        ok = False
    return 0 if ok else 1


def models(settings: Settings, action: str, langs: list[str]) -> int:
    """`melod models list|pull|path`."""
    from melod.langs import parse_language  # noqa: PLC0415
    from melod.tts import store  # noqa: PLC0415

    root = settings.tts.models_dir
    if action == "path":
        print(root)
        return 0
    if action == "list":
        for lang in LANGUAGES:
            missing = store.missing(root, lang)
            print(f"{lang}  {'present' if not missing else 'missing'}  {store.describe(lang)}")
        return 0
    wanted = [parse_language(x).lang for x in langs]
    store.pull(wanted, root)
    print(f"pulled {' '.join(wanted)} into {root}")
    return 0


def run(settings: Settings, path: Path | None) -> int:
    """Run the daemon until SIGTERM/SIGINT."""
    from melod.service import run_daemon  # noqa: PLC0415

    return run_daemon(settings, config_path=path, pool=build_pool(settings))


def bench(settings: Settings, langs: list[str], *, runs: int, tiny: bool) -> int:
    """Measure synthesis; see melod.bench."""
    from melod.bench import run_bench  # noqa: PLC0415

    return run_bench(settings, langs, runs=runs, tiny=tiny)
