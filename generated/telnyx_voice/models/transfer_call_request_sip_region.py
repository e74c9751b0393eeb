from typing import Literal, cast

TransferCallRequestSipRegion = Literal["Australia", "Canada", "Europe", "Middle East", "US"]

TRANSFER_CALL_REQUEST_SIP_REGION_VALUES: frozenset[str] = frozenset(
    {
        "Australia",
        "Canada",
        "Europe",
        "Middle East",
        "US",
    }
)


def check_transfer_call_request_sip_region(value: str) -> TransferCallRequestSipRegion:
    """Return value as a TransferCallRequestSipRegion.

    A value outside TRANSFER_CALL_REQUEST_SIP_REGION_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestSipRegion, value)
