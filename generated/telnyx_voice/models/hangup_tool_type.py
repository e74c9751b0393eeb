from typing import Literal, cast

HangupToolType = Literal["hangup"]

HANGUP_TOOL_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "hangup",
    }
)


def check_hangup_tool_type(value: str) -> HangupToolType:
    """Return value as a HangupToolType.

    A value outside HANGUP_TOOL_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(HangupToolType, value)
