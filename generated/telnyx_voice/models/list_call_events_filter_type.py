from typing import Literal, cast

ListCallEventsFilterType = Literal["command", "webhook"]

LIST_CALL_EVENTS_FILTER_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "command",
        "webhook",
    }
)


def check_list_call_events_filter_type(value: str) -> ListCallEventsFilterType:
    """Return value as a ListCallEventsFilterType.

    A value outside LIST_CALL_EVENTS_FILTER_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ListCallEventsFilterType, value)
