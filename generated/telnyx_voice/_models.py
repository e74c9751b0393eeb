"""What every generated model shares: presence of fields, unknown fields as attributes, dumping.

A model read from JSON (`from_dict`) keeps every field as sent, with None for a field the body
left out, and remembers which keys were present (`model_fields_set`); keys the spec does not list
stay in `additional_properties` and read as attributes too. A model built by hand takes `UNSET`
(the default) for "not given", so `to_dict` sends exactly the fields given, explicit None included.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .types import Unset

__all__ = ["BaseModel", "DumpMode", "init_model"]

DumpMode = Literal["json", "python"]

_wire_to_python: dict[type, dict[str, str]] = {}


class BaseModel:
    """The base of every generated model class (frozen attrs classes with their own `__init__`).

    Each subclass lists its fields in `_FIELDS` as (attribute name, wire name, required) and keeps
    the wire names present in the body it was read from (or given to its constructor) in `_present`.
    """

    __slots__ = ()
    _FIELDS: ClassVar[tuple[tuple[str, str, bool], ...]] = ()

    if TYPE_CHECKING:
        additional_properties: dict[str, Any]
        _present: frozenset[str]
    else:

        def __getattr__(self, name: str) -> Any:
            """A field the spec does not list, by its wire name (`r.data.brand_new_field`)."""
            try:
                extra = object.__getattribute__(self, "additional_properties")
            except AttributeError:
                extra = {}
            if name in extra:
                return extra[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def model_fields_set(self) -> set[str]:
        """The attribute names of the fields the body had (or the constructor was given), unknown ones included."""
        names = _wire_to_python.get(type(self))
        if names is None:
            names = _wire_to_python[type(self)] = {wire: python for python, wire, _ in self._FIELDS}
        return {names.get(key, key) for key in self._present}

    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the spec does not list (the same dict as `additional_properties`)."""
        return self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        """The wire names of the fields the spec does not list."""
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        """A field the spec does not list, by its wire name (`r.data["brand_new_field"]`)."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def to_dict(
        self,
        *,
        mode: DumpMode = "json",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> dict[str, Any]:
        """The model as a dict under the wire names, with the fields the body had (or that were given).

        Unlike the official SDK, whose default mode is "python", the default is JSON data (date-times as
        ISO 8601 text), what the API sent. warnings is accepted for compatibility and has no effect.

        Args:
            mode: "json" for JSON data, "python" to keep date-times as `datetime` objects.
            use_api_names: key by wire names (`from`), else by attribute names (`from_`).
            exclude_unset: leave out fields the body did not have; False gives every field (None if absent).
            exclude_defaults: leave out optional fields that are None.
            exclude_none: leave out every field that is None.
        """
        return dump(self, mode, use_api_names, exclude_unset, exclude_defaults, exclude_none, None, None)

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """`to_dict(...)` as JSON text, indented by indent spaces (None: compact)."""
        data = dump(self, "json", use_api_names, exclude_unset, exclude_defaults, exclude_none, None, None)
        return json.dumps(data, indent=indent, ensure_ascii=False)

    def model_dump(
        self,
        *,
        mode: DumpMode = "python",
        include: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool | str = True,
    ) -> dict[str, Any]:
        """pydantic's `model_dump`: attribute names and every field by default; include/exclude name
        top-level attributes."""
        return dump(self, mode, bool(by_alias), exclude_unset, exclude_defaults, exclude_none, include, exclude)

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        include: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool | str = True,
    ) -> str:
        """pydantic's `model_dump_json`: `model_dump(mode="json", ...)` as JSON text."""
        data = dump(self, "json", bool(by_alias), exclude_unset, exclude_defaults, exclude_none, include, exclude)
        return json.dumps(data, indent=indent, ensure_ascii=False)


def init_model(model: BaseModel, arguments: Mapping[str, Any]) -> None:
    """Set a model's fields from its constructor's arguments: UNSET becomes None and is not present."""
    present = []
    for python, wire, _ in model._FIELDS:
        value = arguments[python]
        if isinstance(value, Unset):
            value = None
        else:
            present.append(wire)
        object.__setattr__(model, python, value)
    extra = dict(arguments.get("additional_properties") or {})
    object.__setattr__(model, "additional_properties", extra)
    object.__setattr__(model, "_present", frozenset((*present, *extra)))


def dump(
    model: BaseModel,
    mode: DumpMode,
    by_alias: bool,
    exclude_unset: bool,
    exclude_defaults: bool,
    exclude_none: bool,
    include: Collection[str] | None,
    exclude: Collection[str] | None,
) -> dict[str, Any]:
    """The fields of model as a dict, nested models dumped alike (see `BaseModel.to_dict`)."""

    def value_of(value: Any) -> Any:
        if isinstance(value, BaseModel):
            return dump(value, mode, by_alias, exclude_unset, exclude_defaults, exclude_none, None, None)
        if isinstance(value, (list, tuple)):
            return [value_of(item) for item in value]
        if isinstance(value, dict):
            return {key: value_of(item) for key, item in value.items()}
        return json_scalar(value) if mode == "json" else value

    present = model._present
    out: dict[str, Any] = {}
    for python, wire, required in model._FIELDS:
        if (exclude_unset and wire not in present) or (include is not None and python not in include):
            continue
        value = getattr(model, python)
        if value is None and (exclude_none or (exclude_defaults and not required)):
            continue
        if exclude is None or python not in exclude:
            out[wire if by_alias else python] = value_of(value)
    for key, value in model.additional_properties.items():
        chosen = (include is None or key in include) and (exclude is None or key not in exclude)
        if chosen and not (exclude_none and value is None):
            out[key] = value_of(value)
    return out


def json_scalar(value: Any) -> Any:
    """A leaf value as JSON data: date-times as ISO 8601 (UTC as `Z`, as the API writes it), UUIDs as text."""
    if isinstance(value, datetime.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value
