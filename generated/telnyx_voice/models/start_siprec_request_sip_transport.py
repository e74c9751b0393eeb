from typing import Literal, cast

StartSiprecRequestSipTransport = Literal["tcp", "tls", "udp"]

START_SIPREC_REQUEST_SIP_TRANSPORT_VALUES: frozenset[str] = frozenset(
    {
        "tcp",
        "tls",
        "udp",
    }
)


def check_start_siprec_request_sip_transport(value: str) -> StartSiprecRequestSipTransport:
    """Return value as a StartSiprecRequestSipTransport.

    A value outside START_SIPREC_REQUEST_SIP_TRANSPORT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StartSiprecRequestSipTransport, value)
