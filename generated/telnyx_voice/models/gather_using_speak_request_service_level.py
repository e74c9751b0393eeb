from typing import Literal, cast

GatherUsingSpeakRequestServiceLevel = Literal["basic", "premium"]

GATHER_USING_SPEAK_REQUEST_SERVICE_LEVEL_VALUES: frozenset[str] = frozenset(
    {
        "basic",
        "premium",
    }
)


def check_gather_using_speak_request_service_level(value: str) -> GatherUsingSpeakRequestServiceLevel:
    """Return value as a GatherUsingSpeakRequestServiceLevel.

    A value outside GATHER_USING_SPEAK_REQUEST_SERVICE_LEVEL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(GatherUsingSpeakRequestServiceLevel, value)
