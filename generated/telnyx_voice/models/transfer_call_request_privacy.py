from typing import Literal, cast

TransferCallRequestPrivacy = Literal["id", "none"]

TRANSFER_CALL_REQUEST_PRIVACY_VALUES: frozenset[str] = frozenset(
    {
        "id",
        "none",
    }
)


def check_transfer_call_request_privacy(value: str) -> TransferCallRequestPrivacy:
    """Return value as a TransferCallRequestPrivacy.

    A value outside TRANSFER_CALL_REQUEST_PRIVACY_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestPrivacy, value)
