from typing import Literal, cast

TransferCallRequestMuteDtmf = Literal["both", "none", "opposite", "self"]

TRANSFER_CALL_REQUEST_MUTE_DTMF_VALUES: frozenset[str] = frozenset(
    {
        "both",
        "none",
        "opposite",
        "self",
    }
)


def check_transfer_call_request_mute_dtmf(value: str) -> TransferCallRequestMuteDtmf:
    """Return value as a TransferCallRequestMuteDtmf.

    A value outside TRANSFER_CALL_REQUEST_MUTE_DTMF_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestMuteDtmf, value)
