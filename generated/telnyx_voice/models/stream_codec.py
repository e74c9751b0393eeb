from typing import Literal, cast

StreamCodec = Literal["AMR-WB", "default", "G722", "L16", "OPUS", "PCMA", "PCMU"]

STREAM_CODEC_VALUES: frozenset[str] = frozenset(
    {
        "AMR-WB",
        "default",
        "G722",
        "L16",
        "OPUS",
        "PCMA",
        "PCMU",
    }
)


def check_stream_codec(value: str) -> StreamCodec:
    """Return value as a StreamCodec.

    A value outside STREAM_CODEC_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StreamCodec, value)
