from typing import Literal, cast

BidirectionalStreamMode = Literal["mp3", "rtp"]

BIDIRECTIONAL_STREAM_MODE_VALUES: frozenset[str] = frozenset(
    {
        "mp3",
        "rtp",
    }
)


def check_bidirectional_stream_mode(value: str) -> BidirectionalStreamMode:
    """Return value as a BidirectionalStreamMode.

    A value outside BIDIRECTIONAL_STREAM_MODE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BidirectionalStreamMode, value)
