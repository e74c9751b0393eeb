"""Reading JSON values into model fields leniently: date-times, unions of several member types, nested lists.

Generated `from_dict` methods call these instead of repeating the same code in every model. A value
that does not read as the spec says is kept as sent: one odd field never makes a response unreadable
(strict mode, `telnyx_voice._validation`, checks the body before it is read).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .types import Unset

_MISMATCH = (TypeError, ValueError, AttributeError, KeyError)
_PLAIN = (str, int, float, bool, list, dict)  # JSON kinds kept as they are once their type is right


def _text_reader(reader: Callable[[str], Any], what: str) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        if value.__class__ is str:
            try:
                return reader(value)
            except ValueError:
                return value
        return value

    read.__doc__ = f"A `format: {what}` field: read from ISO 8601 text, any other value kept as it is."
    return read


read_datetime = _text_reader(datetime.datetime.fromisoformat, "date-time")
read_date = _text_reader(datetime.date.fromisoformat, "date")


@dataclass(frozen=True, slots=True)
class ListOf:
    """A union member that is a JSON array of item (a model class, a scalar type or another `ListOf`)."""

    item: Any


@dataclass(frozen=True, slots=True)
class OneOf:
    """A union member (an item of a `ListOf`) that is itself a union: `parse_union`'s arguments."""

    members: tuple[Any, ...]
    nullable: bool = False
    lenient: bool = False
    tagged: tuple[tuple[str, Any, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Const:
    """A union member that is one fixed JSON value."""

    value: Any


def _parse_member(member: Any, data: Any) -> Any:
    if isinstance(member, ListOf):
        if not isinstance(data, list):
            raise TypeError(f"expected a list, got {type(data).__name__}")
        return [_parse_member(member.item, item) for item in data]
    if isinstance(member, Const):
        if data != member.value:
            raise ValueError(f"expected {member.value!r}, got {data!r}")
        return data
    if isinstance(member, OneOf):
        return parse_union(data, member.members, nullable=member.nullable, lenient=member.lenient, tagged=member.tagged)
    if member in _PLAIN:
        if not isinstance(data, member):
            raise TypeError(f"expected {member.__name__}, got {type(data).__name__}")
        return data
    if hasattr(member, "from_dict"):
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {member.__name__}, got {type(data).__name__}")
        return member.from_dict(data)
    if not isinstance(data, str):  # a reader of a formatted string: UUID, datetime.date.fromisoformat, ...
        raise TypeError(f"expected a string, got {type(data).__name__}")
    return member(data)


def parse_union(
    data: Any,
    members: tuple[Any, ...],
    *,
    nullable: bool = False,
    lenient: bool = False,
    tagged: tuple[tuple[str, Any, Any], ...] = (),
) -> Any:
    """The value of a union-typed field: UNSET, None (if nullable), or the first member that reads data.

    members are model classes (read from an object by `from_dict`), scalar types (a spec enum's
    value type), readers of a formatted string (`UUID`, `datetime.date.fromisoformat`), `Const`
    values, `ListOf` arrays and `OneOf` unions, tried in order. When the union is discriminated, an object
    whose value of a property matches an entry (property, value, member) of tagged is read by
    that member first. A union that also admits values kept as they
    are (a plain string or number) is lenient: data no member reads is returned unchanged.

    Raises:
        TypeError, ValueError, AttributeError, KeyError: no member reads data (the last member's error).
    """
    if isinstance(data, Unset) or (data is None and nullable):
        return data
    if tagged and isinstance(data, dict):
        for prop, value, member in tagged:
            if data.get(prop) == value:
                return read_value(member, data) if lenient else _parse_member(member, data)
    for member in members if lenient else members[:-1]:
        try:
            return _parse_member(member, data)
        except _MISMATCH:
            pass
    return data if lenient or not members else _parse_member(members[-1], data)


def read_value(member: Any, data: Any) -> Any:
    """data read as member (as `parse_union` names members) where it can be, kept as it is where not."""
    if isinstance(member, ListOf):
        return [read_value(member.item, item) for item in data] if isinstance(data, list) else data
    if isinstance(member, OneOf):
        return parse_union(data, member.members, nullable=member.nullable, lenient=True, tagged=member.tagged)
    try:
        return _parse_member(member, data)
    except _MISMATCH:
        return data
