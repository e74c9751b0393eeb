from typing import Literal, cast

ConferenceSpeakEndedRecordType = Literal["event"]

CONFERENCE_SPEAK_ENDED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_conference_speak_ended_record_type(value: str) -> ConferenceSpeakEndedRecordType:
    """Return value as a ConferenceSpeakEndedRecordType.

    A value outside CONFERENCE_SPEAK_ENDED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceSpeakEndedRecordType, value)
