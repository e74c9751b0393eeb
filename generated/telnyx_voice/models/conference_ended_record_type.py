from typing import Literal, cast

ConferenceEndedRecordType = Literal["event"]

CONFERENCE_ENDED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_conference_ended_record_type(value: str) -> ConferenceEndedRecordType:
    """Return value as a ConferenceEndedRecordType.

    A value outside CONFERENCE_ENDED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceEndedRecordType, value)
