"""The exceptions the client raises. Errors are raised, never returned.

TelnyxError
├── MissingAPIKeyError            no key given or in $TELNYX_API_KEY; nothing was sent
├── InsecureTransportError        an http:// base_url to another machine, refused unless allow_insecure=True
├── InvalidArgumentError          an argument the API would not understand; nothing was sent
├── NoNextPageError               `get_next_page()` on the last page
├── MissingDependencyError        an optional package a feature needs is not installed
└── APIError                      something went wrong talking to the API
    ├── APIConnectionError        the request did not get a response
    │   └── APITimeoutError
    ├── APIResponseValidationError   a 2xx response whose body is not what the spec says
    └── APIStatusError            a non-2xx response; one subclass per status family
        ├── BadRequestError (400), AuthenticationError (401), PermissionDeniedError (403),
        ├── NotFoundError (404), ConflictError (409), UnprocessableEntityError (422),
        └── RateLimitError (429), InternalServerError (>= 500)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs
import httpx


class TelnyxError(Exception):
    """Base class of every exception this package raises."""


class MissingAPIKeyError(TelnyxError):
    """No API key: pass `api_key=` or set $TELNYX_API_KEY."""


class InsecureTransportError(TelnyxError, ValueError):
    """A plain `http://` base_url to another machine: the API key would cross the network in clear text.

    Raised by the client's constructor; pass `allow_insecure=True` to send anyway. Loopback hosts are allowed.
    """


class InvalidArgumentError(TelnyxError, ValueError):
    """An argument the API would not understand, found before anything is sent: a dict key that its
    query parameter does not have, or one page key given both in `page=` and as `page_<key>=`."""


class NoNextPageError(TelnyxError, RuntimeError):
    """`get_next_page()` was called on the last page; check `has_next_page()` first."""


class MissingDependencyError(TelnyxError, ImportError):
    """An optional package a feature needs is not installed (`httpx_aiohttp` for `DefaultAioHttpClient`)."""


@attrs.frozen
class ErrorDetail:
    """One entry of a Telnyx `errors` list."""

    code: str
    title: str
    detail: str | None = None
    source: Mapping[str, Any] | None = None
    meta: Mapping[str, Any] | None = None

    @classmethod
    def from_json(cls, item: Any) -> ErrorDetail:
        if not isinstance(item, Mapping):
            return cls(code="", title=str(item))
        source, meta = item.get("source"), item.get("meta")
        return cls(
            code="" if item.get("code") is None else str(item["code"]),
            title="" if item.get("title") is None else str(item["title"]),
            detail=None if item.get("detail") is None else str(item["detail"]),
            source=source if isinstance(source, Mapping) else None,
            meta=meta if isinstance(meta, Mapping) else None,
        )


class APIError(TelnyxError):
    """A request was sent and failed. `request` is the last attempt's request."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No response: the connection failed, was reset, or the response was cut short."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__("Request timed out.", request=request)


class APIResponseValidationError(APIError):
    """A successful status with a body that is empty, not JSON, or not the documented shape."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code


def _parse_error_body(response: httpx.Response) -> tuple[Any, list[ErrorDetail]]:
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        return None, []
    items = body.get("errors") if isinstance(body, Mapping) else None
    return body, [ErrorDetail.from_json(item) for item in items] if isinstance(items, list) else []


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: the HTTP status.
        errors: the Telnyx `errors` list (code, title, detail, source), empty when the body had none.
        body: the decoded JSON body, or None when the body was empty or not JSON (an HTML 502 page).
        response: the `httpx.Response`.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body, self.errors = _parse_error_body(response)
        summary = "; ".join(f"{e.code} {e.title}" + (f": {e.detail}" if e.detail else "") for e in self.errors) or (
            response.text[:200].strip() if self.body is None else "no error details"
        )
        super().__init__(
            f"HTTP {response.status_code} from {response.request.method} {response.request.url.path}: {summary}",
            request=response.request,
        )


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422: the request broke the API's rules; `errors` says which field and why."""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """Any status >= 500."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The exception for a non-2xx response."""
    if response.status_code >= 500:
        return InternalServerError(response)
    return _BY_STATUS.get(response.status_code, APIStatusError)(response)
