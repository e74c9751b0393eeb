from typing import Literal, cast

CallForkStoppedPayloadStreamType = Literal["decrypted"]

CALL_FORK_STOPPED_PAYLOAD_STREAM_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "decrypted",
    }
)


def check_call_fork_stopped_payload_stream_type(value: str) -> CallForkStoppedPayloadStreamType:
    """Return value as a CallForkStoppedPayloadStreamType.

    A value outside CALL_FORK_STOPPED_PAYLOAD_STREAM_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallForkStoppedPayloadStreamType, value)
