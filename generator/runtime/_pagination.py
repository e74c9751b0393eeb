"""Pages of list results. Iterating a page yields every item of it and of the pages after it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

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
    return {**query, "page": page}


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
        return next_page_query(self._op, self._query, self.response) is not None

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

    def iter_pages(self) -> Iterator[SyncPage[Item]]:
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

    async def iter_pages(self) -> AsyncIterator[AsyncPage[Item]]:
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
