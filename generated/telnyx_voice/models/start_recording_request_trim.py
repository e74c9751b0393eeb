from typing import Literal, cast

StartRecordingRequestTrim = Literal["trim-silence"]

START_RECORDING_REQUEST_TRIM_VALUES: frozenset[str] = frozenset(
    {
        "trim-silence",
    }
)


def check_start_recording_request_trim(value: str) -> StartRecordingRequestTrim:
    """Return value as a StartRecordingRequestTrim.

    A value outside START_RECORDING_REQUEST_TRIM_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StartRecordingRequestTrim, value)
