"""`telnyx_voice.types.recordings`: the official Telnyx SDK's names for these results, as aliases of our classes.

Generated from spec/official_types.toml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._aliases import load_alias

if TYPE_CHECKING:
    from ..models.anonymous_response import AnonymousResponse as ActionDeleteResponse

_ALIASES: dict[str, tuple[str, str]] = {
    "ActionDeleteResponse": ("anonymous_response", "AnonymousResponse"),
}

__all__ = [
    "ActionDeleteResponse",
]


def __getattr__(name: str) -> Any:
    return load_alias(__name__, _ALIASES, name)


def __dir__() -> list[str]:
    return __all__
