from typing import Literal, cast

StreamingStoppedRecordType = Literal["event"]

STREAMING_STOPPED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_streaming_stopped_record_type(value: str) -> StreamingStoppedRecordType:
    """Return value as a StreamingStoppedRecordType.

    A value outside STREAMING_STOPPED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StreamingStoppedRecordType, value)
