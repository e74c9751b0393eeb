"""Our own inputs under spec/: the pin, the selection and the naming map."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

SPEC_DIR = Path(__file__).resolve().parent.parent / "spec"


@dataclass(frozen=True)
class Pin:
    """The pinned spec version: where it is published and the sha256 of its bytes."""

    url: str
    commit: str
    date: str
    sha256: str
    mirror_file: str


@dataclass(frozen=True)
class Selection:
    """The operations (by operationId) and webhook events (by `webhooks` key) to generate."""

    operations: tuple[str, ...]
    events: tuple[str, ...] = ()


@dataclass(frozen=True)
class Naming:
    """operationId -> (resource path, method name), and per-operation body field renames."""

    operations: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    body_field_names: dict[str, dict[str, str]] = field(default_factory=dict)
    path_param_names: dict[str, dict[str, str]] = field(default_factory=dict)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _require_str(data: dict[str, Any], key: str, path: Path) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{path}: `{key}` must be a non-empty string")
    return value


def _str_list(data: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: `{key}` must be a list of strings")
    duplicates = sorted({v for v in value if value.count(v) > 1})
    if duplicates:
        raise ConfigError(f"{path}: `{key}` lists {', '.join(duplicates)} more than once")
    return tuple(value)


def load_pin(path: Path = SPEC_DIR / "pin.toml") -> Pin:
    data = _read_toml(path)
    return Pin(**{name: _require_str(data, name, path) for name in ("url", "commit", "date", "sha256", "mirror_file")})


def load_selection(path: Path = SPEC_DIR / "selection.toml") -> Selection:
    data = _read_toml(path)
    operations = _str_list(data, "operations", path)
    if not operations:
        raise ConfigError(f"{path}: `operations` is empty")
    return Selection(operations=operations, events=_str_list(data, "events", path))


def load_naming(path: Path = SPEC_DIR / "naming.toml") -> Naming:
    data = _read_toml(path)
    operations: dict[str, tuple[tuple[str, ...], str]] = {}
    for operation_id, dotted in data.get("operations", {}).items():
        parts = dotted.split(".") if isinstance(dotted, str) else []
        if len(parts) < 2 or not all(part.isidentifier() and part.islower() for part in parts):
            raise ConfigError(
                f"{path}: operations.{operation_id} = {dotted!r} must be `resource[.sub].method` in snake_case"
            )
        operations[operation_id] = (tuple(parts[:-1]), parts[-1])
    tables = {}
    for table in ("body_field_names", "path_param_names"):
        renames = data.get(table, {})
        if not all(isinstance(v, dict) and all(isinstance(n, str) for n in v.values()) for v in renames.values()):
            raise ConfigError(f"{path}: {table}.<operationId> must map names to new names")
        tables[table] = renames
    return Naming(operations=operations, **tables)
