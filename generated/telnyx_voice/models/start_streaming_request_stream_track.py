from typing import Literal, cast

StartStreamingRequestStreamTrack = Literal["both_tracks", "inbound_track", "outbound_track"]

START_STREAMING_REQUEST_STREAM_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "both_tracks",
        "inbound_track",
        "outbound_track",
    }
)


def check_start_streaming_request_stream_track(value: str) -> StartStreamingRequestStreamTrack:
    """Return value as a StartStreamingRequestStreamTrack.

    A value outside START_STREAMING_REQUEST_STREAM_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StartStreamingRequestStreamTrack, value)
