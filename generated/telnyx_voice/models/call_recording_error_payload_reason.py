from typing import Literal, cast

CallRecordingErrorPayloadReason = Literal[
    "Failed to authorize with storage using custom credentials",
    "Internal server error",
    "Invalid credentials json",
    "Unsupported backend",
]

CALL_RECORDING_ERROR_PAYLOAD_REASON_VALUES: frozenset[str] = frozenset(
    {
        "Failed to authorize with storage using custom credentials",
        "Internal server error",
        "Invalid credentials json",
        "Unsupported backend",
    }
)


def check_call_recording_error_payload_reason(value: str) -> CallRecordingErrorPayloadReason:
    """Return value as a CallRecordingErrorPayloadReason.

    A value outside CALL_RECORDING_ERROR_PAYLOAD_REASON_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallRecordingErrorPayloadReason, value)
