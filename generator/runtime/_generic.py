"""`client.get/post/put/patch/delete(path, cast_to=...)`: endpoints this package does not describe.

As in the official SDK: the request gets the client's authentication, headers, query, timeout and
retries (but no `command_id`, which only the described call commands get); a non-2xx answer raises
as for any method; the body is returned as `cast_to`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

import httpx

from .types import UNSET

if TYPE_CHECKING:
    from ._http import AsyncAPIClient, QueryPairs, RequestOptions, SyncAPIClient, Timeout

T = TypeVar("T")


class GenericOptions(TypedDict, total=False):
    """The `options=` of the generic methods, as the official SDK names them."""

    headers: dict[str, str]
    params: dict[str, Any]
    extra_json: dict[str, Any]
    max_retries: int
    timeout: Timeout


def cast_response(cast_to: type[T] | None, response: httpx.Response) -> T:
    """response's body as cast_to: `httpx.Response` itself, `str`, `bytes`, None (no body), a generated model
    (its `from_dict`), or anything else (`dict`, `object`, `list`) as the decoded JSON.

    Raises:
        APIResponseValidationError: the body is empty or not JSON, or not the model's shape.
    """
    result: Any
    if cast_to is httpx.Response:
        result = response
    elif cast_to is None or cast_to is type(None):
        result = None
    elif cast_to is str:
        result = response.text
    elif cast_to is bytes:
        result = response.content
    else:
        from ._http import json_body, parse_model

        if getattr(cast_to, "from_dict", None) is not None:
            return parse_model(cast_to, getattr(cast_to, "__name__", repr(cast_to)), response)  # type: ignore[no-any-return]
        result = json_body(response)
    return result  # type: ignore[no-any-return]


def _prepare(
    client: SyncAPIClient | AsyncAPIClient, method: str, path: str, body: Any, options: GenericOptions | None
) -> tuple[httpx.Request, RequestOptions | None]:
    from ._http import encode_free_query, request_options, to_json

    given = options or {}
    call = request_options(
        given.get("max_retries", UNSET),
        given.get("timeout", UNSET),
        given.get("headers"),
        None,
        given.get("extra_json"),
    )
    params: QueryPairs | None = encode_free_query(given["params"]) if given.get("params") else None
    payload = None if body is None else to_json(body)
    request = client._http_request(client._http, method, client._url(path), params, payload, call)
    return request, call


class SyncGenericMethods:
    """`get/post/put/patch/delete` of the sync client."""

    def _generic(self, method: str, path: str, cast_to: type[T] | None, body: Any, options: GenericOptions | None) -> T:
        from ._http import SyncAPIClient

        assert isinstance(self, SyncAPIClient)
        request, call = _prepare(self, method, path, body, options)
        response, _ = self._send_with_retries(request, call, stream=False)
        return cast_response(cast_to, response)

    def get(self, path: str, *, cast_to: type[T], options: GenericOptions | None = None) -> T:
        """GET path (under base_url, or an absolute URL) and return the body as cast_to."""
        return self._generic("GET", path, cast_to, None, options)

    def post(self, path: str, *, cast_to: type[T], body: Any = None, options: GenericOptions | None = None) -> T:
        """POST body (JSON) to path and return the answer's body as cast_to."""
        return self._generic("POST", path, cast_to, body, options)

    def put(self, path: str, *, cast_to: type[T], body: Any = None, options: GenericOptions | None = None) -> T:
        """PUT body (JSON) to path and return the answer's body as cast_to."""
        return self._generic("PUT", path, cast_to, body, options)

    def patch(self, path: str, *, cast_to: type[T], body: Any = None, options: GenericOptions | None = None) -> T:
        """PATCH body (JSON) to path and return the answer's body as cast_to."""
        return self._generic("PATCH", path, cast_to, body, options)

    def delete(self, path: str, *, cast_to: type[T], body: Any = None, options: GenericOptions | None = None) -> T:
        """DELETE path (with body as JSON, if given) and return the answer's body as cast_to."""
        return self._generic("DELETE", path, cast_to, body, options)


class AsyncGenericMethods:
    """`get/post/put/patch/delete` of the async client."""

    async def _generic(
        self, method: str, path: str, cast_to: type[T] | None, body: Any, options: GenericOptions | None
    ) -> T:
        from ._http import AsyncAPIClient

        assert isinstance(self, AsyncAPIClient)
        request, call = _prepare(self, method, path, body, options)
        response, _ = await self._send_with_retries(request, call, stream=False)
        return cast_response(cast_to, response)

    async def get(self, path: str, *, cast_to: type[T], options: GenericOptions | None = None) -> T:
        """GET path (under base_url, or an absolute URL) and return the body as cast_to."""
        return await self._generic("GET", path, cast_to, None, options)

    async def post(self, path: str, *, cast_to: type[T], body: Any = None, options: GenericOptions | None = None) -> T:
        """POST body (JSON) to path and return the answer's body as cast_to."""
        return await self._generic("POST", path, cast_to, body, options)

    async def put(self, path: str, *, cast_to: type[T], body: Any = None, options: GenericOptions | None = None) -> T:
        """PUT body (JSON) to path and return the answer's body as cast_to."""
        return await self._generic("PUT", path, cast_to, body, options)

    async def patch(self, path: str, *, cast_to: type[T], body: Any = None, options: GenericOptions | None = None) -> T:
        """PATCH body (JSON) to path and return the answer's body as cast_to."""
        return await self._generic("PATCH", path, cast_to, body, options)

    async def delete(
        self, path: str, *, cast_to: type[T], body: Any = None, options: GenericOptions | None = None
    ) -> T:
        """DELETE path (with body as JSON, if given) and return the answer's body as cast_to."""
        return await self._generic("DELETE", path, cast_to, body, options)
