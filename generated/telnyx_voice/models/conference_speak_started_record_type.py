from typing import Literal, cast

ConferenceSpeakStartedRecordType = Literal["event"]

CONFERENCE_SPEAK_STARTED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_conference_speak_started_record_type(value: str) -> ConferenceSpeakStartedRecordType:
    """Return value as a ConferenceSpeakStartedRecordType.

    A value outside CONFERENCE_SPEAK_STARTED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceSpeakStartedRecordType, value)
