"""`client.copy(...)` / `client.with_options(...)`: a client with some settings changed, on the same pool."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

import httpx

from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._http import Timeout


class ClientCopy:
    """The `copy` / `with_options` of the sync and async clients.

    The copy is a shallow copy of the client (so every setting, including ones added later, carries
    over), without the resources and webhooks bound to the original; it shares the httpx client and the
    admission limit, and never closes that httpx client.
    """

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | Unset = UNSET,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        max_retries: int | Unset = UNSET,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        set_default_query: Mapping[str, Any] | None = None,
        public_key: str | None = None,
    ) -> Self:
        """A new client with these settings changed and every other one kept, on the same connection pool
        (and admission limit) unless http_client is given. This client is left as it was; closing the copy
        leaves the pool open. `default_headers` / `default_query` add to this client's, `set_*` replace them.

        Raises:
            ValueError: both `default_headers` and `set_default_headers` (or both query forms) given, or a
                negative max_retries.
            TypeError: http_client is not the kind of httpx client this client sends with.
            InsecureTransportError: base_url is plain http to another machine (see the constructor).
        """
        from ._http import BaseAPIClient, check_transport, encode_free_query

        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")
        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")
        if not isinstance(max_retries, Unset) and max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        assert isinstance(self, BaseAPIClient)
        new = copy.copy(self)
        for name in _cached_property_names(type(self)):
            new.__dict__.pop(name, None)  # resources and webhooks bound to the original client
        new._owns_http_client = False
        if http_client is not None:
            new._replace_http_client(http_client)
        if base_url is not None:
            new.base_url = str(base_url).rstrip("/")
            check_transport(new.base_url, self._allow_insecure)
        new.api_key = api_key or self.api_key
        new.public_key = public_key or self.public_key
        if not isinstance(max_retries, Unset):
            new.max_retries = max_retries
        if not isinstance(timeout, Unset) or http_client is not None:
            new._set_timeout(self.timeout if isinstance(timeout, Unset) else timeout, new._http_client)
        headers = {**self._default_headers, **(default_headers or {})}
        new._default_headers = dict(set_default_headers) if set_default_headers is not None else headers
        query = {**self._default_query, **(default_query or {})}
        new._default_query = dict(set_default_query) if set_default_query is not None else query
        new._default_query_pairs = encode_free_query(new._default_query) or None
        return new

    with_options = copy


def _cached_property_names(cls: type[Any]) -> set[str]:
    return {name for klass in cls.__mro__ for name, value in vars(klass).items() if isinstance(value, cached_property)}
