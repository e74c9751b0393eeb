from typing import Literal, cast

DialRequestSipRegion = Literal["Australia", "Canada", "Europe", "Middle East", "US"]

DIAL_REQUEST_SIP_REGION_VALUES: frozenset[str] = frozenset(
    {
        "Australia",
        "Canada",
        "Europe",
        "Middle East",
        "US",
    }
)


def check_dial_request_sip_region(value: str) -> DialRequestSipRegion:
    """Return value as a DialRequestSipRegion.

    A value outside DIAL_REQUEST_SIP_REGION_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestSipRegion, value)
