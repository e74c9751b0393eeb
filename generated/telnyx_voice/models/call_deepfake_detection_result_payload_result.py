from typing import Literal, cast

CallDeepfakeDetectionResultPayloadResult = Literal["fake", "real", "silence_timeout"]

CALL_DEEPFAKE_DETECTION_RESULT_PAYLOAD_RESULT_VALUES: frozenset[str] = frozenset(
    {
        "fake",
        "real",
        "silence_timeout",
    }
)


def check_call_deepfake_detection_result_payload_result(value: str) -> CallDeepfakeDetectionResultPayloadResult:
    """Return value as a CallDeepfakeDetectionResultPayloadResult.

    A value outside CALL_DEEPFAKE_DETECTION_RESULT_PAYLOAD_RESULT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallDeepfakeDetectionResultPayloadResult, value)
