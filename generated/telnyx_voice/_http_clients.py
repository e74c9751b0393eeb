"""`DefaultHttpxClient`, `DefaultAsyncHttpxClient` and `DefaultAioHttpClient`: httpx clients with this client's
defaults, to customize (a proxy, a transport, more connections) and pass as `http_client=`, as in the official SDK."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import MissingDependencyError
from ._http import DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT, pool_limits


def _with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    """kwargs with the timeout and pool limits the client gives its own httpx client where not given."""
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", pool_limits(DEFAULT_MAX_CONCURRENCY))
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """An `httpx.Client` with the client's own defaults (60 s timeout, 5 s to connect; its pool limits);
    any `httpx.Client` argument overrides them."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` with the client's own defaults; any `httpx.AsyncClient` argument overrides them."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


def _aiohttp_client_class() -> type[httpx.AsyncClient] | None:
    try:
        module = importlib.import_module("httpx_aiohttp")
    except ImportError:
        return None
    cls: type[httpx.AsyncClient] = module.HttpxAiohttpClient
    return cls


_AIOHTTP_CLIENT = _aiohttp_client_class()
if TYPE_CHECKING:
    _AioHttpBase = httpx.AsyncClient
else:
    _AioHttpBase = _AIOHTTP_CLIENT or httpx.AsyncClient


class DefaultAioHttpClient(_AioHttpBase):
    """An `httpx.AsyncClient` sending through aiohttp (`httpx_aiohttp.HttpxAiohttpClient`), with the client's
    defaults: faster under many concurrent requests. Needs `pip install httpx-aiohttp`.

    Raises:
        MissingDependencyError: httpx_aiohttp is not installed.
    """

    def __init__(self, **kwargs: Any) -> None:
        if _AIOHTTP_CLIENT is None:
            raise MissingDependencyError(
                "DefaultAioHttpClient needs the httpx_aiohttp package: pip install httpx-aiohttp "
                "(or use DefaultAsyncHttpxClient)"
            )
        super().__init__(**_with_defaults(kwargs))
