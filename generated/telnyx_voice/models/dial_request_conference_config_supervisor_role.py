from typing import Literal, cast

DialRequestConferenceConfigSupervisorRole = Literal["barge", "monitor", "none", "whisper"]

DIAL_REQUEST_CONFERENCE_CONFIG_SUPERVISOR_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "barge",
        "monitor",
        "none",
        "whisper",
    }
)


def check_dial_request_conference_config_supervisor_role(value: str) -> DialRequestConferenceConfigSupervisorRole:
    """Return value as a DialRequestConferenceConfigSupervisorRole.

    A value outside DIAL_REQUEST_CONFERENCE_CONFIG_SUPERVISOR_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestConferenceConfigSupervisorRole, value)
