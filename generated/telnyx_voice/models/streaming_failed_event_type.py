from typing import Literal, cast

StreamingFailedEventType = Literal["streaming.failed"]

STREAMING_FAILED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "streaming.failed",
    }
)


def check_streaming_failed_event_type(value: str) -> StreamingFailedEventType:
    """Return value as a StreamingFailedEventType.

    A value outside STREAMING_FAILED_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StreamingFailedEventType, value)
