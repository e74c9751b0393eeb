from typing import Literal, cast

ResembleSampleRate = Literal["16000", "22050", "32000", "44100", "48000", "8000"]

RESEMBLE_SAMPLE_RATE_VALUES: frozenset[str] = frozenset(
    {
        "16000",
        "22050",
        "32000",
        "44100",
        "48000",
        "8000",
    }
)


def check_resemble_sample_rate(value: str) -> ResembleSampleRate:
    """Return value as a ResembleSampleRate.

    A value outside RESEMBLE_SAMPLE_RATE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ResembleSampleRate, value)
