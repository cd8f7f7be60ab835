"""Find and load the config file; turn every problem into a located, readable message."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, SecretStr, ValidationError

from melod.config import DEFAULT_PATHS, Settings
from melod.errors import ConfigError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the config, located as precisely as we can."""

    where: str
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.key}: {self.message}"


class ConfigProblems(ConfigError):  # noqa: N818 - reads better at the call site
    """All problems of one config, reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def find_config(explicit: str | Path | None) -> Path | None:
    """--config, then $MELOD_CONFIG, then ./melod.yaml, then /etc/melod/config.yaml."""
    if explicit is not None:
        return Path(explicit)
    if env := os.environ.get("MELOD_CONFIG"):
        return Path(env)
    return next((p for p in DEFAULT_PATHS if p.is_file()), None)


def _positions(node: yaml.Node, path: tuple[str, ...], out: dict[tuple[str, ...], int]) -> None:
    """Record the 1-based line of every key path in a composed YAML tree."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = (*path, str(key_node.value))
            out[key] = key_node.start_mark.line + 1
            _positions(value_node, key, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out[(*path, str(i))] = item.start_mark.line + 1
            _positions(item, (*path, str(i)), out)


def _read_yaml(path: Path) -> tuple[dict[str, Any], dict[tuple[str, ...], int]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigProblems([Problem(str(path), "-", f"cannot read: {exc.strerror}")]) from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigProblems([Problem(where, "-", f"not valid YAML: {problem}")]) from exc
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigProblems([Problem(f"{path}:1", "-", "the file must be a mapping of sections")])
    lines: dict[tuple[str, ...], int] = {}
    if node is not None:
        _positions(node, (), lines)
    return data, lines


def _model_at(loc: tuple[str, ...]) -> type[BaseModel] | None:
    """The pydantic model that owns the last key of `loc`."""
    model: type[BaseModel] = Settings
    for part in loc[:-1]:
        field = model.model_fields.get(part)
        ann = field.annotation if field else None
        if not (isinstance(ann, type) and issubclass(ann, BaseModel)):
            return None
        model = ann
    return model


def _hint(loc: tuple[str, ...]) -> str:
    model = _model_at(loc)
    if model is None or not loc:
        return ""
    names = list(model.model_fields)
    close = difflib.get_close_matches(loc[-1], names, n=1, cutoff=0.6)
    if close:
        return f" (did you mean '{close[0]}'?)"
    return f" (valid keys: {', '.join(names)})"


def _env_name(loc: tuple[str, ...]) -> str | None:
    name = "MELOD_" + "__".join(part.upper() for part in loc)
    for depth in range(len(loc), 0, -1):
        candidate = "MELOD_" + "__".join(p.upper() for p in loc[:depth])
        if candidate in os.environ:
            return candidate
    return name if name in os.environ else None


def _problems(
    exc: ValidationError, path: Path | None, lines: dict[tuple[str, ...], int]
) -> list[Problem]:
    out = []
    for err in exc.errors(include_url=False):
        loc = tuple(str(p) for p in err["loc"])
        key = ".".join(loc) or "-"
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown key" + _hint(loc)
        elif "input" in err and not isinstance(err["input"], dict | list):
            message = f"{message} (got {err['input']!r})"
        env = _env_name(loc)
        line = next((lines[loc[:n]] for n in range(len(loc), 0, -1) if loc[:n] in lines), None)
        if env and loc not in lines:
            where = f"environment {env}"
        elif path is not None:
            where = f"{path}:{line}" if line else str(path)
        else:
            where = "defaults"
        out.append(Problem(where, key, message))
    return out


def load_settings(explicit: str | Path | None = None) -> tuple[Settings, Path | None]:
    """Load and validate the config; raise ConfigProblems listing every error at once."""
    path = find_config(explicit)
    data: dict[str, Any] = {}
    lines: dict[tuple[str, ...], int] = {}
    if path is not None:
        if not path.is_file():
            raise ConfigProblems([Problem(str(path), "-", "no such config file")])
        data, lines = _read_yaml(path)
    try:
        return Settings(**data), path
    except ValidationError as exc:
        raise ConfigProblems(_problems(exc, path, lines)) from exc


def dump_settings(settings: Settings) -> str:
    """The effective config as YAML, secrets masked (for `melod check`)."""

    def plain(value: Any) -> Any:
        if isinstance(value, SecretStr):
            return "********" if value.get_secret_value() else ""
        if isinstance(value, BaseModel):
            return {k: plain(getattr(value, k)) for k in type(value).model_fields}
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, Path):
            return str(value)
        return value

    return yaml.safe_dump(plain(settings), sort_keys=False, allow_unicode=True)
