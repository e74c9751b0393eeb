from typing import Literal, cast

CallControlApplicationDtmfType = Literal["Inband", "RFC 2833", "SIP INFO"]

CALL_CONTROL_APPLICATION_DTMF_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "Inband",
        "RFC 2833",
        "SIP INFO",
    }
)


def check_call_control_application_dtmf_type(value: str) -> CallControlApplicationDtmfType:
    """Return value as a CallControlApplicationDtmfType.

    A value outside CALL_CONTROL_APPLICATION_DTMF_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallControlApplicationDtmfType, value)
