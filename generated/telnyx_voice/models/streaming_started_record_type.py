from typing import Literal, cast

StreamingStartedRecordType = Literal["event"]

STREAMING_STARTED_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_streaming_started_record_type(value: str) -> StreamingStartedRecordType:
    """Return value as a StreamingStartedRecordType.

    A value outside STREAMING_STARTED_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StreamingStartedRecordType, value)
