from typing import Literal, cast

ConferenceRecordingSavedEventType = Literal["conference.recording.saved"]

CONFERENCE_RECORDING_SAVED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.recording.saved",
    }
)


def check_conference_recording_saved_event_type(value: str) -> ConferenceRecordingSavedEventType:
    """Return value as a ConferenceRecordingSavedEventType.

    A value outside CONFERENCE_RECORDING_SAVED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceRecordingSavedEventType, value)
