"""The `melod` command: parse arguments, load config, hand typed parts to the core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import structlog

from melod import __version__, logs
from melod.config import Settings
from melod.configfile import ConfigProblems, dump_settings, load_settings
from melod.errors import MelodError
from melod.langs import LANGUAGES, parse_language

log = structlog.get_logger(__name__)

EXIT_CONFIG = 2
EXIT_FAILURE = 1


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="melod", description="Voice notifications over MQTT, spoken by MeloTTS."
    )
    p.add_argument("--version", action="version", version=f"melod {__version__}")
    p.add_argument(
        "-c",
        "--config",
        help="config file (default: $MELOD_CONFIG, ./melod.yaml, /etc/melod/config.yaml)",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("run", help="run the daemon")
    _add_say(sub)

    norm = sub.add_parser("normalize", help="print a text as it will be read")
    norm.add_argument("text", help="the text; - reads stdin line by line")
    norm.add_argument(
        "-l", "--lang", required=True, help="KR EN JP ZH FR ES, or an English accent (EN-BR ...)"
    )

    sub.add_parser("check", help="validate config and report models, audio and broker")

    models = sub.add_parser("models", help="list, fetch or locate MeloTTS weights")
    msub = models.add_subparsers(dest="models_command", required=True, metavar="ACTION")
    msub.add_parser("list", help="which languages have weights")
    pull = msub.add_parser("pull", help="download weights from the Hugging Face hub")
    pull.add_argument("langs", nargs="+", metavar="LANG")
    msub.add_parser("path", help="print the models directory")

    bench = sub.add_parser("bench", help="measure synthesis speed")
    bench.add_argument("-l", "--lang", action="append", help="languages (default: all)")
    bench.add_argument("--runs", type=int, default=3)
    bench.add_argument(
        "--tiny", action="store_true", help="use a generated tiny model (no weights needed)"
    )
    return p


def _add_say(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    say = sub.add_parser("say", help="speak a text once, to a WAV file or the speaker")
    say.add_argument("text", help="the text; - reads stdin")
    say.add_argument("-l", "--lang", default=None, help="KR EN JP ZH FR ES or an EN accent")
    say.add_argument("--speaker", default=None, help="speaker name of the model")
    say.add_argument("--speed", type=float, default=None, help="0.5 to 2.0")
    say.add_argument("--engine", choices=["auto", "melotts", "espeak"], default="auto")
    out = say.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", type=Path, help="write a WAV file")
    out.add_argument("--play", action="store_true", help="play on the configured device")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    args = _parser().parse_args(argv)
    try:
        settings, path = load_settings(args.config)
    except ConfigProblems as exc:
        print(f"melod: the configuration has {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_CONFIG
    logs.setup(settings.logging.level, settings.logging.format, settings.logging.libraries)
    try:
        return _dispatch(args, settings, path)
    except MelodError as exc:
        print(f"melod: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace, settings: Settings, path: Path | None) -> int:
    from melod import commands  # noqa: PLC0415 - keeps `melod --help` instant

    if args.command == "run":
        return commands.run(settings, path)
    if args.command == "say":
        text = sys.stdin.read() if args.text == "-" else args.text
        choice = parse_language(args.lang or settings.tts.default_language)
        return commands.say(
            settings,
            text,
            choice.lang,
            speaker=args.speaker or choice.speaker,
            speed=args.speed,
            engine=args.engine,
            output=args.output,
            play=args.play,
        )
    if args.command == "normalize":
        choice = parse_language(args.lang)
        speaker = choice.speaker or settings.tts.speakers.get(choice.lang)
        return commands.normalize(args.text, choice.lang, speaker)
    if args.command == "check":
        return commands.check(settings, path, dump_settings(settings))
    if args.command == "models":
        return commands.models(settings, args.models_command, getattr(args, "langs", []))
    if args.command == "bench":
        langs = [parse_language(x).lang for x in (args.lang or LANGUAGES)]
        return commands.bench(settings, langs, runs=args.runs, tiny=args.tiny)
    raise AssertionError(args.command)


if __name__ == "__main__":
    sys.exit(main())
