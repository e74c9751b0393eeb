from typing import Literal, cast

NoiseSuppressionDirection = Literal["both", "inbound", "outbound"]

NOISE_SUPPRESSION_DIRECTION_VALUES: frozenset[str] = frozenset(
    {
        "both",
        "inbound",
        "outbound",
    }
)


def check_noise_suppression_direction(value: str) -> NoiseSuppressionDirection:
    """Return value as a NoiseSuppressionDirection.

    A value outside NOISE_SUPPRESSION_DIRECTION_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(NoiseSuppressionDirection, value)
