from typing import Literal, cast

StartForkingRequestStreamType = Literal["decrypted"]

START_FORKING_REQUEST_STREAM_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "decrypted",
    }
)


def check_start_forking_request_stream_type(value: str) -> StartForkingRequestStreamType:
    """Return value as a StartForkingRequestStreamType.

    A value outside START_FORKING_REQUEST_STREAM_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StartForkingRequestStreamType, value)
