from typing import Literal, cast

StreamingStartedEventType = Literal["streaming.started"]

STREAMING_STARTED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "streaming.started",
    }
)


def check_streaming_started_event_type(value: str) -> StreamingStartedEventType:
    """Return value as a StreamingStartedEventType.

    A value outside STREAMING_STARTED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StreamingStartedEventType, value)
