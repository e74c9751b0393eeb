from typing import Literal, cast

CallConversationInsightsGeneratedPayloadCallingPartyType = Literal["pstn", "sip"]

CALL_CONVERSATION_INSIGHTS_GENERATED_PAYLOAD_CALLING_PARTY_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "pstn",
        "sip",
    }
)


def check_call_conversation_insights_generated_payload_calling_party_type(
    value: str,
) -> CallConversationInsightsGeneratedPayloadCallingPartyType:
    """Return value as a CallConversationInsightsGeneratedPayloadCallingPartyType.

    A value outside CALL_CONVERSATION_INSIGHTS_GENERATED_PAYLOAD_CALLING_PARTY_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallConversationInsightsGeneratedPayloadCallingPartyType, value)
