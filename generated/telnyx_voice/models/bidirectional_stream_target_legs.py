from typing import Literal, cast

BidirectionalStreamTargetLegs = Literal["both", "opposite", "self"]

BIDIRECTIONAL_STREAM_TARGET_LEGS_VALUES: frozenset[str] = frozenset(
    {
        "both",
        "opposite",
        "self",
    }
)


def check_bidirectional_stream_target_legs(value: str) -> BidirectionalStreamTargetLegs:
    """Return value as a BidirectionalStreamTargetLegs.

    A value outside BIDIRECTIONAL_STREAM_TARGET_LEGS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BidirectionalStreamTargetLegs, value)
