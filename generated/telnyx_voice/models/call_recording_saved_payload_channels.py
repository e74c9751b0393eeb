from typing import Literal, cast

CallRecordingSavedPayloadChannels = Literal["dual", "single"]

CALL_RECORDING_SAVED_PAYLOAD_CHANNELS_VALUES: frozenset[str] = frozenset(
    {
        "dual",
        "single",
    }
)


def check_call_recording_saved_payload_channels(value: str) -> CallRecordingSavedPayloadChannels:
    """Return value as a CallRecordingSavedPayloadChannels.

    A value outside CALL_RECORDING_SAVED_PAYLOAD_CHANNELS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallRecordingSavedPayloadChannels, value)
