from typing import Literal, cast

TransferCallRequestMediaEncryption = Literal["disabled", "DTLS", "SRTP"]

TRANSFER_CALL_REQUEST_MEDIA_ENCRYPTION_VALUES: frozenset[str] = frozenset(
    {
        "disabled",
        "DTLS",
        "SRTP",
    }
)


def check_transfer_call_request_media_encryption(value: str) -> TransferCallRequestMediaEncryption:
    """Return value as a TransferCallRequestMediaEncryption.

    A value outside TRANSFER_CALL_REQUEST_MEDIA_ENCRYPTION_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(TransferCallRequestMediaEncryption, value)
