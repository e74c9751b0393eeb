"""What every resource class (`client.calls`, `client.calls.actions`, ...) shares: sending its operations,
and the `with_raw_response` / `with_streaming_response` views of its methods.

A view is the resource in another response mode: its methods send exactly as the plain ones do (same
request, retries, `command_id`, admission, errors) and return the `APIResponse` instead of the parsed
body; in the streaming view the call is made when its context manager is entered and the body is left
unread until asked for. Views are built on first access, so a program that never uses them never pays.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

from ._pagination import AsyncPage, AsyncPaginator, SyncPage

if TYPE_CHECKING:
    from ._http import AsyncAPIClient, Operation, RequestOptions, SyncAPIClient
    from ._response import AsyncResponseContextManager, ResponseContextManager

R = TypeVar("R")
Client = TypeVar("Client", "SyncAPIClient", "AsyncAPIClient")
Mode = Literal["raw", "stream"]


class _APIResource(Generic[Client]):
    _response_mode: Mode | None = None

    def __init__(self, client: Client) -> None:
        self._client: Client = client

    @cached_property
    def with_raw_response(self) -> Any:
        """This resource's methods returning the raw response (`.http_response`, `.headers`, `.parse()`)."""
        return ResponseView(self._in_mode("raw"), "raw")

    @cached_property
    def with_streaming_response(self) -> Any:
        """This resource's methods as context managers whose response body is read only when asked for."""
        return ResponseView(self._in_mode("stream"), "stream")

    def _in_mode(self, mode: Mode) -> _APIResource[Client]:
        clone = copy.copy(self)
        clone.__dict__.pop("with_raw_response", None)
        clone.__dict__.pop("with_streaming_response", None)
        clone._response_mode = mode
        return clone

    def _wrap(self, method: Callable[..., Any]) -> Callable[..., Any]:
        """method as the view of this mode offers it (the raw view offers it as it is)."""
        return method


class SyncAPIResource(_APIResource["SyncAPIClient"]):
    """A resource of the sync client."""

    def _request(
        self,
        op: Operation[R],
        *,
        path: Mapping[str, Any],
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        options: RequestOptions | None,
    ) -> R:
        client = self._client
        if self._response_mode is None:
            return client.request(op, path=path, query=query, body=body, options=options)
        parse = functools.partial(client._parse, op)
        stream = self._response_mode == "stream"
        response = client.request_response(op, parse, path=path, query=query, body=body, options=options, stream=stream)
        return cast(R, response)  # the view's caller expects the response, not R

    def _page(
        self, op: Operation[Any], path: Mapping[str, Any], query: Mapping[str, Any], options: RequestOptions | None
    ) -> SyncPage[Any]:
        client = self._client
        if self._response_mode is None:
            return SyncPage(
                client, op, path, query, options, client.request(op, path=path, query=query, options=options)
            )

        def parse(response: Any) -> SyncPage[Any]:
            return SyncPage(client, op, path, query, options, client._parse(op, response))

        stream = self._response_mode == "stream"
        return cast(
            SyncPage[Any], client.request_response(op, parse, path=path, query=query, options=options, stream=stream)
        )

    def _wrap(self, method: Callable[..., Any]) -> Callable[..., Any]:
        if self._response_mode != "stream":
            return method
        from ._response import ResponseContextManager  # the plain methods never need it

        @functools.wraps(method)
        def streamed(*args: Any, **kwargs: Any) -> ResponseContextManager[Any]:
            return ResponseContextManager(functools.partial(method, *args, **kwargs))

        return streamed


class AsyncAPIResource(_APIResource["AsyncAPIClient"]):
    """A resource of the async client."""

    async def _request(
        self,
        op: Operation[R],
        *,
        path: Mapping[str, Any],
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        options: RequestOptions | None,
    ) -> R:
        client = self._client
        if self._response_mode is None:
            return await client.request(op, path=path, query=query, body=body, options=options)
        parse = functools.partial(client._parse, op)
        stream = self._response_mode == "stream"
        response = await client.request_response(
            op, parse, path=path, query=query, body=body, options=options, stream=stream
        )
        return cast(R, response)  # the view's caller expects the response, not R

    def _page(
        self, op: Operation[Any], path: Mapping[str, Any], query: Mapping[str, Any], options: RequestOptions | None
    ) -> AsyncPaginator[Any]:
        """The list call's paginator; in a view, the awaitable of its first page's response instead."""
        client = self._client
        if self._response_mode is None:
            return AsyncPaginator(client, op, path, query, options)

        def parse(response: Any) -> AsyncPage[Any]:
            return AsyncPage(client, op, path, query, options, client._parse(op, response))

        stream = self._response_mode == "stream"
        raw = client.request_response(op, parse, path=path, query=query, options=options, stream=stream)
        return cast(AsyncPaginator[Any], raw)  # the view's caller awaits the response

    def _wrap(self, method: Callable[..., Any]) -> Callable[..., Any]:
        if self._response_mode != "stream":
            return method
        from ._response import AsyncResponseContextManager  # the plain methods never need it

        @functools.wraps(method)
        def streamed(*args: Any, **kwargs: Any) -> AsyncResponseContextManager[Any]:
            return AsyncResponseContextManager(method(*args, **kwargs))

        return streamed


class ResponseView:
    """`resource.with_raw_response` / `.with_streaming_response`: the resource's methods in that mode,
    and its sub-resources' views (`client.calls.with_raw_response.actions.answer(...)`)."""

    def __init__(self, resource: _APIResource[Any], mode: Mode) -> None:
        self._resource = resource
        self._mode = mode

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._resource, name)
        if isinstance(attribute, _APIResource):
            return attribute.with_raw_response if self._mode == "raw" else attribute.with_streaming_response
        if name.startswith("_") or not callable(attribute):
            return attribute
        return self._resource._wrap(attribute)

    def __dir__(self) -> list[str]:
        return [name for name in dir(self._resource) if not name.startswith("_")]

    def __repr__(self) -> str:
        return f"<{type(self._resource).__name__}.with_{'raw' if self._mode == 'raw' else 'streaming'}_response>"
