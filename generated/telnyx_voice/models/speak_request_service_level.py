from typing import Literal, cast

SpeakRequestServiceLevel = Literal["basic", "premium"]

SPEAK_REQUEST_SERVICE_LEVEL_VALUES: frozenset[str] = frozenset(
    {
        "basic",
        "premium",
    }
)


def check_speak_request_service_level(value: str) -> SpeakRequestServiceLevel:
    """Return value as a SpeakRequestServiceLevel.

    A value outside SPEAK_REQUEST_SERVICE_LEVEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SpeakRequestServiceLevel, value)
