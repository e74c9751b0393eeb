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
    "ConnectionListActiveCallsResponse": ("active_call", "ActiveCall"),
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
    "ConnectionListActiveCallsResponse",
    "Unset",
]


def __getattr__(name: str) -> Any:
    return load_alias(__name__, _ALIASES, name)


def __dir__() -> list[str]:
    return __all__
