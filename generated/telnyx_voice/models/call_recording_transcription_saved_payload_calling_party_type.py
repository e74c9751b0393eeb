from typing import Literal, cast

CallRecordingTranscriptionSavedPayloadCallingPartyType = Literal["pstn", "sip"]

CALL_RECORDING_TRANSCRIPTION_SAVED_PAYLOAD_CALLING_PARTY_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "pstn",
        "sip",
    }
)


def check_call_recording_transcription_saved_payload_calling_party_type(
    value: str,
) -> CallRecordingTranscriptionSavedPayloadCallingPartyType:
    """Return value as a CallRecordingTranscriptionSavedPayloadCallingPartyType.

    A value outside CALL_RECORDING_TRANSCRIPTION_SAVED_PAYLOAD_CALLING_PARTY_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallRecordingTranscriptionSavedPayloadCallingPartyType, value)
