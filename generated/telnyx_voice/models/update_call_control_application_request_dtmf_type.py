from typing import Literal, cast

UpdateCallControlApplicationRequestDtmfType = Literal["Inband", "RFC 2833", "SIP INFO"]

UPDATE_CALL_CONTROL_APPLICATION_REQUEST_DTMF_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "Inband",
        "RFC 2833",
        "SIP INFO",
    }
)


def check_update_call_control_application_request_dtmf_type(value: str) -> UpdateCallControlApplicationRequestDtmfType:
    """Return value as a UpdateCallControlApplicationRequestDtmfType.

    A value outside UPDATE_CALL_CONTROL_APPLICATION_REQUEST_DTMF_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(UpdateCallControlApplicationRequestDtmfType, value)
