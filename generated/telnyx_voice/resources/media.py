"""`client.media`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._binary import BinaryResponse
    from ..models.list_media_storage_filter import ListMediaStorageFilter
    from ..models.list_of_media_resources_response import ListOfMediaResourcesResponse
    from ..models.media_resource_response import MediaResourceResponse
    from ..types import FileInput


class Media(SyncAPIResource):
    """`client.media`."""

    def list(
        self,
        *,
        filter: ListMediaStorageFilter | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListOfMediaResourcesResponse:
        """List uploaded media.

        Returns a list of stored media files.

        `GET /media` (operationId `ListMediaStorage`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.LIST_MEDIA_STORAGE,
            path={},
            query={
                "filter": filter,
            },
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def upload(
        self,
        *,
        media_name: str | Unset = UNSET,
        media_url: str | Unset = UNSET,
        ttl_secs: int | Unset = UNSET,
        media: FileInput | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MediaResourceResponse:
        """Upload media.

        Upload media file to Telnyx so it can be used with other Telnyx services

        `POST /media` (operationId `CreateMediaStorage`)

        Args:
            media_name: The unique identifier of a file.
            media_url: The URL where the media to be stored in Telnyx network is currently hosted.
            ttl_secs: The number of seconds after which the media resource will be deleted, defaults to 2
                days.
            media: The file you want to upload.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CREATE_MEDIA_STORAGE,
            path={},
            query=None,
            body={
                "media_name": media_name,
                "media_url": media_url,
                "ttl_secs": ttl_secs,
                "media": media,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        media_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MediaResourceResponse:
        """Retrieve stored media.

        Returns the information about a stored media file.

        `GET /media/{media_name}` (operationId `GetMediaStorage`)

        Args:
            media_name: Uniquely identifies a media resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.GET_MEDIA_STORAGE,
            path={
                "media_name": media_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        media_name: str,
        *,
        media_url: str | Unset = UNSET,
        ttl_secs: int | Unset = UNSET,
        media: FileInput | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MediaResourceResponse:
        """Update stored media.

        Updates a stored media file.

        `PUT /media/{media_name}` (operationId `UpdateMediaStorage`)

        Args:
            media_name: Uniquely identifies a media resource.
            media_url: The URL where the media to be stored in Telnyx network is currently hosted.
            ttl_secs: The number of seconds after which the media resource will be deleted, defaults to 2
                days.
            media: The file you want to upload.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.UPDATE_MEDIA_STORAGE,
            path={
                "media_name": media_name,
            },
            query=None,
            body={
                "media_url": media_url,
                "ttl_secs": ttl_secs,
                "media": media,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        media_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Deletes stored media.

        Deletes a stored media file.

        `DELETE /media/{media_name}` (operationId `DeleteMediaStorage`)

        Args:
            media_name: Uniquely identifies a media resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.DELETE_MEDIA_STORAGE,
            path={
                "media_name": media_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def download(
        self,
        media_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BinaryResponse:
        """Download stored media.

        Downloads a stored media file.

        `GET /media/{media_name}/download` (operationId `DownloadMedia`)

        Args:
            media_name: Uniquely identifies a media resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.DOWNLOAD_MEDIA,
            path={
                "media_name": media_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncMedia(AsyncAPIResource):
    """`client.media` (async)."""

    async def list(
        self,
        *,
        filter: ListMediaStorageFilter | dict[str, Any] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListOfMediaResourcesResponse:
        """List uploaded media.

        Returns a list of stored media files.

        `GET /media` (operationId `ListMediaStorage`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.LIST_MEDIA_STORAGE,
            path={},
            query={
                "filter": filter,
            },
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def upload(
        self,
        *,
        media_name: str | Unset = UNSET,
        media_url: str | Unset = UNSET,
        ttl_secs: int | Unset = UNSET,
        media: FileInput | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MediaResourceResponse:
        """Upload media.

        Upload media file to Telnyx so it can be used with other Telnyx services

        `POST /media` (operationId `CreateMediaStorage`)

        Args:
            media_name: The unique identifier of a file.
            media_url: The URL where the media to be stored in Telnyx network is currently hosted.
            ttl_secs: The number of seconds after which the media resource will be deleted, defaults to 2
                days.
            media: The file you want to upload.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CREATE_MEDIA_STORAGE,
            path={},
            query=None,
            body={
                "media_name": media_name,
                "media_url": media_url,
                "ttl_secs": ttl_secs,
                "media": media,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        media_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MediaResourceResponse:
        """Retrieve stored media.

        Returns the information about a stored media file.

        `GET /media/{media_name}` (operationId `GetMediaStorage`)

        Args:
            media_name: Uniquely identifies a media resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.GET_MEDIA_STORAGE,
            path={
                "media_name": media_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        media_name: str,
        *,
        media_url: str | Unset = UNSET,
        ttl_secs: int | Unset = UNSET,
        media: FileInput | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MediaResourceResponse:
        """Update stored media.

        Updates a stored media file.

        `PUT /media/{media_name}` (operationId `UpdateMediaStorage`)

        Args:
            media_name: Uniquely identifies a media resource.
            media_url: The URL where the media to be stored in Telnyx network is currently hosted.
            ttl_secs: The number of seconds after which the media resource will be deleted, defaults to 2
                days.
            media: The file you want to upload.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.UPDATE_MEDIA_STORAGE,
            path={
                "media_name": media_name,
            },
            query=None,
            body={
                "media_url": media_url,
                "ttl_secs": ttl_secs,
                "media": media,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        media_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Deletes stored media.

        Deletes a stored media file.

        `DELETE /media/{media_name}` (operationId `DeleteMediaStorage`)

        Args:
            media_name: Uniquely identifies a media resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.DELETE_MEDIA_STORAGE,
            path={
                "media_name": media_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def download(
        self,
        media_name: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BinaryResponse:
        """Download stored media.

        Downloads a stored media file.

        `GET /media/{media_name}/download` (operationId `DownloadMedia`)

        Args:
            media_name: Uniquely identifies a media resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.DOWNLOAD_MEDIA,
            path={
                "media_name": media_name,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
