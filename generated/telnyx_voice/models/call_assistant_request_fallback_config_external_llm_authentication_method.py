from typing import Literal, cast

CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod = Literal["certificate", "token"]

CALL_ASSISTANT_REQUEST_FALLBACK_CONFIG_EXTERNAL_LLM_AUTHENTICATION_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "certificate",
        "token",
    }
)


def check_call_assistant_request_fallback_config_external_llm_authentication_method(
    value: str,
) -> CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod:
    """Return value as a CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod.

    A value outside CALL_ASSISTANT_REQUEST_FALLBACK_CONFIG_EXTERNAL_LLM_AUTHENTICATION_METHOD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod, value)
