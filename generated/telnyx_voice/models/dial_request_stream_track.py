from typing import Literal, cast

DialRequestStreamTrack = Literal["both_tracks", "inbound_track", "outbound_track"]

DIAL_REQUEST_STREAM_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "both_tracks",
        "inbound_track",
        "outbound_track",
    }
)


def check_dial_request_stream_track(value: str) -> DialRequestStreamTrack:
    """Return value as a DialRequestStreamTrack.

    A value outside DIAL_REQUEST_STREAM_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestStreamTrack, value)
