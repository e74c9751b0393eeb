"""Typed Python client for Telnyx Voice call control, generated from the Telnyx OpenAPI spec.

    from telnyx_voice import Telnyx

    client = Telnyx()  # $TELNYX_API_KEY
    client.calls.dial(connection_id="...", from_="+15550001111", to="+15550002222")
    client.calls.actions.answer(call_control_id)

Names are imported on first use, so `import telnyx_voice` costs next to nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._binary import BinaryResponse
    from ._client import AsyncTelnyx, Telnyx
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        ErrorDetail,
        InsecureTransportError,
        InternalServerError,
        InvalidArgumentError,
        MissingAPIKeyError,
        MissingDependencyError,
        NoNextPageError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        TelnyxError,
        UnprocessableEntityError,
    )
    from ._http_clients import DefaultAioHttpClient, DefaultAsyncHttpxClient, DefaultHttpxClient
    from ._pagination import AsyncPage, AsyncPaginator, PageInfo, SyncPage
    from ._version import __version__
    from .types import UNSET, Unset

_EXCEPTIONS = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorDetail",
    "InsecureTransportError",
    "InternalServerError",
    "InvalidArgumentError",
    "MissingAPIKeyError",
    "MissingDependencyError",
    "NoNextPageError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TelnyxError",
    "UnprocessableEntityError",
)
_LAZY: dict[str, str] = {
    "Telnyx": "._client",
    "AsyncTelnyx": "._client",
    "SyncPage": "._pagination",
    "AsyncPage": "._pagination",
    "BinaryResponse": "._binary",
    "AsyncPaginator": "._pagination",
    "DefaultHttpxClient": "._http_clients",
    "DefaultAsyncHttpxClient": "._http_clients",
    "DefaultAioHttpClient": "._http_clients",
    "PageInfo": "._pagination",
    "__version__": "._version",
    "UNSET": ".types",
    "Unset": ".types",
    **dict.fromkeys(_EXCEPTIONS, "._exceptions"),
}

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncTelnyx",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "ConflictError",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "ErrorDetail",
    "InsecureTransportError",
    "InternalServerError",
    "InvalidArgumentError",
    "MissingAPIKeyError",
    "MissingDependencyError",
    "NoNextPageError",
    "NotFoundError",
    "PageInfo",
    "PermissionDeniedError",
    "RateLimitError",
    "SyncPage",
    "Telnyx",
    "TelnyxError",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
