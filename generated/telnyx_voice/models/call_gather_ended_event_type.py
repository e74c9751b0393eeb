from typing import Literal, cast

CallGatherEndedEventType = Literal["call.gather.ended"]

CALL_GATHER_ENDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.gather.ended",
    }
)


def check_call_gather_ended_event_type(value: str) -> CallGatherEndedEventType:
    """Return value as a CallGatherEndedEventType.

    A value outside CALL_GATHER_ENDED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallGatherEndedEventType, value)
