from typing import Literal, cast

StartRecordingRequestFormat = Literal["mp3", "wav"]

START_RECORDING_REQUEST_FORMAT_VALUES: frozenset[str] = frozenset(
    {
        "mp3",
        "wav",
    }
)


def check_start_recording_request_format(value: str) -> StartRecordingRequestFormat:
    """Return value as a StartRecordingRequestFormat.

    A value outside START_RECORDING_REQUEST_FORMAT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StartRecordingRequestFormat, value)
