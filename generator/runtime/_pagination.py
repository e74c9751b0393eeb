"""Pages of list results. Iterating a page yields every item of it and of the pages after it.

The surface is the official SDK's: `has_next_page()`, `get_next_page()`, `next_page_info()`, `iter_pages()`,
`.data`, `.meta`; an async list method returns an `AsyncPaginator`, awaited for its first page or iterated
with `async for` directly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._exceptions import InvalidArgumentError, NoNextPageError
from ._query_keys import WireKeyed
from .types import Unset

if TYPE_CHECKING:
    from ._http import AsyncAPIClient, Operation, RequestOptions, SyncAPIClient

Item = TypeVar("Item")
Client = TypeVar("Client", "SyncAPIClient", "AsyncAPIClient")


def _field(obj: Any, name: str) -> Any:
    value = getattr(obj, name, None)
    return None if isinstance(value, Unset) else value


def next_page_query(op: Operation[Any], query: Mapping[str, Any], response: Any) -> dict[str, Any] | None:
    """The query of the page after response, or None when response is the last page."""
    if not _field(response, "data"):
        return None
    meta = _field(response, "meta")
    page = query.get("page")
    page = (
        {} if page is None or isinstance(page, Unset) else dict(page if isinstance(page, Mapping) else page.to_dict())
    )
    if op.pagination == "page_number":
        number, total = _field(meta, "page_number"), _field(meta, "total_pages")
        if number is None or total is None or number >= total:
            return None
        page["number"] = number + 1
    elif op.pagination == "cursor":
        after = _field(_field(meta, "cursors"), "after")
        if not after:
            return None
        page.pop("before", None)
        page["after"] = after
    else:
        return None
    return {**query, "page": WireKeyed(page)}


def with_page_keywords(op: Operation[Any], page: Any, keywords: Mapping[str, Any]) -> Any:
    """The `page` parameter with the flattened keywords given (`page_number=2` is keywords {"number": 2}).

    Raises:
        InvalidArgumentError: a key is given both in page and as its keyword.
    """
    given = {key: value for key, value in keywords.items() if not isinstance(value, Unset)}
    if not given:
        return page
    if page is None or isinstance(page, Unset):
        return given
    merged = dict(page) if isinstance(page, Mapping) else page.to_dict()
    for key in given:
        if key in merged:
            raise InvalidArgumentError(
                f"{op.operation_id}: page key {key!r} is given twice, in `page=` and as its own keyword; give it once"
            )
    return {**merged, **given}


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What the next page is fetched with: `params`, the query of the next request (`page` included)."""

    params: Mapping[str, Any]


class _BasePage(Generic[Client, Item]):
    def __init__(
        self,
        client: Client,
        op: Operation[Any],
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        options: RequestOptions | None,
        response: Any,
    ) -> None:
        self._client: Client = client
        self._op = op
        self._path = path
        self._query = query
        self._options = options
        self.response = response
        """The parsed response of this page (with `data` and `meta`)."""

    @property
    def data(self) -> list[Item]:
        """The items of this page only."""
        return list(_field(self.response, "data") or [])

    @property
    def meta(self) -> Any:
        """This page's pagination `meta` (page_number/total_pages, or cursors)."""
        return _field(self.response, "meta")

    def has_next_page(self) -> bool:
        """Whether a page follows this one (by `meta`: page_number < total_pages, or a cursor after it)."""
        return next_page_query(self._op, self._query, self.response) is not None

    def next_page_info(self) -> PageInfo | None:
        """The query of the next page, or None after the last."""
        query = next_page_query(self._op, self._query, self.response)
        return None if query is None else PageInfo(params=query)

    def _require_next_page(self) -> None:
        if not self.has_next_page():
            raise NoNextPageError(
                f"{self._op.operation_id}: no page after this one; check `has_next_page()` before `get_next_page()`"
            )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._op.operation_id} items={len(self.data)} meta={self.meta!r}>"


class SyncPage(_BasePage["SyncAPIClient", Item]):
    """One page of a list; `for item in page` walks this page and every later one."""

    def next_page(self) -> SyncPage[Item] | None:
        """Fetch the next page, or None after the last."""
        query = next_page_query(self._op, self._query, self.response)
        if query is None:
            return None
        response = self._client.request(self._op, path=self._path, query=query, options=self._options)
        return SyncPage(self._client, self._op, self._path, query, self._options, response)

    def get_next_page(self) -> SyncPage[Item]:
        """Fetch the next page.

        Raises:
            NoNextPageError: this is the last page.
        """
        self._require_next_page()
        page = self.next_page()
        assert page is not None
        return page

    def iter_pages(self) -> Iterator[SyncPage[Item]]:
        """This page and every page after it, each fetched when reached."""
        page: SyncPage[Item] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[Item]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_BasePage["AsyncAPIClient", Item]):
    """One page of a list; `async for item in page` walks this page and every later one."""

    async def next_page(self) -> AsyncPage[Item] | None:
        """Fetch the next page, or None after the last."""
        query = next_page_query(self._op, self._query, self.response)
        if query is None:
            return None
        response = await self._client.request(self._op, path=self._path, query=query, options=self._options)
        return AsyncPage(self._client, self._op, self._path, query, self._options, response)

    async def get_next_page(self) -> AsyncPage[Item]:
        """Fetch the next page.

        Raises:
            NoNextPageError: this is the last page.
        """
        self._require_next_page()
        page = await self.next_page()
        assert page is not None
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncPage[Item]]:
        """This page and every page after it, each fetched when reached."""
        page: AsyncPage[Item] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    def __aiter__(self) -> AsyncIterator[Item]:
        return self._items()

    async def _items(self) -> AsyncIterator[Item]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[Item]):
    """What an async list method returns: `await` it for the first page, or `async for item in` it
    (without `await`) for every item of every page, as with the official SDK's `AsyncPaginator`.

    Nothing is sent until it is awaited or iterated; each await or iteration sends the first request anew.
    """

    def __init__(
        self,
        client: AsyncAPIClient,
        op: Operation[Any],
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> None:
        self._client = client
        self._op = op
        self._path = path
        self._query = query
        self._options = options

    async def _first_page(self) -> AsyncPage[Item]:
        response = await self._client.request(self._op, path=self._path, query=self._query, options=self._options)
        return AsyncPage(self._client, self._op, self._path, self._query, self._options, response)

    def __await__(self) -> Generator[Any, None, AsyncPage[Item]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[Item]:
        page = await self._first_page()
        async for item in page:
            yield item
