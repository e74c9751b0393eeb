"""`client.conferences`. Generated from the Telnyx OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._http import Timeout, request_options
from .._pagination import AsyncPaginator, SyncPage, with_page_keywords
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import UNSET, Unset
from .conferences_actions import AsyncConferencesActions, ConferencesActions

if TYPE_CHECKING:
    from typing import Literal

    from ..models.conference import Conference
    from ..models.conference_participant_resource import ConferenceParticipantResource
    from ..models.conference_response import ConferenceResponse
    from ..models.list_conference_participants_filter import ListConferenceParticipantsFilter
    from ..models.list_conference_participants_page import ListConferenceParticipantsPage
    from ..models.list_conferences_filter import ListConferencesFilter
    from ..models.list_conferences_page import ListConferencesPage
    from ..models.participant import Participant


class Conferences(SyncAPIResource):
    """`client.conferences`."""

    @cached_property
    def actions(self) -> ConferencesActions:
        """`client.conferences.actions`."""
        return ConferencesActions(self._client)

    def list(
        self,
        *,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        filter: ListConferencesFilter | dict[str, Any] | Unset = UNSET,
        page: ListConferencesPage | dict[str, Any] | Unset = UNSET,
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
    ) -> SyncPage[Conference]:
        """List conferences.

        Lists conferences.

        `GET /conferences` (operationId `ListConferences`)

        Args:
            region: Region where the conference data is located
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
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
            The first page; iterating it yields every Conference of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CONFERENCES,
            {},
            {
                "region": region,
                "filter": filter,
                "page": with_page_keywords(
                    ops.LIST_CONFERENCES,
                    page,
                    {
                        "after": page_after,
                        "before": page_before,
                        "limit": page_limit,
                        "number": page_number,
                        "size": page_size,
                    },
                ),
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        call_control_id: str,
        name: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        comfort_noise: bool | Unset = UNSET,
        command_id: str | Unset = UNSET,
        duration_minutes: int | Unset = UNSET,
        hold_audio_url: str | Unset = UNSET,
        hold_media_name: str | Unset = UNSET,
        max_participants: int | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        start_conference_on_create: bool | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceResponse:
        """Create conference.

        Create a conference from an existing call leg using a `call_control_id` and a conference name.

        `POST /conferences` (operationId `CreateConference`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            name: Name of the conference
            beep_enabled: Whether a beep sound should be played when participants join and/or leave the
                conference.
            client_state: Use this field to add state to every subsequent webhook.
            comfort_noise: Toggle background comfort noise.
            command_id: Use this field to avoid execution of duplicate commands.
            duration_minutes: Time length (minutes) after which the conference will end.
            hold_audio_url: The URL of a file to be played to participants joining the conference.
            hold_media_name: The media_name of a file to be played to participants joining the conference.
            max_participants: The maximum number of active conference participants to allow.
            region: Sets the region where the conference data will be hosted.
            start_conference_on_create: Whether the conference should be started on creation.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.CREATE_CONFERENCE,
            path={},
            query=None,
            body={
                "beep_enabled": beep_enabled,
                "call_control_id": call_control_id,
                "client_state": client_state,
                "comfort_noise": comfort_noise,
                "command_id": command_id,
                "duration_minutes": duration_minutes,
                "hold_audio_url": hold_audio_url,
                "hold_media_name": hold_media_name,
                "max_participants": max_participants,
                "name": name,
                "region": region,
                "start_conference_on_create": start_conference_on_create,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def list_participants(
        self,
        conference_id: str,
        *,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        page: ListConferenceParticipantsPage | dict[str, Any] | Unset = UNSET,
        filter: ListConferenceParticipantsFilter | dict[str, Any] | Unset = UNSET,
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
    ) -> SyncPage[Participant]:
        """List conference participants.

        Lists conference participants

        `GET /conferences/{conference_id}/participants` (operationId `ListConferenceParticipants`)

        Args:
            conference_id: Uniquely identifies the conference by id
            region: Region where the conference data is located
            page: Consolidated page parameter (deepObject style).
            filter: Consolidated filter parameter (deepObject style).
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
            The first page; iterating it yields every Participant of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CONFERENCE_PARTICIPANTS,
            {
                "conference_id": conference_id,
            },
            {
                "region": region,
                "page": with_page_keywords(
                    ops.LIST_CONFERENCE_PARTICIPANTS,
                    page,
                    {
                        "after": page_after,
                        "before": page_before,
                        "limit": page_limit,
                        "number": page_number,
                        "size": page_size,
                    },
                ),
                "filter": filter,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        id: str,
        *,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceResponse:
        """Retrieve a conference.

        Retrieve an existing conference

        `GET /conferences/{id}` (operationId `RetrieveConference`)

        Args:
            id: Uniquely identifies the conference by id
            region: Region where the conference data is located
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.RETRIEVE_CONFERENCE,
            path={
                "id": id,
            },
            query={
                "region": region,
            },
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve_participant(
        self,
        participant_id: str,
        *,
        id: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceParticipantResource:
        """Retrieve a conference participant.

        Retrieve details of a specific conference participant by their ID or label.

        `GET /conferences/{id}/participants/{participant_id}` (operationId `RetrieveConferenceParticipant`)

        Args:
            participant_id: Uniquely identifies the participant by their ID or label.
            id: Uniquely identifies the conference.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.RETRIEVE_CONFERENCE_PARTICIPANT,
            path={
                "id": id,
                "participant_id": participant_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def update_participant(
        self,
        participant_id: str,
        *,
        id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET,
        end_conference_on_exit: bool | Unset = UNSET,
        soft_end_conference_on_exit: bool | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceParticipantResource:
        """Update a conference participant.

        Update properties of a conference participant.

        `PATCH /conferences/{id}/participants/{participant_id}` (operationId `UpdateConferenceParticipant`)

        Args:
            participant_id: Uniquely identifies the participant.
            id: Uniquely identifies the conference.
            beep_enabled: Whether entry/exit beeps are enabled for this participant.
            end_conference_on_exit: Whether the conference should end when this participant exits.
            soft_end_conference_on_exit: Whether the conference should soft-end when this participant exits.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return self._request(
            ops.UPDATE_CONFERENCE_PARTICIPANT,
            path={
                "id": id,
                "participant_id": participant_id,
            },
            query=None,
            body={
                "beep_enabled": beep_enabled,
                "end_conference_on_exit": end_conference_on_exit,
                "soft_end_conference_on_exit": soft_end_conference_on_exit,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )


class AsyncConferences(AsyncAPIResource):
    """`client.conferences` (async)."""

    @cached_property
    def actions(self) -> AsyncConferencesActions:
        """`client.conferences.actions`."""
        return AsyncConferencesActions(self._client)

    def list(
        self,
        *,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        filter: ListConferencesFilter | dict[str, Any] | Unset = UNSET,
        page: ListConferencesPage | dict[str, Any] | Unset = UNSET,
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
    ) -> AsyncPaginator[Conference]:
        """List conferences.

        Lists conferences.

        `GET /conferences` (operationId `ListConferences`)

        Args:
            region: Region where the conference data is located
            filter: Consolidated filter parameter (deepObject style).
            page: Consolidated page parameter (deepObject style).
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
            The first page; iterating it yields every Conference of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CONFERENCES,
            {},
            {
                "region": region,
                "filter": filter,
                "page": with_page_keywords(
                    ops.LIST_CONFERENCES,
                    page,
                    {
                        "after": page_after,
                        "before": page_before,
                        "limit": page_limit,
                        "number": page_number,
                        "size": page_size,
                    },
                ),
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        call_control_id: str,
        name: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET,
        client_state: str | Unset = UNSET,
        comfort_noise: bool | Unset = UNSET,
        command_id: str | Unset = UNSET,
        duration_minutes: int | Unset = UNSET,
        hold_audio_url: str | Unset = UNSET,
        hold_media_name: str | Unset = UNSET,
        max_participants: int | Unset = UNSET,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        start_conference_on_create: bool | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceResponse:
        """Create conference.

        Create a conference from an existing call leg using a `call_control_id` and a conference name.

        `POST /conferences` (operationId `CreateConference`)

        Args:
            call_control_id: Unique identifier and token for controlling the call
            name: Name of the conference
            beep_enabled: Whether a beep sound should be played when participants join and/or leave the
                conference.
            client_state: Use this field to add state to every subsequent webhook.
            comfort_noise: Toggle background comfort noise.
            command_id: Use this field to avoid execution of duplicate commands.
            duration_minutes: Time length (minutes) after which the conference will end.
            hold_audio_url: The URL of a file to be played to participants joining the conference.
            hold_media_name: The media_name of a file to be played to participants joining the conference.
            max_participants: The maximum number of active conference participants to allow.
            region: Sets the region where the conference data will be hosted.
            start_conference_on_create: Whether the conference should be started on creation.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.CREATE_CONFERENCE,
            path={},
            query=None,
            body={
                "beep_enabled": beep_enabled,
                "call_control_id": call_control_id,
                "client_state": client_state,
                "comfort_noise": comfort_noise,
                "command_id": command_id,
                "duration_minutes": duration_minutes,
                "hold_audio_url": hold_audio_url,
                "hold_media_name": hold_media_name,
                "max_participants": max_participants,
                "name": name,
                "region": region,
                "start_conference_on_create": start_conference_on_create,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    def list_participants(
        self,
        conference_id: str,
        *,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        page: ListConferenceParticipantsPage | dict[str, Any] | Unset = UNSET,
        filter: ListConferenceParticipantsFilter | dict[str, Any] | Unset = UNSET,
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
    ) -> AsyncPaginator[Participant]:
        """List conference participants.

        Lists conference participants

        `GET /conferences/{conference_id}/participants` (operationId `ListConferenceParticipants`)

        Args:
            conference_id: Uniquely identifies the conference by id
            region: Region where the conference data is located
            page: Consolidated page parameter (deepObject style).
            filter: Consolidated filter parameter (deepObject style).
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
            The first page; iterating it yields every Participant of every page. On the async client, `await`
            the call for the first page, or `async for` over the call itself (no `await`) for every item.
        """
        return self._page(
            ops.LIST_CONFERENCE_PARTICIPANTS,
            {
                "conference_id": conference_id,
            },
            {
                "region": region,
                "page": with_page_keywords(
                    ops.LIST_CONFERENCE_PARTICIPANTS,
                    page,
                    {
                        "after": page_after,
                        "before": page_before,
                        "limit": page_limit,
                        "number": page_number,
                        "size": page_size,
                    },
                ),
                "filter": filter,
            },
            request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        id: str,
        *,
        region: Literal["Australia", "Europe", "Middle East", "US"] | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceResponse:
        """Retrieve a conference.

        Retrieve an existing conference

        `GET /conferences/{id}` (operationId `RetrieveConference`)

        Args:
            id: Uniquely identifies the conference by id
            region: Region where the conference data is located
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.RETRIEVE_CONFERENCE,
            path={
                "id": id,
            },
            query={
                "region": region,
            },
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve_participant(
        self,
        participant_id: str,
        *,
        id: str,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceParticipantResource:
        """Retrieve a conference participant.

        Retrieve details of a specific conference participant by their ID or label.

        `GET /conferences/{id}/participants/{participant_id}` (operationId `RetrieveConferenceParticipant`)

        Args:
            participant_id: Uniquely identifies the participant by their ID or label.
            id: Uniquely identifies the conference.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.RETRIEVE_CONFERENCE_PARTICIPANT,
            path={
                "id": id,
                "participant_id": participant_id,
            },
            query=None,
            body=None,
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )

    async def update_participant(
        self,
        participant_id: str,
        *,
        id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | Unset = UNSET,
        end_conference_on_exit: bool | Unset = UNSET,
        soft_end_conference_on_exit: bool | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConferenceParticipantResource:
        """Update a conference participant.

        Update properties of a conference participant.

        `PATCH /conferences/{id}/participants/{participant_id}` (operationId `UpdateConferenceParticipant`)

        Args:
            participant_id: Uniquely identifies the participant.
            id: Uniquely identifies the conference.
            beep_enabled: Whether entry/exit beeps are enabled for this participant.
            end_conference_on_exit: Whether the conference should end when this participant exits.
            soft_end_conference_on_exit: Whether the conference should soft-end when this participant exits.
            max_retries: retries for this call (default: the client's).
            timeout: seconds, or an `httpx.Timeout`, for this call (default: the client's).
            extra_headers: headers sent with this call, over every other header.
            extra_query: query parameters sent with this call, over the others (a dict value as `name[key]=v`).
            extra_body: JSON body fields sent with this call, over the arguments (fields the spec does not know).
        """
        return await self._request(
            ops.UPDATE_CONFERENCE_PARTICIPANT,
            path={
                "id": id,
                "participant_id": participant_id,
            },
            query=None,
            body={
                "beep_enabled": beep_enabled,
                "end_conference_on_exit": end_conference_on_exit,
                "soft_end_conference_on_exit": soft_end_conference_on_exit,
            },
            options=request_options(max_retries, timeout, extra_headers, extra_query, extra_body),
        )
