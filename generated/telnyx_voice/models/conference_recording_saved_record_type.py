from typing import Literal, cast

ConferenceRecordingSavedRecordType = Literal["event"]

CONFERENCE_RECORDING_SAVED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_conference_recording_saved_record_type(value: str) -> ConferenceRecordingSavedRecordType:
    """Return value as a ConferenceRecordingSavedRecordType.

    A value outside CONFERENCE_RECORDING_SAVED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceRecordingSavedRecordType, value)
