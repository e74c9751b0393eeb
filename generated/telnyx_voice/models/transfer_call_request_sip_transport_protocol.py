from typing import Literal, cast

TransferCallRequestSipTransportProtocol = Literal["TCP", "TLS", "UDP"]

TRANSFER_CALL_REQUEST_SIP_TRANSPORT_PROTOCOL_VALUES: frozenset[str] = frozenset(
    {
        "TCP",
        "TLS",
        "UDP",
    }
)


def check_transfer_call_request_sip_transport_protocol(value: str) -> TransferCallRequestSipTransportProtocol:
    """Return value as a TransferCallRequestSipTransportProtocol.

    A value outside TRANSFER_CALL_REQUEST_SIP_TRANSPORT_PROTOCOL_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestSipTransportProtocol, value)
