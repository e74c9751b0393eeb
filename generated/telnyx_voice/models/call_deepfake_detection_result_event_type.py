from typing import Literal, cast

CallDeepfakeDetectionResultEventType = Literal["call.deepfake_detection.result"]

CALL_DEEPFAKE_DETECTION_RESULT_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "call.deepfake_detection.result",
    }
)


def check_call_deepfake_detection_result_event_type(value: str) -> CallDeepfakeDetectionResultEventType:
    """Return value as a CallDeepfakeDetectionResultEventType.

    A value outside CALL_DEEPFAKE_DETECTION_RESULT_EVENT_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallDeepfakeDetectionResultEventType, value)
