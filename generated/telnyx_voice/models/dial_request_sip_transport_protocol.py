from typing import Literal, cast

DialRequestSipTransportProtocol = Literal["TCP", "TLS", "UDP"]

DIAL_REQUEST_SIP_TRANSPORT_PROTOCOL_VALUES: frozenset[str] = frozenset(
    {
        "TCP",
        "TLS",
        "UDP",
    }
)


def check_dial_request_sip_transport_protocol(value: str) -> DialRequestSipTransportProtocol:
    """Return value as a DialRequestSipTransportProtocol.

    A value outside DIAL_REQUEST_SIP_TRANSPORT_PROTOCOL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestSipTransportProtocol, value)
