from typing import Literal, cast

ConferenceFloorChangedDataEventType = Literal["conference.floor.changed"]

CONFERENCE_FLOOR_CHANGED_DATA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "conference.floor.changed",
    }
)


def check_conference_floor_changed_data_event_type(value: str) -> ConferenceFloorChangedDataEventType:
    """Return value as a ConferenceFloorChangedDataEventType.

    A value outside CONFERENCE_FLOOR_CHANGED_DATA_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ConferenceFloorChangedDataEventType, value)
