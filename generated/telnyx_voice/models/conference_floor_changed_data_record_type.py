from typing import Literal, cast

ConferenceFloorChangedDataRecordType = Literal["event"]

CONFERENCE_FLOOR_CHANGED_DATA_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_conference_floor_changed_data_record_type(value: str) -> ConferenceFloorChangedDataRecordType:
    """Return value as a ConferenceFloorChangedDataRecordType.

    A value outside CONFERENCE_FLOOR_CHANGED_DATA_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceFloorChangedDataRecordType, value)
