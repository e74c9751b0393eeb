from typing import Literal, cast

ConferenceCreatedRecordType = Literal["event"]

CONFERENCE_CREATED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_conference_created_record_type(value: str) -> ConferenceCreatedRecordType:
    """Return value as a ConferenceCreatedRecordType.

    A value outside CONFERENCE_CREATED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceCreatedRecordType, value)
