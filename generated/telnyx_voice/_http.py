"""The HTTP core every generated operation goes through: building the request, retries, errors, parsing.

Generated resource methods (and the MCP server) call `SyncAPIClient.request` / `AsyncAPIClient.request`
with an `Operation` from `telnyx_voice._operations` and the caller's arguments by wire name.
"""

from __future__ import annotations

import datetime
import email.utils
import importlib
import json
import os
import random
import re
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, NotRequired, TypedDict, TypeVar, Unpack, cast

import httpx

from . import _logs
from ._binary import BinaryResponse
from ._copy import ClientCopy
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InsecureTransportError,
    MissingAPIKeyError,
    status_error,
)
from ._generic import AsyncGenericMethods, SyncGenericMethods
from ._multipart import MULTIPART, BodyForm, Multipart, choose_form, multipart, with_fields
from ._net import is_loopback
from ._query_keys import QueryKeys, wire_keys
from ._validation import check_model
from .types import UNSET, Unset

if TYPE_CHECKING:  # imported when first used: only the raw and streamed responses need it
    from ._response import APIResponse, AsyncAPIResponse

DEFAULT_BASE_URL = "https://api.telnyx.com/v2"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)
DEFAULT_MAX_RETRIES = 2
# Retries stop once the next one would start later than this after the call began (attempts and waits
# included), whatever max_retries says: the bound on a call that keeps failing.
DEFAULT_MAX_RETRY_TIME = 300.0
MAX_RETRY_AFTER = 60.0
# httpx's own pool size (httpx.Limits default max_connections): requests beyond it wait in the client,
# not in httpx's pool, which slows down sharply with many waiters.
DEFAULT_MAX_CONCURRENCY = 100
RETRIABLE_STATUSES = frozenset({408, 409, 429})
Timeout = float | httpx.Timeout | None
ResponseT = TypeVar("ResponseT")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Operation(Generic[ResponseT]):
    """How to call one API operation. Generated into `telnyx_voice._operations`, one per operation.

    The type parameter is the parsed success body (`Operation[CallControlCommandResponse]`, or
    `Operation[None]`): `request` returns it, so a generated method needs no cast of its own.

    Attributes:
        operation_id: the spec's operationId.
        method, path: the HTTP method and path template (`/calls/{call_control_id}/actions/answer`).
        response: `module:Class` under `telnyx_voice.models` of the success body, or None.
        deep_object: query parameters encoded as `name[key][sub]=value`.
        sends_command_id: a call command whose body has `command_id`: the client fills one in when
            the caller did not, the same on every retry, so the API runs the command once.
        pagination: "page_number", "cursor" or None.
        path_arguments: (wire name, Python argument name) of the path parameters whose names differ,
            so that errors name the argument the caller passed.
        response_kind: what the success body is: "json" (parsed into `response`, or None when the
            operation has no model), "binary" (a `BinaryResponse`) or "text" (a `str`).
        accept: the `Accept` header (default: application/json); a binary or text operation asks for
            its media type and JSON, in which errors come.
        body_forms: the forms of a body that is JSON or a multipart upload, JSON first (see
            `_multipart.choose_form`); empty for a JSON-only body.
        query_keys: the keys each object query parameter accepts as a plain dict (see `_query_keys`).
    """

    operation_id: str
    method: str
    path: str
    response: str | None = None
    deep_object: frozenset[str] = frozenset()
    sends_command_id: bool = False
    pagination: str | None = None
    path_arguments: tuple[tuple[str, str], ...] = ()
    response_kind: str = "json"
    accept: str | None = None
    body_forms: tuple[BodyForm, ...] = ()
    query_keys: Mapping[str, QueryKeys] | None = None


_response_classes: dict[str, Any] = {}
_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})
# Built once: json.dumps with options builds a new encoder on every call.
_JSON_ENCODER = json.JSONEncoder(separators=(",", ":"))


def new_command_id() -> str:
    """A random (version 4) UUID as text, without building a `uuid.UUID` (this runs on every command)."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40
    raw[8] = raw[8] & 0x3F | 0x80
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def response_class(op: Operation[Any]) -> Any:
    """The model class of op's success body, imported on first use (keeps `import telnyx_voice` cheap)."""
    assert op.response is not None
    cls = _response_classes.get(op.response)
    if cls is None:
        module, name = op.response.split(":")
        cls = getattr(importlib.import_module(f"{__package__}.models.{module}"), name)
        _response_classes[op.response] = cls
    return cls


