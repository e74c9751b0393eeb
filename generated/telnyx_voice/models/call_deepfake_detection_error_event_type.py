from typing import Literal, cast

CallDeepfakeDetectionErrorEventType = Literal["call.deepfake_detection.error"]

CALL_DEEPFAKE_DETECTION_ERROR_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.deepfake_detection.error",
    }
)


def check_call_deepfake_detection_error_event_type(value: str) -> CallDeepfakeDetectionErrorEventType:
    """Return value as a CallDeepfakeDetectionErrorEventType.

    A value outside CALL_DEEPFAKE_DETECTION_ERROR_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallDeepfakeDetectionErrorEventType, value)
