from typing import Literal, cast

StreamingFailedPayloadStreamType = Literal["dialogflow", "websocket"]

STREAMING_FAILED_PAYLOAD_STREAM_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "dialogflow",
        "websocket",
    }
)


def check_streaming_failed_payload_stream_type(value: str) -> StreamingFailedPayloadStreamType:
    """Return value as a StreamingFailedPayloadStreamType.

    A value outside STREAMING_FAILED_PAYLOAD_STREAM_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StreamingFailedPayloadStreamType, value)