def to_json(value: Any) -> Any:
    """A value as JSON data: models through `to_dict`, dates as ISO 8601, UUIDs as text, containers recursively."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, Mapping):
        return {key: to_json(item) for key, item in value.items() if not isinstance(item, Unset)}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"cannot send {type(value).__name__} as JSON: {value!r}")


def _query_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return str(value)


def _deep_object(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    value = to_json(value)
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _deep_object(f"{prefix}[{key}]", item)
    elif isinstance(value, list):
        for item in value:
            yield from _deep_object(prefix, item)
    elif value is not None:
        yield prefix, _query_scalar(value)


QueryPairs = list[tuple[str, str | int | float | bool | None]]


def encode_query(op: Operation[Any], query: Mapping[str, Any]) -> QueryPairs:
    """Query parameters as pairs, deepObject ones as `filter[a][b]=v` (a dict's keys in the wire or the official
    SDK's naming); UNSET and None are left out."""
    if op.query_keys:
        keys = op.query_keys
        query = {n: wire_keys(op.operation_id, n, v, keys[n]) if n in keys else v for n, v in query.items()}
    return _encode_pairs(query, op.deep_object)


def encode_free_query(query: Mapping[str, Any]) -> QueryPairs:
    """Query parameters no operation describes (`default_query`, `extra_query`): dicts as `name[key]=v`."""
    return _encode_pairs(query, None)


def _encode_pairs(query: Mapping[str, Any], deep_object: frozenset[str] | None) -> QueryPairs:
    """query as pairs; deep_object names the deepObject parameters (None: every dict value is one)."""
    pairs: QueryPairs = []
    for name, value in query.items():
        if isinstance(value, Unset) or value is None:
            continue
        if name in deep_object if deep_object is not None else isinstance(value, Mapping):
            pairs.extend(_deep_object(name, value))
        elif isinstance(value, (list, tuple)):
            pairs.extend((name, _query_scalar(item)) for item in value)
        else:
            pairs.append((name, _query_scalar(value)))
    return pairs


def merge_query(*layers: QueryPairs | None) -> QueryPairs | None:
    """The pairs of every layer, a later layer's key replacing the same key of earlier ones."""
    merged: QueryPairs = []
    for pairs in layers:
        if pairs:
            keys = {key for key, _ in pairs}
            merged = [pair for pair in merged if pair[0] not in keys] + pairs
    return merged or None


_PATH_SAFE = ":@-._~"
_PATH_SAFE_VALUE = re.compile(r"[A-Za-z0-9:@\-._~]+")


# A path segment that is only dots is removed or climbs up when the URL is normalized (RFC 3986 5.2.4).
_DOT_SEGMENTS = frozenset({".", ".."})


def _check_path_value(op: Operation[Any], name: str, value: Any) -> None:
    """Refuse a path parameter value that would not name exactly one path segment of op's endpoint."""
    if not isinstance(value, str):
        raise ValueError(f"{op.operation_id}: path parameter {name!r} must be a non-empty string, got {value!r}")
    if not value or value in _DOT_SEGMENTS:
        argument = dict(op.path_arguments).get(name, name)
        if not value:
            raise ValueError(f"Expected a non-empty value for `{argument}` but received {value!r}")
        raise ValueError(
            f"{op.operation_id}: `{argument}` cannot be {value!r}: a dot segment would send the request "
            f"to another endpoint than {op.method} {op.path}"
        )


def _path(op: Operation[Any], path_params: Mapping[str, Any]) -> str:
    values = {}
    for name, value in path_params.items():
        if type(value) is not str or not value or value in _DOT_SEGMENTS:
            _check_path_value(op, name, value)
        # call control ids look like `v3:abc_def`; a `/` or `?` in an id must not change the path
        values[name] = value if _PATH_SAFE_VALUE.fullmatch(value) else urllib.parse.quote(value, safe=_PATH_SAFE)
    return op.path.format_map(values)


def retry_delay(attempt: int, response: httpx.Response | None) -> float:
    """Seconds to wait before retry number attempt+1: the server's Retry-After if sane, else backoff."""
    if response is not None:
        headers = response.headers
        try:
            wanted: float
            if "retry-after-ms" in headers:
                wanted = float(headers["retry-after-ms"]) / 1000
            elif "retry-after" in headers:
                raw = headers["retry-after"]
                try:
                    wanted = float(raw)
                except ValueError:
                    parsed = email.utils.parsedate_to_datetime(raw)
                    wanted = parsed.timestamp() - time.time()
            else:
                wanted = -1.0
        except (ValueError, TypeError, OverflowError):
            wanted = -1.0
        # 0 or less is treated as absent, as the official SDK does: retrying at once only hammers the API
        if 0 < wanted <= MAX_RETRY_AFTER:
            return wanted
    return min(0.5 * 2.0**attempt, 8.0) * (1 - 0.25 * random.random())


def _should_retry(response: httpx.Response) -> bool:
    should: str | None = response.headers.get("x-should-retry")
    if should in ("true", "false"):
        return should == "true"
    return response.status_code in RETRIABLE_STATUSES or response.status_code >= 500


# DecodingError: a compressed body cut short, which is a broken response, not a bad request
_NO_RESPONSE = (httpx.TransportError, httpx.DecodingError)


def _no_response_error(request: httpx.Request, exc: Exception) -> APIConnectionError:
    """The typed error for a request that got no response."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(f"{type(exc).__name__}: {exc}", request=request)


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call overrides: `max_retries` and `timeout` (UNSET: the client's), and what to send besides
    the arguments: `extra_headers` over every other header, `extra_query` over the query parameters (a
    dict value as `name[key]=v`), `extra_body` over the JSON body's fields (fields the spec does not know)."""

    max_retries: int | Unset = UNSET
    timeout: Timeout | Unset = UNSET
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None


def request_options(
    max_retries: int | Unset,
    timeout: Timeout | Unset,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RequestOptions | None:
    """The per-call options, or None when the call overrides nothing (the common, cheap case)."""
    if (
        isinstance(max_retries, Unset)
        and isinstance(timeout, Unset)
        and extra_headers is None
        and extra_query is None
        and extra_body is None
    ):
        return None
    return RequestOptions(max_retries, timeout, extra_headers, extra_query, extra_body)


def check_transport(base_url: str, allow_insecure: bool) -> None:
    """Refuse a plain-http base_url to another machine, which would send the API key in clear text.

    Raises:
        InsecureTransportError: base_url is `http://` to a host that is not loopback, and not allow_insecure.
    """
    url = httpx.URL(base_url)
    if url.scheme == "http" and not allow_insecure and not is_loopback(url.host):
        raise InsecureTransportError(
            f"base_url {base_url!r} is plain http to {url.host!r}, which is not this machine: the API key "
            "would be sent in clear text. Use https, or pass allow_insecure=True if the network is trusted."
        )


class ClientOptions(TypedDict):
    """The client settings the sync and async cores take alike (documented on `Telnyx`)."""

    api_key: str | None
    base_url: str | httpx.URL | None
    timeout: Timeout | Unset
    max_retries: int
    max_retry_time: float | None
    allow_insecure: bool
    strict_response_validation: NotRequired[bool]
    default_headers: Mapping[str, str] | None
    default_query: Mapping[str, Any] | None
    auto_command_id: bool


def _check_max_retries(max_retries: int) -> None:
    if max_retries < 0:
        raise ValueError(f"max_retries must be >= 0, got {max_retries}")


class BaseAPIClient(ClientCopy):
    """What the sync and async clients share: configuration, request building and response parsing."""

    public_key: str | None
    _owns_http_client: bool

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        timeout: Timeout | Unset,
        max_retries: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
        max_retry_time: float | None,
        allow_insecure: bool,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, Any] | None,
        auto_command_id: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        self._strict_response_validation = strict_response_validation
        self.api_key = api_key if api_key is not None else os.environ.get("TELNYX_API_KEY")
        self.base_url = str(base_url or os.environ.get("TELNYX_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        check_transport(self.base_url, allow_insecure)
        self._allow_insecure = allow_insecure
        _check_max_retries(max_retries)
        if max_retry_time is not None and max_retry_time < 0:
            raise ValueError(f"max_retry_time must be >= 0 or None, got {max_retry_time}")
        self.max_retries = max_retries
        self.max_retry_time = max_retry_time
        self.auto_command_id = auto_command_id
        self._clock: Callable[[], float] = time.monotonic
        self._set_timeout(timeout, http_client)
        self._default_headers: dict[str, str] = dict(default_headers or {})
        self._default_query: dict[str, Any] = dict(default_query or {})
        self._default_query_pairs = encode_free_query(self._default_query) or None

    def _set_timeout(self, timeout: Timeout | Unset, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
        if isinstance(timeout, Unset):
            # an injected client configured with its own timeout keeps it, as in the official SDK
            custom = http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT
            timeout = http_client.timeout if custom and http_client is not None else DEFAULT_TIMEOUT
        self.timeout: Timeout = timeout
        # Sending no timeout when the httpx client already has ours saves httpx a merge per call.
        same = http_client is None or http_client.timeout == timeout
        self._call_timeout: Timeout | Unset = UNSET if same else timeout

    @property
    def default_headers(self) -> dict[str, str]:
        """The headers given as `default_headers`, sent on every request (over the client's own)."""
        return dict(self._default_headers)

    @property
    def default_query(self) -> dict[str, Any]:
        """The query parameters given as `default_query`, sent on every request (under the call's own)."""
        return dict(self._default_query)

    def _auth_headers(self) -> dict[str, str]:
        if not self.api_key:
            raise MissingAPIKeyError(
                "No Telnyx API key: pass api_key= to the client or set the TELNYX_API_KEY environment variable."
            )
        return {"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"}

    def _request_parts(
        self,
        op: Operation[Any],
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
    ) -> tuple[str, QueryPairs | None, dict[str, Any] | Multipart | None]:
        url = self.base_url + _path(op, path_params or {})
        params = encode_query(op, query) if query else None
        payload = None
        if body is not None:
            if op.body_forms:
                passed = {name: value for name, value in body.items() if value is not UNSET}
                form = choose_form(op.operation_id, op.body_forms, passed)
                if form.media_type == MULTIPART:
                    return url, params, multipart(form, passed)  # httpx sets the Content-Type
            payload = {
                name: value if type(value) in _JSON_SCALARS else to_json(value)
                for name, value in body.items()
                if value is not UNSET
            }
            if op.sends_command_id and self.auto_command_id and payload.get("command_id") is None:
                payload["command_id"] = new_command_id()
        return url, params, payload

    def _max_retries(self, options: RequestOptions | None) -> int:
        if options is None or isinstance(options.max_retries, Unset):
            return self.max_retries
        return options.max_retries

    def _retry_deadline(self, retries: int) -> float | None:
        """The clock time after which no retry of a call starting now begins (None: no limit)."""
        if retries == 0 or self.max_retry_time is None:
            return None
        return self._clock() + self.max_retry_time

    def _next_retry_delay(
        self, attempt: int, retries: int, deadline: float | None, response: httpx.Response | None
    ) -> float | None:
        """Seconds to wait before retrying after attempt (response None: no response), or None to stop."""
        if attempt >= retries or (response is not None and not _should_retry(response)):
            return None
        delay = retry_delay(attempt, response)
        if deadline is not None and self._clock() + delay > deadline:
            return None
        return delay

    def _timeout(self, options: RequestOptions | None) -> Timeout | Unset:
        if options is None or isinstance(options.timeout, Unset):
            return self._call_timeout
        return options.timeout

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        options: RequestOptions | None,
    ) -> httpx.Request:
        url, params, payload = self._request_parts(op, path_params, query, body)
        return self._http_request(http, op.method, url, params, payload, options, accept=op.accept)

    def _http_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        url: str,
        params: QueryPairs | None,
        payload: Any,
        options: RequestOptions | None,
        accept: str | None = None,
    ) -> httpx.Request:
        """The request to send: the client's headers and query under the call's, and its `extra_*` over all.

        payload is a JSON body or a `Multipart` upload (whose fields `extra_body` joins); accept replaces
        the `Accept: application/json` header (a binary or text operation).
        """
        headers = self._auth_headers()
        if accept is not None:
            headers["Accept"] = accept
        if self._default_headers:
            headers.update(self._default_headers)
        extra_body = options.extra_body if options is not None else None
        upload = payload if isinstance(payload, Multipart) else None
        content = None
        if upload is not None and extra_body is not None:
            upload = with_fields(upload, to_json(extra_body))
        elif upload is None and (payload is not None or extra_body is not None):
            if extra_body is not None:  # merged only when given: the plain call encodes its payload as it is
                payload = {**(payload or {}), **to_json(extra_body)}
            content = _JSON_ENCODER.encode(payload).encode()
            headers["Content-Type"] = "application/json"
        extra_query = None
        if options is not None:
            if options.extra_headers:
                headers.update(options.extra_headers)
            if options.extra_query:
                extra_query = encode_free_query(options.extra_query)
        if self._default_query_pairs or extra_query:
            params = merge_query(self._default_query_pairs, params, extra_query)
        timeout = self._timeout(options)
        extra: dict[str, Any] = {} if isinstance(timeout, Unset) else {"timeout": timeout}  # Unset: httpx's own
        if upload is not None:  # httpx sets the multipart Content-Type
            return http.build_request(
                method, url, params=params, data=upload.data, files=upload.files, headers=headers, **extra
            )
        return http.build_request(method, url, params=params, content=content, headers=headers, **extra)

    def _url(self, path: str) -> str:
        """A path under base_url, or an absolute URL as it is (refused if plain http to another machine)."""
        if "://" in path:
            check_transport(path, self._allow_insecure)
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    @property
    def _http_client(self) -> httpx.Client | httpx.AsyncClient:
        """The httpx client this client sends with (each core has its own kind)."""
        raise NotImplementedError

    def _replace_http_client(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        """Send with http_client from now on (`copy(http_client=...)`); each core checks it is its kind."""
        raise NotImplementedError

    def _parse(self, op: Operation[ResponseT], response: httpx.Response) -> ResponseT:
        """The success body of op's response: its model (None for an `Operation[None]`), a `BinaryResponse`
        or a `str`, as `op.response_kind` says."""
        if op.response_kind == "binary":
            return cast(ResponseT, BinaryResponse(response))  # an Operation[BinaryResponse]
        if op.response_kind == "text":
            return cast(ResponseT, response.text)  # an Operation[str]
        if op.response is None:
            return cast(ResponseT, None)  # an operation without a response model is an Operation[None]
        model = parse_model(response_class(op), op.response, response, strict=self._strict_response_validation)
        return cast(ResponseT, model)


def json_body(response: httpx.Response) -> Any:
    """response's body decoded as JSON.

    Raises:
        APIResponseValidationError: the body is empty or not JSON.
    """
    if not response.content:
        raise APIResponseValidationError(f"HTTP {response.status_code} with an empty body", response=response)
    try:
        return json.loads(response.content)
    except ValueError as exc:
        raise APIResponseValidationError(
            f"HTTP {response.status_code} with a body that is not JSON ({exc}): {response.text[:200]!r}",
            response=response,
        ) from None


def parse_model(cls: Any, name: str, response: httpx.Response, *, strict: bool = False) -> Any:
    """response's JSON object body as the model cls (named name in errors); strict: checked against the
    spec first (`_strict_response_validation`).

    Raises:
        APIResponseValidationError: the body is empty, not JSON, not an object, or not cls's shape (strict:
            a field missing, null or of the wrong type or format).
    """
    data = json_body(response)
    if not isinstance(data, dict):
        raise APIResponseValidationError(f"expected a JSON object, got {type(data).__name__}", response=response)
    try:
        if strict:
            check_model(cls, data)
        return cls.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"response body does not match {name}: {type(exc).__name__}: {exc}", response=response
        ) from exc


def pool_limits(max_concurrency: int | None) -> httpx.Limits:
    """The pool of an httpx client the client builds: httpx's default (100 connections, 20 kept alive), with
    a connection for every admitted request when max_concurrency is larger. Keeping only 20 alive matters:
    httpx's pool bookkeeping grows with the square of its idle connections, so 100 kept alive slow bursts."""
    connections = DEFAULT_MAX_CONCURRENCY if max_concurrency is None else max(max_concurrency, DEFAULT_MAX_CONCURRENCY)
    return httpx.Limits(max_connections=connections, max_keepalive_connections=20)


def _check_concurrency(max_concurrency: int | None) -> None:
    if max_concurrency is not None and max_concurrency < 1:
        raise ValueError(f"max_concurrency must be >= 1 or None, got {max_concurrency}")


class SyncAPIClient(BaseAPIClient, SyncGenericMethods):
    """The synchronous core, on an `httpx.Client`."""

    def __init__(
        self, *, http_client: httpx.Client | None, max_concurrency: int | None, **options: Unpack[ClientOptions]
    ) -> None:
        super().__init__(http_client=http_client, **options)
        _check_concurrency(max_concurrency)
        self._admission = None if max_concurrency is None else threading.BoundedSemaphore(max_concurrency)
        self._owns_http_client = True  # copies share it and leave it open (`copy`)
        self._http = http_client or httpx.Client(timeout=self.timeout, limits=pool_limits(max_concurrency))
        self._sleep: Callable[[float], None] = time.sleep

    def request(
        self,
        op: Operation[ResponseT],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        stream: bool = False,
    ) -> ResponseT:
        """Send op, retrying what is worth retrying, and return the parsed success body.

        stream: a binary success body is left on the connection (`BinaryResponse` streams it; close
        it when done); any other body is read as usual.

        Raises:
            MissingAPIKeyError, APIStatusError (a subclass per status), APIConnectionError,
            APITimeoutError, APIResponseValidationError
        """
        request = self._build_request(self._http, op, path, query, body, options)
        response, _ = self._send_with_retries(request, options, stream=stream and op.response_kind == "binary")
        return self._parse(op, response)

    def request_response(
        self,
        op: Operation[Any],
        parse: Callable[[httpx.Response], R],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        stream: bool = False,
    ) -> APIResponse[R]:
        """Send op as `request` does (retries, errors) and return the success response unparsed, its body
        read, or not yet (stream) so that it can be read chunk by chunk; `.parse()` calls parse on it."""
        from ._response import APIResponse

        request = self._build_request(self._http, op, path, query, body, options)
        response, retries_taken = self._send_with_retries(request, options, stream=stream)
        return APIResponse(response, parse, retries_taken)

    def _send_with_retries(
        self, request: httpx.Request, options: RequestOptions | None, *, stream: bool
    ) -> tuple[httpx.Response, int]:
        """The 2xx response to request and the retries it took; any other outcome raised as its error."""
        retries = self._max_retries(options)
        deadline = self._retry_deadline(retries)
        attempt = 0
        while True:
            try:
                response = self._send(request, stream)
            except _NO_RESPONSE as exc:
                delay = self._next_retry_delay(attempt, retries, deadline, None)
                if delay is None:
                    raise _no_response_error(request, exc) from exc
                if _logs.enabled():
                    _logs.log_retry(request, attempt, retries, delay, None)
            else:
                if response.is_success:
                    return response, attempt
                delay = self._next_retry_delay(attempt, retries, deadline, response)
                if delay is None:
                    response.read()  # a streamed error's body, for the error's message
                    raise status_error(response)
                if _logs.enabled():
                    _logs.log_retry(request, attempt, retries, delay, response)
                response.close()
            self._sleep(delay)
            attempt += 1

    def _send(self, request: httpx.Request, stream: bool = False) -> httpx.Response:
        """Send one attempt, logged when the `telnyx_voice` logger is on."""
        if _logs.enabled():
            return self._send_logged(request, stream)
        return self._transmit(request, stream)

    def _send_logged(self, request: httpx.Request, stream: bool) -> httpx.Response:
        started = _logs.log_request(request)
        try:
            response = self._transmit(request, stream)
        except Exception as exc:
            _logs.log_failure(request, exc, started)
            raise
        _logs.log_response(request, response, started)
        return response

    def _transmit(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """Send one attempt, holding an admission slot only while it is in flight (not while waiting to retry);
        a streamed response holds it until its body is read or closed."""
        if self._admission is None:
            return self._http.send(request, stream=stream)
        if not stream:
            with self._admission:
                return self._http.send(request)
        self._admission.acquire()
        try:
            response = self._http.send(request, stream=True)
        except BaseException:
            self._admission.release()
            raise
        from ._response import ReleasingStream

        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = ReleasingStream(response.stream, self._admission.release)
        return response

    @property
    def _http_client(self) -> httpx.Client:
        return self._http

    def _replace_http_client(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        if not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, got {type(http_client).__name__}")
        self._http = http_client

    def close(self) -> None:
        """Close the HTTP connection pool, an `http_client` given to the constructor too (as the official SDK
        does); a `copy` leaves the pool it shares open."""
        if self._owns_http_client:
            self._http.close()


class AsyncAPIClient(BaseAPIClient, AsyncGenericMethods):
    """The asynchronous core, on an `httpx.AsyncClient`."""

    def __init__(
        self, *, http_client: httpx.AsyncClient | None, max_concurrency: int | None, **options: Unpack[ClientOptions]
    ) -> None:
        import asyncio  # here, not at module level: a sync-only program never pays its import

        super().__init__(http_client=http_client, **options)
        _check_concurrency(max_concurrency)
        self._admission = None if max_concurrency is None else asyncio.Semaphore(max_concurrency)
        self._owns_http_client = True  # copies share it and leave it open (`copy`)
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout, limits=pool_limits(max_concurrency))
        self._sleep: Callable[[float], Any] = asyncio.sleep

    async def request(
        self,
        op: Operation[ResponseT],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        stream: bool = False,
    ) -> ResponseT:
        """Send op, retrying what is worth retrying, and return the parsed success body.

        stream: a binary success body is left on the connection (`BinaryResponse.aiter_bytes` streams
        it; `aclose` it when done); any other body is read as usual.

        Raises:
            MissingAPIKeyError, APIStatusError (a subclass per status), APIConnectionError,
            APITimeoutError, APIResponseValidationError
        """
        request = self._build_request(self._http, op, path, query, body, options)
        streamed = stream and op.response_kind == "binary"
        response, _ = await self._send_with_retries(request, options, stream=streamed)
        return self._parse(op, response)

    async def request_response(
        self,
        op: Operation[Any],
        parse: Callable[[httpx.Response], R],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        stream: bool = False,
    ) -> AsyncAPIResponse[R]:
        """Send op as `request` does (retries, errors) and return the success response unparsed, its body
        read, or not yet (stream) so that it can be read chunk by chunk; `.parse()` calls parse on it."""
        from ._response import AsyncAPIResponse

        request = self._build_request(self._http, op, path, query, body, options)
        response, retries_taken = await self._send_with_retries(request, options, stream=stream)
        return AsyncAPIResponse(response, parse, retries_taken)

    async def _send_with_retries(
        self, request: httpx.Request, options: RequestOptions | None, *, stream: bool
    ) -> tuple[httpx.Response, int]:
        """The 2xx response to request and the retries it took; any other outcome raised as its error."""
        retries = self._max_retries(options)
        deadline = self._retry_deadline(retries)
        attempt = 0
        while True:
            try:
                response = await self._send(request, stream)
            except _NO_RESPONSE as exc:
                delay = self._next_retry_delay(attempt, retries, deadline, None)
                if delay is None:
                    raise _no_response_error(request, exc) from exc
                if _logs.enabled():
                    _logs.log_retry(request, attempt, retries, delay, None)
            else:
                if response.is_success:
                    return response, attempt
                delay = self._next_retry_delay(attempt, retries, deadline, response)
                if delay is None:
                    await response.aread()  # a streamed error's body, for the error's message
                    raise status_error(response)
                if _logs.enabled():
                    _logs.log_retry(request, attempt, retries, delay, response)
                await response.aclose()
            await self._sleep(delay)
            attempt += 1

    async def _send(self, request: httpx.Request, stream: bool = False) -> httpx.Response:
        """Send one attempt, logged when the `telnyx_voice` logger is on."""
        if _logs.enabled():
            return await self._send_logged(request, stream)
        return await self._transmit(request, stream)

    async def _send_logged(self, request: httpx.Request, stream: bool) -> httpx.Response:
        started = _logs.log_request(request)
        try:
            response = await self._transmit(request, stream)
        except Exception as exc:
            _logs.log_failure(request, exc, started)
            raise
        _logs.log_response(request, response, started)
        return response

    async def _transmit(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """Send one attempt, holding an admission slot only while it is in flight (not while waiting to retry);
        a streamed response holds it until its body is read or closed."""
        if self._admission is None:
            return await self._http.send(request, stream=stream)
        if not stream:
            async with self._admission:
                return await self._http.send(request)
        await self._admission.acquire()
        try:
            response = await self._http.send(request, stream=True)
        except BaseException:
            self._admission.release()
            raise
        from ._response import AsyncReleasingStream

        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = AsyncReleasingStream(response.stream, self._admission.release)
        return response

    @property
    def _http_client(self) -> httpx.AsyncClient:
        return self._http

    def _replace_http_client(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        if not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}")
        self._http = http_client

    async def close(self) -> None:
        """Close the HTTP connection pool, an `http_client` given to the constructor too (as the official SDK
        does); a `copy` leaves the pool it shares open."""
        if self._owns_http_client:
            await self._http.aclose()
