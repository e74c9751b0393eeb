from typing import Literal, cast

ToolCallType = Literal["function"]

TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "function",
    }
)


def check_tool_call_type(value: str) -> ToolCallType:
    """Return value as a ToolCallType.

    A value outside TOOL_CALL_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ToolCallType, value)
