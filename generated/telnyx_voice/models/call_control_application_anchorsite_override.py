from typing import Literal, cast

CallControlApplicationAnchorsiteOverride = Literal[
    "Amsterdam, Netherlands",
    "Ashburn, VA",
    "Chennai, IN",
    "Chicago, IL",
    "Latency",
    "London, UK",
    "San Jose, CA",
    "Sydney, Australia",
    "Toronto, Canada",
]

CALL_CONTROL_APPLICATION_ANCHORSITE_OVERRIDE_VALUES: frozenset[str] = frozenset(
    {
        "Amsterdam, Netherlands",
        "Ashburn, VA",
        "Chennai, IN",
        "Chicago, IL",
        "Latency",
        "London, UK",
        "San Jose, CA",
        "Sydney, Australia",
        "Toronto, Canada",
    }
)


def check_call_control_application_anchorsite_override(value: str) -> CallControlApplicationAnchorsiteOverride:
    """Return value as a CallControlApplicationAnchorsiteOverride.

    A value outside CALL_CONTROL_APPLICATION_ANCHORSITE_OVERRIDE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallControlApplicationAnchorsiteOverride, value)
