from typing import Literal, cast

CreateCallControlApplicationRequestDtmfType = Literal["Inband", "RFC 2833", "SIP INFO"]

CREATE_CALL_CONTROL_APPLICATION_REQUEST_DTMF_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "Inband",
        "RFC 2833",
        "SIP INFO",
    }
)


def check_create_call_control_application_request_dtmf_type(value: str) -> CreateCallControlApplicationRequestDtmfType:
    """Return value as a CreateCallControlApplicationRequestDtmfType.

    A value outside CREATE_CALL_CONTROL_APPLICATION_REQUEST_DTMF_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CreateCallControlApplicationRequestDtmfType, value)
