from typing import Literal, cast

StreamingFailedPayloadStreamParamsTrack = Literal["both_tracks", "inbound_track", "outbound_track"]

STREAMING_FAILED_PAYLOAD_STREAM_PARAMS_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "both_tracks",
        "inbound_track",
        "outbound_track",
    }
)


def check_streaming_failed_payload_stream_params_track(value: str) -> StreamingFailedPayloadStreamParamsTrack:
    """Return value as a StreamingFailedPayloadStreamParamsTrack.

    A value outside STREAMING_FAILED_PAYLOAD_STREAM_PARAMS_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StreamingFailedPayloadStreamParamsTrack, value)
