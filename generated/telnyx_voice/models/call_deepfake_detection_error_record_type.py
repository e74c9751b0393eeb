from typing import Literal, cast

CallDeepfakeDetectionErrorRecordType = Literal["event"]

CALL_DEEPFAKE_DETECTION_ERROR_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_deepfake_detection_error_record_type(value: str) -> CallDeepfakeDetectionErrorRecordType:
    """Return value as a CallDeepfakeDetectionErrorRecordType.

    A value outside CALL_DEEPFAKE_DETECTION_ERROR_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallDeepfakeDetectionErrorRecordType, value)
