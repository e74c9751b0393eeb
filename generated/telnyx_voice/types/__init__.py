"""`telnyx_voice.types`: the `UNSET` sentinel, and the official Telnyx SDK's type names as aliases of our classes.

`from telnyx_voice.types import CallControlApplication` (and `telnyx_voice.types.calls.ActionAnswerResponse`, ...)
give our model classes under the names code written for the official SDK annotates with; our own names in
`telnyx_voice.models` stay the primary ones. Each is imported on first use. Generated from
spec/official_types.toml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._aliases import load_alias
from .._unset import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_call import ActiveCall as ConnectionListActiveCallsResponse
    from ..models.call_control_application import CallControlApplication as CallControlApplication
    from ..models.call_control_application_response import (
        CallControlApplicationResponse as CallControlApplicationCreateResponse,
    )
    from ..models.call_control_application_response import (
        CallControlApplicationResponse as CallControlApplicationDeleteResponse,
    )
    from ..models.call_control_application_response import (
        CallControlApplicationResponse as CallControlApplicationRetrieveResponse,
    )
    from ..models.call_control_application_response import (
        CallControlApplicationResponse as CallControlApplicationUpdateResponse,
    )
    from ..models.call_event import CallEvent as CallEventListResponse
    from ..models.conference import Conference as Conference
    from ..models.conference_participant_resource import ConferenceParticipantResource as ConferenceParticipantResource
    from ..models.conference_response import ConferenceResponse as ConferenceCreateResponse
    from ..models.conference_response import ConferenceResponse as ConferenceRetrieveResponse
    from ..models.connection import Connection as Connection
    from ..models.connection_response import ConnectionResponse as ConnectionRetrieveResponse
    from ..models.list_of_media_resources_response import ListOfMediaResourcesResponse as MediaListResponse
    from ..models.media_resource_response import MediaResourceResponse as MediaRetrieveResponse
    from ..models.media_resource_response import MediaResourceResponse as MediaUpdateResponse
    from ..models.media_resource_response import MediaResourceResponse as MediaUploadResponse
    from ..models.participant import Participant as ConferenceListParticipantsResponse
    from ..models.queue import Queue as Queue
    from ..models.queue_response import QueueResponse as QueueCreateResponse
    from ..models.queue_response import QueueResponse as QueueRetrieveResponse
    from ..models.queue_response import QueueResponse as QueueUpdateResponse
    from ..models.recording_response import RecordingResponse as RecordingResponse
    from ..models.recording_response_data import RecordingResponseData as RecordingResponseData
    from ..models.recording_transcription_response import (
        RecordingTranscriptionResponse as RecordingTranscriptionDeleteResponse,
    )
    from ..models.recording_transcription_response import (
        RecordingTranscriptionResponse as RecordingTranscriptionRetrieveResponse,
    )
    from ..models.recording_transcriptions_response_data import (
        RecordingTranscriptionsResponseData as RecordingTranscription,
    )
    from ..models.retrieve_call_status_response import RetrieveCallStatusResponse as CallRetrieveStatusResponse
    from ..models.retrieve_call_status_response_with_recording_id import (
        RetrieveCallStatusResponseWithRecordingID as CallDialResponse,
    )

_ALIASES: dict[str, tuple[str, str]] = {
    "CallControlApplication": ("call_control_application", "CallControlApplication"),
    "CallControlApplicationCreateResponse": ("call_control_application_response", "CallControlApplicationResponse"),
    "CallControlApplicationDeleteResponse": ("call_control_application_response", "CallControlApplicationResponse"),
    "CallControlApplicationRetrieveResponse": ("call_control_application_response", "CallControlApplicationResponse"),
    "CallControlApplicationUpdateResponse": ("call_control_application_response", "CallControlApplicationResponse"),
    "CallDialResponse": (
        "retrieve_call_status_response_with_recording_id",
        "RetrieveCallStatusResponseWithRecordingID",
    ),
    "CallEventListResponse": ("call_event", "CallEvent"),
    "CallRetrieveStatusResponse": ("retrieve_call_status_response", "RetrieveCallStatusResponse"),
    "Conference": ("conference", "Conference"),
    "ConferenceCreateResponse": ("conference_response", "ConferenceResponse"),
    "ConferenceListParticipantsResponse": ("participant", "Participant"),
    "ConferenceParticipantResource": ("conference_participant_resource", "ConferenceParticipantResource"),
    "ConferenceRetrieveResponse": ("conference_response", "ConferenceResponse"),
    "Connection": ("connection", "Connection"),
    "ConnectionListActiveCallsResponse": ("active_call", "ActiveCall"),
    "ConnectionRetrieveResponse": ("connection_response", "ConnectionResponse"),
    "MediaListResponse": ("list_of_media_resources_response", "ListOfMediaResourcesResponse"),
    "MediaRetrieveResponse": ("media_resource_response", "MediaResourceResponse"),
    "MediaUpdateResponse": ("media_resource_response", "MediaResourceResponse"),
    "MediaUploadResponse": ("media_resource_response", "MediaResourceResponse"),
    "Queue": ("queue", "Queue"),
    "QueueCreateResponse": ("queue_response", "QueueResponse"),
    "QueueRetrieveResponse": ("queue_response", "QueueResponse"),
    "QueueUpdateResponse": ("queue_response", "QueueResponse"),
    "RecordingResponse": ("recording_response", "RecordingResponse"),
    "RecordingResponseData": ("recording_response_data", "RecordingResponseData"),
    "RecordingTranscription": ("recording_transcriptions_response_data", "RecordingTranscriptionsResponseData"),
    "RecordingTranscriptionDeleteResponse": ("recording_transcription_response", "RecordingTranscriptionResponse"),
    "RecordingTranscriptionRetrieveResponse": ("recording_transcription_response", "RecordingTranscriptionResponse"),
}

__all__ = [
    "UNSET",
    "CallControlApplication",
    "CallControlApplicationCreateResponse",
    "CallControlApplicationDeleteResponse",
    "CallControlApplicationRetrieveResponse",
    "CallControlApplicationUpdateResponse",
    "CallDialResponse",
    "CallEventListResponse",
    "CallRetrieveStatusResponse",
    "Conference",
    "ConferenceCreateResponse",
    "ConferenceListParticipantsResponse",
    "ConferenceParticipantResource",
    "ConferenceRetrieveResponse",
    "Connection",
    "ConnectionListActiveCallsResponse",
    "ConnectionRetrieveResponse",
    "MediaListResponse",
    "MediaRetrieveResponse",
    "MediaUpdateResponse",
    "MediaUploadResponse",
    "Queue",
    "QueueCreateResponse",
    "QueueRetrieveResponse",
    "QueueUpdateResponse",
    "RecordingResponse",
    "RecordingResponseData",
    "RecordingTranscription",
    "RecordingTranscriptionDeleteResponse",
    "RecordingTranscriptionRetrieveResponse",
    "Unset",
]


def __getattr__(name: str) -> Any:
    return load_alias(__name__, _ALIASES, name)


def __dir__() -> list[str]:
    return __all__
