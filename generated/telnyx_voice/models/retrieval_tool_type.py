from typing import Literal, cast

RetrievalToolType = Literal["retrieval"]

RETRIEVAL_TOOL_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "retrieval",
    }
)


def check_retrieval_tool_type(value: str) -> RetrievalToolType:
    """Return value as a RetrievalToolType.

    A value outside RETRIEVAL_TOOL_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(RetrievalToolType, value)
