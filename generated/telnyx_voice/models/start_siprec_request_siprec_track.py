from typing import Literal, cast

StartSiprecRequestSiprecTrack = Literal["both_tracks", "inbound_track", "outbound_track"]

START_SIPREC_REQUEST_SIPREC_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "both_tracks",
        "inbound_track",
        "outbound_track",
    }
)


def check_start_siprec_request_siprec_track(value: str) -> StartSiprecRequestSiprecTrack:
    """Return value as a StartSiprecRequestSiprecTrack.

    A value outside START_SIPREC_REQUEST_SIPREC_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StartSiprecRequestSiprecTrack, value)
