"""`telnyx_voice.types.queues`: the official Telnyx SDK's names for these results, as aliases of our classes.

Generated from spec/official_types.toml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._aliases import load_alias

if TYPE_CHECKING:
    from ..models.queue_call import QueueCall as QueueCall
    from ..models.queue_call_response import QueueCallResponse as CallRetrieveResponse

_ALIASES: dict[str, tuple[str, str]] = {
    "CallRetrieveResponse": ("queue_call_response", "QueueCallResponse"),
    "QueueCall": ("queue_call", "QueueCall"),
}

__all__ = [
    "CallRetrieveResponse",
    "QueueCall",
]


def __getattr__(name: str) -> Any:
    return load_alias(__name__, _ALIASES, name)


def __dir__() -> list[str]:
    return __all__
