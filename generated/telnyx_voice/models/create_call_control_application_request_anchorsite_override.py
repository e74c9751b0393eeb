from typing import Literal, cast

CreateCallControlApplicationRequestAnchorsiteOverride = Literal[
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

CREATE_CALL_CONTROL_APPLICATION_REQUEST_ANCHORSITE_OVERRIDE_VALUES: frozenset[str] = frozenset(
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


def check_create_call_control_application_request_anchorsite_override(
    value: str,
) -> CreateCallControlApplicationRequestAnchorsiteOverride:
    """Return value as a CreateCallControlApplicationRequestAnchorsiteOverride.

    A value outside CREATE_CALL_CONTROL_APPLICATION_REQUEST_ANCHORSITE_OVERRIDE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CreateCallControlApplicationRequestAnchorsiteOverride, value)
