from typing import Literal, cast

StartRecordingRequestChannels = Literal["dual", "single"]

START_RECORDING_REQUEST_CHANNELS_VALUES: frozenset[str] = frozenset(
    {
        "dual",
        "single",
    }
)


def check_start_recording_request_channels(value: str) -> StartRecordingRequestChannels:
    """Return value as a StartRecordingRequestChannels.

    A value outside START_RECORDING_REQUEST_CHANNELS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StartRecordingRequestChannels, value)
