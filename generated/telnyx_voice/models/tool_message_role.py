from typing import Literal, cast

ToolMessageRole = Literal["tool"]

TOOL_MESSAGE_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "tool",
    }
)


def check_tool_message_role(value: str) -> ToolMessageRole:
    """Return value as a ToolMessageRole.

    A value outside TOOL_MESSAGE_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ToolMessageRole, value)
