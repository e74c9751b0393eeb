"""`client.call_control_applications`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._pagination import AsyncPaginator, SyncPage, with_page_keywords
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Literal

    from ..models.call_control_application import CallControlApplication
    from ..models.call_control_application_anchorsite_override import CallControlApplicationAnchorsiteOverride
    from ..models.call_control_application_inbound import CallControlApplicationInbound
    from ..models.call_control_application_outbound import CallControlApplicationOutbound
    from ..models.call_control_application_response import CallControlApplicationResponse
    from ..models.list_call_control_applications_filter import ListCallControlApplicationsFilter
    from ..models.list_call_control_applications_page import ListCallControlApplicationsPage


class CallControlApplications(SyncAPIResource):
    """`client.call_control_applications`."""

    def list(
        self,
        *,
        filter: ListCallControlApplicationsFilter | dict[str, Any] | Unset = UNSET,
        page: ListCallControlApplicationsPage | dict[str, Any] | Unset = UNSET,
        sort: Literal["active", "connection_name", "created_at"] | Unset = UNSET,
        page_after: str | Unset = UNSET,
        page_before: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[CallControlApplication]:
        """List call control applications.

        Return a list of call control applications.

        `GET /call_control_applications` (operationId `ListCallControlApplications`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            sort: Specifies the sort order for results.
            page_after: `page[after]`, the same as `page={'after': ...}`.
            page_before: `page[before]`, the same as `page={'before': ...}`.
            page_limit: `page[limit]`, the same as `page={'limit': ...}`.
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every CallControlApplication of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CALL_CONTROL_APPLICATIONS,
            {},
            {
                "filter": filter,
                "page": with_page_keywords(
                    ops.LIST_CALL_CONTROL_APPLICATIONS,
                    page,
                    {
                        "after": page_after,
                        "before": page_before,
                        "limit": page_limit,
                        "number": page_number,
                        "size": page_size,
                    },
                ),
                "sort": sort,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        application_name: str,
        webhook_event_url: str,
        active: bool | Unset = UNSET,
        anchorsite_override: CallControlApplicationAnchorsiteOverride | Unset = UNSET,
        call_cost_in_webhooks: bool | Unset = UNSET,
        dtmf_type: Literal["Inband", "RFC 2833", "SIP INFO"] | Unset = UNSET,
        first_command_timeout: bool | Unset = UNSET,
        first_command_timeout_secs: int | Unset = UNSET,
        inbound: CallControlApplicationInbound | dict[str, Any] | Unset = UNSET,
        outbound: CallControlApplicationOutbound | dict[str, Any] | Unset = UNSET,
        redact_dtmf_debug_logging: bool | Unset = UNSET,
        webhook_api_version: Literal["1", "2"] | Unset = UNSET,
        webhook_event_failover_url: str | Unset | None = UNSET,
        webhook_timeout_secs: int | Unset | None = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlApplicationResponse:
        """Create a call control application.

        `POST /call_control_applications` (operationId `CreateCallControlApplication`)

        Args:
            application_name: A user-assigned name to help manage the application.
            webhook_event_url: The URL where webhooks related to this connection will be sent.
            active: Specifies whether the connection can be used.
            anchorsite_override: <code>Latency</code> directs Telnyx to route media through the site with
                the lowest round-trip time to the user's connection.
            call_cost_in_webhooks: Specifies if call cost webhooks should be sent for this Call Control
                Application.
            dtmf_type: Sets the type of DTMF digits sent from Telnyx to this Connection.
            first_command_timeout: Specifies whether calls to phone numbers associated with this connection
                should hangup after timing out.
            first_command_timeout_secs: Specifies how many seconds to wait before timing out a dial command.
            inbound: See the Telnyx API reference.
            outbound: See the Telnyx API reference.
            redact_dtmf_debug_logging: When enabled, DTMF digits entered by users will be redacted in debug
                logs to protect PII data entered through IVR interactions.
            webhook_api_version: Determines which webhook format will be used, Telnyx API v1 or v2.
            webhook_event_failover_url: The failover URL where webhooks related to this connection will be
                sent if sending to the primary URL fails.
            webhook_timeout_secs: Specifies how many seconds to wait before timing out a webhook.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CREATE_CALL_CONTROL_APPLICATION,
            path={},
            query=None,
            body={
                "active": active,
                "anchorsite_override": anchorsite_override,
                "application_name": application_name,
                "call_cost_in_webhooks": call_cost_in_webhooks,
                "dtmf_type": dtmf_type,
                "first_command_timeout": first_command_timeout,
                "first_command_timeout_secs": first_command_timeout_secs,
                "inbound": inbound,
                "outbound": outbound,
                "redact_dtmf_debug_logging": redact_dtmf_debug_logging,
                "webhook_api_version": webhook_api_version,
                "webhook_event_failover_url": webhook_event_failover_url,
                "webhook_event_url": webhook_event_url,
                "webhook_timeout_secs": webhook_timeout_secs,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlApplicationResponse:
        """Retrieve a call control application.

        Retrieves the details of an existing call control application.

        `GET /call_control_applications/{id}` (operationId `RetrieveCallControlApplication`)

        Args:
            id: Identifies the resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.RETRIEVE_CALL_CONTROL_APPLICATION,
            path={
                "id": id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlApplicationResponse:
        """Delete a call control application.

        Deletes a call control application.

        `DELETE /call_control_applications/{id}` (operationId `DeleteCallControlApplication`)

        Args:
            id: Identifies the resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.DELETE_CALL_CONTROL_APPLICATION,
            path={
                "id": id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: str,
        *,
        application_name: str,
        webhook_event_url: str,
        active: bool | Unset = UNSET,
        anchorsite_override: CallControlApplicationAnchorsiteOverride | Unset = UNSET,
        call_cost_in_webhooks: bool | Unset = UNSET,
        dtmf_type: Literal["Inband", "RFC 2833", "SIP INFO"] | Unset = UNSET,
        first_command_timeout: bool | Unset = UNSET,
        first_command_timeout_secs: int | Unset = UNSET,
        inbound: CallControlApplicationInbound | dict[str, Any] | Unset = UNSET,
        outbound: CallControlApplicationOutbound | dict[str, Any] | Unset = UNSET,
        redact_dtmf_debug_logging: bool | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        webhook_api_version: Literal["1", "2"] | Unset = UNSET,
        webhook_event_failover_url: str | Unset | None = UNSET,
        webhook_timeout_secs: int | Unset | None = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlApplicationResponse:
        """Update a call control application.

        Updates settings of an existing call control application.

        `PATCH /call_control_applications/{id}` (operationId `UpdateCallControlApplication`)

        Args:
            id: Identifies the resource.
            application_name: A user-assigned name to help manage the application.
            webhook_event_url: The URL where webhooks related to this connection will be sent.
            active: Specifies whether the connection can be used.
            anchorsite_override: <code>Latency</code> directs Telnyx to route media through the site with
                the lowest round-trip time to the user's connection.
            call_cost_in_webhooks: Specifies if call cost webhooks should be sent for this Call Control
                Application.
            dtmf_type: Sets the type of DTMF digits sent from Telnyx to this Connection.
            first_command_timeout: Specifies whether calls to phone numbers associated with this connection
                should hangup after timing out.
            first_command_timeout_secs: Specifies how many seconds to wait before timing out a dial command.
            inbound: See the Telnyx API reference.
            outbound: See the Telnyx API reference.
            redact_dtmf_debug_logging: When enabled, DTMF digits entered by users will be redacted in debug
                logs to protect PII data entered through IVR interactions.
            tags: Tags assigned to the Call Control Application.
            webhook_api_version: Determines which webhook format will be used, Telnyx API v1 or v2.
            webhook_event_failover_url: The failover URL where webhooks related to this connection will be
                sent if sending to the primary URL fails.
            webhook_timeout_secs: Specifies how many seconds to wait before timing out a webhook.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.UPDATE_CALL_CONTROL_APPLICATION,
            path={
                "id": id,
            },
            query=None,
            body={
                "active": active,
                "anchorsite_override": anchorsite_override,
                "application_name": application_name,
                "call_cost_in_webhooks": call_cost_in_webhooks,
                "dtmf_type": dtmf_type,
                "first_command_timeout": first_command_timeout,
                "first_command_timeout_secs": first_command_timeout_secs,
                "inbound": inbound,
                "outbound": outbound,
                "redact_dtmf_debug_logging": redact_dtmf_debug_logging,
                "tags": tags,
                "webhook_api_version": webhook_api_version,
                "webhook_event_failover_url": webhook_event_failover_url,
                "webhook_event_url": webhook_event_url,
                "webhook_timeout_secs": webhook_timeout_secs,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncCallControlApplications(AsyncAPIResource):
    """`client.call_control_applications` (async)."""

    def list(
        self,
        *,
        filter: ListCallControlApplicationsFilter | dict[str, Any] | Unset = UNSET,
        page: ListCallControlApplicationsPage | dict[str, Any] | Unset = UNSET,
        sort: Literal["active", "connection_name", "created_at"] | Unset = UNSET,
        page_after: str | Unset = UNSET,
        page_before: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[CallControlApplication]:
        """List call control applications.

        Return a list of call control applications.

        `GET /call_control_applications` (operationId `ListCallControlApplications`)

        Args:
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
            sort: Specifies the sort order for results.
            page_after: `page[after]`, the same as `page={'after': ...}`.
            page_before: `page[before]`, the same as `page={'before': ...}`.
            page_limit: `page[limit]`, the same as `page={'limit': ...}`.
            page_number: `page[number]`, the same as `page={'number': ...}`.
            page_size: `page[size]`, the same as `page={'size': ...}`.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).

        Returns:
            The first page; iterating it yields every CallControlApplication of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CALL_CONTROL_APPLICATIONS,
            {},
            {
                "filter": filter,
                "page": with_page_keywords(
                    ops.LIST_CALL_CONTROL_APPLICATIONS,
                    page,
                    {
                        "after": page_after,
                        "before": page_before,
                        "limit": page_limit,
                        "number": page_number,
                        "size": page_size,
                    },
                ),
                "sort": sort,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        application_name: str,
        webhook_event_url: str,
        active: bool | Unset = UNSET,
        anchorsite_override: CallControlApplicationAnchorsiteOverride | Unset = UNSET,
        call_cost_in_webhooks: bool | Unset = UNSET,
        dtmf_type: Literal["Inband", "RFC 2833", "SIP INFO"] | Unset = UNSET,
        first_command_timeout: bool | Unset = UNSET,
        first_command_timeout_secs: int | Unset = UNSET,
        inbound: CallControlApplicationInbound | dict[str, Any] | Unset = UNSET,
        outbound: CallControlApplicationOutbound | dict[str, Any] | Unset = UNSET,
        redact_dtmf_debug_logging: bool | Unset = UNSET,
        webhook_api_version: Literal["1", "2"] | Unset = UNSET,
        webhook_event_failover_url: str | Unset | None = UNSET,
        webhook_timeout_secs: int | Unset | None = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlApplicationResponse:
        """Create a call control application.

        `POST /call_control_applications` (operationId `CreateCallControlApplication`)

        Args:
            application_name: A user-assigned name to help manage the application.
            webhook_event_url: The URL where webhooks related to this connection will be sent.
            active: Specifies whether the connection can be used.
            anchorsite_override: <code>Latency</code> directs Telnyx to route media through the site with
                the lowest round-trip time to the user's connection.
            call_cost_in_webhooks: Specifies if call cost webhooks should be sent for this Call Control
                Application.
            dtmf_type: Sets the type of DTMF digits sent from Telnyx to this Connection.
            first_command_timeout: Specifies whether calls to phone numbers associated with this connection
                should hangup after timing out.
            first_command_timeout_secs: Specifies how many seconds to wait before timing out a dial command.
            inbound: See the Telnyx API reference.
            outbound: See the Telnyx API reference.
            redact_dtmf_debug_logging: When enabled, DTMF digits entered by users will be redacted in debug
                logs to protect PII data entered through IVR interactions.
            webhook_api_version: Determines which webhook format will be used, Telnyx API v1 or v2.
            webhook_event_failover_url: The failover URL where webhooks related to this connection will be
                sent if sending to the primary URL fails.
            webhook_timeout_secs: Specifies how many seconds to wait before timing out a webhook.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CREATE_CALL_CONTROL_APPLICATION,
            path={},
            query=None,
            body={
                "active": active,
                "anchorsite_override": anchorsite_override,
                "application_name": application_name,
                "call_cost_in_webhooks": call_cost_in_webhooks,
                "dtmf_type": dtmf_type,
                "first_command_timeout": first_command_timeout,
                "first_command_timeout_secs": first_command_timeout_secs,
                "inbound": inbound,
                "outbound": outbound,
                "redact_dtmf_debug_logging": redact_dtmf_debug_logging,
                "webhook_api_version": webhook_api_version,
                "webhook_event_failover_url": webhook_event_failover_url,
                "webhook_event_url": webhook_event_url,
                "webhook_timeout_secs": webhook_timeout_secs,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlApplicationResponse:
        """Retrieve a call control application.

        Retrieves the details of an existing call control application.

        `GET /call_control_applications/{id}` (operationId `RetrieveCallControlApplication`)

        Args:
            id: Identifies the resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.RETRIEVE_CALL_CONTROL_APPLICATION,
            path={
                "id": id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        id: str,
        *,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlApplicationResponse:
        """Delete a call control application.

        Deletes a call control application.

        `DELETE /call_control_applications/{id}` (operationId `DeleteCallControlApplication`)

        Args:
            id: Identifies the resource.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.DELETE_CALL_CONTROL_APPLICATION,
            path={
                "id": id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: str,
        *,
        application_name: str,
        webhook_event_url: str,
        active: bool | Unset = UNSET,
        anchorsite_override: CallControlApplicationAnchorsiteOverride | Unset = UNSET,
        call_cost_in_webhooks: bool | Unset = UNSET,
        dtmf_type: Literal["Inband", "RFC 2833", "SIP INFO"] | Unset = UNSET,
        first_command_timeout: bool | Unset = UNSET,
        first_command_timeout_secs: int | Unset = UNSET,
        inbound: CallControlApplicationInbound | dict[str, Any] | Unset = UNSET,
        outbound: CallControlApplicationOutbound | dict[str, Any] | Unset = UNSET,
        redact_dtmf_debug_logging: bool | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        webhook_api_version: Literal["1", "2"] | Unset = UNSET,
        webhook_event_failover_url: str | Unset | None = UNSET,
        webhook_timeout_secs: int | Unset | None = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallControlApplicationResponse:
        """Update a call control application.

        Updates settings of an existing call control application.

        `PATCH /call_control_applications/{id}` (operationId `UpdateCallControlApplication`)

        Args:
            id: Identifies the resource.
            application_name: A user-assigned name to help manage the application.
            webhook_event_url: The URL where webhooks related to this connection will be sent.
            active: Specifies whether the connection can be used.
            anchorsite_override: <code>Latency</code> directs Telnyx to route media through the site with
                the lowest round-trip time to the user's connection.
            call_cost_in_webhooks: Specifies if call cost webhooks should be sent for this Call Control
                Application.
            dtmf_type: Sets the type of DTMF digits sent from Telnyx to this Connection.
            first_command_timeout: Specifies whether calls to phone numbers associated with this connection
                should hangup after timing out.
            first_command_timeout_secs: Specifies how many seconds to wait before timing out a dial command.
            inbound: See the Telnyx API reference.
            outbound: See the Telnyx API reference.
            redact_dtmf_debug_logging: When enabled, DTMF digits entered by users will be redacted in debug
                logs to protect PII data entered through IVR interactions.
            tags: Tags assigned to the Call Control Application.
            webhook_api_version: Determines which webhook format will be used, Telnyx API v1 or v2.
            webhook_event_failover_url: The failover URL where webhooks related to this connection will be
                sent if sending to the primary URL fails.
            webhook_timeout_secs: Specifies how many seconds to wait before timing out a webhook.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.UPDATE_CALL_CONTROL_APPLICATION,
            path={
                "id": id,
            },
            query=None,
            body={
                "active": active,
                "anchorsite_override": anchorsite_override,
                "application_name": application_name,
                "call_cost_in_webhooks": call_cost_in_webhooks,
                "dtmf_type": dtmf_type,
                "first_command_timeout": first_command_timeout,
                "first_command_timeout_secs": first_command_timeout_secs,
                "inbound": inbound,
                "outbound": outbound,
                "redact_dtmf_debug_logging": redact_dtmf_debug_logging,
                "tags": tags,
                "webhook_api_version": webhook_api_version,
                "webhook_event_failover_url": webhook_event_failover_url,
                "webhook_event_url": webhook_event_url,
                "webhook_timeout_secs": webhook_timeout_secs,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
