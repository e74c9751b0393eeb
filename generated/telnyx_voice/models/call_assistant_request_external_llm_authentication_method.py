from typing import Literal, cast

CallAssistantRequestExternalLlmAuthenticationMethod = Literal["certificate", "token"]

CALL_ASSISTANT_REQUEST_EXTERNAL_LLM_AUTHENTICATION_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "certificate",
        "token",
    }
)


def check_call_assistant_request_external_llm_authentication_method(
    value: str,
) -> CallAssistantRequestExternalLlmAuthenticationMethod:
    """Return value as a CallAssistantRequestExternalLlmAuthenticationMethod.

    A value outside CALL_ASSISTANT_REQUEST_EXTERNAL_LLM_AUTHENTICATION_METHOD_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallAssistantRequestExternalLlmAuthenticationMethod, value)
