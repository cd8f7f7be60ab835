"""structlog set-up: console on a TTY, logfmt or JSON for journald."""

from __future__ import annotations

import logging
import sys
from typing import Literal

import structlog

#: Libraries that talk too much at INFO; users can override in logging.libraries.
_QUIET = {
    "paho": "WARNING",
    "torch": "WARNING",
    "transformers": "ERROR",
    "huggingface_hub": "WARNING",
    "numba": "WARNING",
    "jieba": "WARNING",
    "urllib3": "WARNING",
    "filelock": "WARNING",
}


def setup(
    level: str = "INFO",
    fmt: Literal["auto", "console", "json", "logfmt"] = "auto",
    libraries: dict[str, str] | None = None,
) -> None:
    """Route structlog and stdlib logging to stderr in one format."""
    if fmt == "auto":
        fmt = "console" if sys.stderr.isatty() else "logfmt"
    renderer = _renderer(fmt)
    shared: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
    ]
    if fmt != "console" or not sys.stderr.isatty():
        shared.append(structlog.processors.TimeStamper(fmt="iso", utc=True))
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info if fmt != "console" else _identity,
            renderer,
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name, lib_level in {**_QUIET, **(libraries or {})}.items():
        logging.getLogger(name).setLevel(lib_level)


def _renderer(fmt: str) -> structlog.types.Processor:
    if fmt == "console":
        return structlog.dev.ConsoleRenderer()
    if fmt == "json":
        return structlog.processors.JSONRenderer(ensure_ascii=False)
    return structlog.processors.LogfmtRenderer(key_order=["level", "event"])


def _identity(
    _logger: object, _name: str, event: structlog.types.EventDict
) -> structlog.types.EventDict:
    return event
