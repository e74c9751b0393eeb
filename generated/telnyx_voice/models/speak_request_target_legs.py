from typing import Literal, cast

SpeakRequestTargetLegs = Literal["both", "opposite", "self"]

SPEAK_REQUEST_TARGET_LEGS_VALUES: frozenset[str] = frozenset(
    {
        "both",
        "opposite",
        "self",
    }
)


def check_speak_request_target_legs(value: str) -> SpeakRequestTargetLegs:
    """Return value as a SpeakRequestTargetLegs.

    A value outside SPEAK_REQUEST_TARGET_LEGS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SpeakRequestTargetLegs, value)
