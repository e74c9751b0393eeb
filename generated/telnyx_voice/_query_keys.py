"""Object query parameters given as plain dicts: the official SDK's Python key names, checked and sent as wire names.

`filter={"outbound_outbound_voice_profile_id": "1"}` is sent as `filter[outbound.outbound_voice_profile_id]=1`,
as the official SDK sends it; the wire name is accepted too. A key the parameter does not have is an error
naming the parameter and the keys it accepts, instead of a request the API silently ignores a part of.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._exceptions import InvalidArgumentError

QueryKeys = Mapping[str, tuple[str, "QueryKeys | None"]]
"""The keys an object accepts: accepted key (wire name or official Python name) -> (wire name, the keys of
its value when that is an object with declared properties, else None)."""


class WireKeyed(dict[str, Any]):
    """An object query value the client built itself with wire keys (the next page's `page`, whose
    cursor key some operations use without declaring it): sent as it is, not checked."""


def accepted_keys(keys: QueryKeys) -> str:
    """The keys of an object for an error message: each wire name, with its Python name where that differs."""
    python_names: dict[str, str] = {}
    for name, (wire, _) in keys.items():
        if name != wire:
            python_names[wire] = name
    return ", ".join(
        wire if wire not in python_names else f"{python_names[wire]} ({wire})"
        for wire in dict.fromkeys(wire for wire, _ in keys.values())
    )


def wire_keys(operation_id: str, where: str, value: Any, keys: QueryKeys) -> Any:
    """value with the keys of each plain dict in it as sent on the wire; models and other values unchanged.

    Raises:
        InvalidArgumentError: a dict has a key its object does not declare, or gives one key in both namings.
    """
    if not isinstance(value, Mapping) or isinstance(value, WireKeyed):
        return value
    sent: dict[str, Any] = {}
    for key, item in value.items():
        entry = keys.get(key)
        if entry is None:
            raise InvalidArgumentError(
                f"{operation_id}: `{where}` has no key {key!r}; it accepts {accepted_keys(keys)}"
            )
        wire, nested = entry
        if wire in sent:
            raise InvalidArgumentError(f"{operation_id}: `{where}` gives {wire!r} twice (as {key!r} and {wire!r})")
        sent[wire] = item if nested is None else wire_keys(operation_id, f"{where}[{wire}]", item, nested)
    return sent
