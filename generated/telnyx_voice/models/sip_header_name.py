from typing import Literal, cast

SIPHeaderName = Literal["User-to-User"]

SIP_HEADER_NAME_VALUES: frozenset[str] = frozenset(
    {
        "User-to-User",
    }
)


def check_sip_header_name(value: str) -> SIPHeaderName:
    """Return value as a SIPHeaderName.

    A value outside SIP_HEADER_NAME_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SIPHeaderName, value)
