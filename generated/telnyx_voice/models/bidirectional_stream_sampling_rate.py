from typing import Literal, cast

BidirectionalStreamSamplingRate = Literal[8000, 16000, 22050, 24000, 48000]

BIDIRECTIONAL_STREAM_SAMPLING_RATE_VALUES: frozenset[int] = frozenset(
    {
        8000,
        16000,
        22050,
        24000,
        48000,
    }
)


def check_bidirectional_stream_sampling_rate(value: int) -> BidirectionalStreamSamplingRate:
    """Return value as a BidirectionalStreamSamplingRate.

    A value outside BIDIRECTIONAL_STREAM_SAMPLING_RATE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, int):
        raise TypeError(f"expected int, got {type(value).__name__}")
    return cast(BidirectionalStreamSamplingRate, value)
