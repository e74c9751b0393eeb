from typing import Literal, cast

TransferToolType = Literal["transfer"]

TRANSFER_TOOL_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "transfer",
    }
)


def check_transfer_tool_type(value: str) -> TransferToolType:
    """Return value as a TransferToolType.

    A value outside TRANSFER_TOOL_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferToolType, value)
