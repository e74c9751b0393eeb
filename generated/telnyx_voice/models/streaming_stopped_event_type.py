from typing import Literal, cast

StreamingStoppedEventType = Literal["streaming.stopped"]

STREAMING_STOPPED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "streaming.stopped",
    }
)


def check_streaming_stopped_event_type(value: str) -> StreamingStoppedEventType:
    """Return value as a StreamingStoppedEventType.

    A value outside STREAMING_STOPPED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StreamingStoppedEventType, value)
