from typing import Literal, cast

CallConversationEndedPayloadCallingPartyType = Literal["pstn", "sip"]

CALL_CONVERSATION_ENDED_PAYLOAD_CALLING_PARTY_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "pstn",
        "sip",
    }
)


def check_call_conversation_ended_payload_calling_party_type(
    value: str,
) -> CallConversationEndedPayloadCallingPartyType:
    """Return value as a CallConversationEndedPayloadCallingPartyType.

    A value outside CALL_CONVERSATION_ENDED_PAYLOAD_CALLING_PARTY_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallConversationEndedPayloadCallingPartyType, value)
