from typing import Literal, cast

StreamingFailedRecordType = Literal["event"]

STREAMING_FAILED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_streaming_failed_record_type(value: str) -> StreamingFailedRecordType:
    """Return value as a StreamingFailedRecordType.

    A value outside STREAMING_FAILED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StreamingFailedRecordType, value)
