from typing import Literal, cast

StartRecordingRequestRecordingTrack = Literal["both", "inbound", "outbound"]

START_RECORDING_REQUEST_RECORDING_TRACK_VALUES: frozenset[str] = frozenset(
    {
        "both",
        "inbound",
        "outbound",
    }
)


def check_start_recording_request_recording_track(value: str) -> StartRecordingRequestRecordingTrack:
    """Return value as a StartRecordingRequestRecordingTrack.

    A value outside START_RECORDING_REQUEST_RECORDING_TRACK_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StartRecordingRequestRecordingTrack, value)
