from typing import Literal, cast

CheckAvailabilityToolType = Literal["check_availability"]

CHECK_AVAILABILITY_TOOL_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "check_availability",
    }
)


def check_check_availability_tool_type(value: str) -> CheckAvailabilityToolType:
    """Return value as a CheckAvailabilityToolType.

    A value outside CHECK_AVAILABILITY_TOOL_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CheckAvailabilityToolType, value)
