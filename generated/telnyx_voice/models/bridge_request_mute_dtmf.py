from typing import Literal, cast

BridgeRequestMuteDtmf = Literal["both", "none", "opposite", "self"]

BRIDGE_REQUEST_MUTE_DTMF_VALUES: frozenset[str] = frozenset(
    {
        "both",
        "none",
        "opposite",
        "self",
    }
)


def check_bridge_request_mute_dtmf(value: str) -> BridgeRequestMuteDtmf:
    """Return value as a BridgeRequestMuteDtmf.

    A value outside BRIDGE_REQUEST_MUTE_DTMF_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BridgeRequestMuteDtmf, value)
