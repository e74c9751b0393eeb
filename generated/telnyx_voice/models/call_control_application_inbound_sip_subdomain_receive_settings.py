from typing import Literal, cast

CallControlApplicationInboundSipSubdomainReceiveSettings = Literal["from_anyone", "only_my_connections"]

CALL_CONTROL_APPLICATION_INBOUND_SIP_SUBDOMAIN_RECEIVE_SETTINGS_VALUES: frozenset[str] = frozenset(
    {
        "from_anyone",
        "only_my_connections",
    }
)


def check_call_control_application_inbound_sip_subdomain_receive_settings(
    value: str,
) -> CallControlApplicationInboundSipSubdomainReceiveSettings:
    """Return value as a CallControlApplicationInboundSipSubdomainReceiveSettings.

    A value outside CALL_CONTROL_APPLICATION_INBOUND_SIP_SUBDOMAIN_RECEIVE_SETTINGS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(CallControlApplicationInboundSipSubdomainReceiveSettings, value)
