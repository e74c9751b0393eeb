from typing import Literal, cast

CallDeepfakeDetectionResultRecordType = Literal["event"]

CALL_DEEPFAKE_DETECTION_RESULT_RECORD_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "event",
    }
)


def check_call_deepfake_detection_result_record_type(value: str) -> CallDeepfakeDetectionResultRecordType:
    """Return value as a CallDeepfakeDetectionResultRecordType.

    A value outside CALL_DEEPFAKE_DETECTION_RESULT_RECORD_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallDeepfakeDetectionResultRecordType, value)
