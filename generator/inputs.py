"""Our own inputs under spec/: the pin, the selection, the naming map and the official SDK's type names."""

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


@dataclass(frozen=True)
class OfficialTypeName:
    """One official SDK type name of an operation's result (spec/official_types.toml).

    Attributes:
        module: the submodule of `telnyx_voice.types` it is importable from ("" for the package itself).
        name: the class name.
        kind: "response" (the method's return type) or "item" (a list method's item type).
    """

    module: str
    name: str
    kind: str


OFFICIAL_TYPE_KINDS = ("response", "item")


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


def _official_type_name(operation_id: str, entry: Any, path: Path) -> OfficialTypeName:
    if not isinstance(entry, dict) or len(entry) != 1 or next(iter(entry)) not in OFFICIAL_TYPE_KINDS:
        raise ConfigError(f'{path}: operations.{operation_id} must be {{ response = "..." }} or {{ item = "..." }}')
    kind, dotted = next(iter(entry.items()))
    parts = dotted.split(".") if isinstance(dotted, str) else [""]
    module, name = parts[:-1], parts[-1]
    if not name.isidentifier() or len(module) > 1 or not all(part.isidentifier() and part.islower() for part in module):
        raise ConfigError(f"{path}: operations.{operation_id}: {dotted!r} must be `[module.]ClassName`")
    return OfficialTypeName(module=".".join(module), name=name, kind=kind)


def load_official_types(path: Path = SPEC_DIR / "official_types.toml") -> dict[str, OfficialTypeName]:
    """operationId -> the official SDK's name of its result type (see spec/official_types.toml).

    Raises:
        ConfigError: the file is missing, not TOML, or an entry is not `{ response|item = "[module.]Name" }`.
    """
    data = _read_toml(path)
    return {
        operation_id: _official_type_name(operation_id, entry, path)
        for operation_id, entry in data.get("operations", {}).items()
    }
