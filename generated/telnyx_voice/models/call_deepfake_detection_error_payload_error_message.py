from typing import Literal, cast

CallDeepfakeDetectionErrorPayloadErrorMessage = Literal[
    "detection_timeout", "dfd_connection_error", "dfd_stream_error", "rtp_timeout"
]

CALL_DEEPFAKE_DETECTION_ERROR_PAYLOAD_ERROR_MESSAGE_VALUES: frozenset[str] = frozenset(
    {
        "detection_timeout",
        "dfd_connection_error",
        "dfd_stream_error",
        "rtp_timeout",
    }
)


def check_call_deepfake_detection_error_payload_error_message(
    value: str,
) -> CallDeepfakeDetectionErrorPayloadErrorMessage:
    """Return value as a CallDeepfakeDetectionErrorPayloadErrorMessage.

    A value outside CALL_DEEPFAKE_DETECTION_ERROR_PAYLOAD_ERROR_MESSAGE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallDeepfakeDetectionErrorPayloadErrorMessage, value)
