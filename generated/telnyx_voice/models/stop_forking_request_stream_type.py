from typing import Literal, cast

StopForkingRequestStreamType = Literal["decrypted", "raw"]

STOP_FORKING_REQUEST_STREAM_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "decrypted",
        "raw",
    }
)


def check_stop_forking_request_stream_type(value: str) -> StopForkingRequestStreamType:
    """Return value as a StopForkingRequestStreamType.

    A value outside STOP_FORKING_REQUEST_STREAM_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(StopForkingRequestStreamType, value)
