from typing import Literal, cast

BidirectionalStreamCodec = Literal["AMR-WB", "G722", "L16", "OPUS", "PCMA", "PCMU"]

BIDIRECTIONAL_STREAM_CODEC_VALUES: frozenset[str] = frozenset(
    {
        "AMR-WB",
        "G722",
        "L16",
        "OPUS",
        "PCMA",
        "PCMU",
    }
)


def check_bidirectional_stream_codec(value: str) -> BidirectionalStreamCodec:
    """Return value as a BidirectionalStreamCodec.

    A value outside BIDIRECTIONAL_STREAM_CODEC_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BidirectionalStreamCodec, value)
