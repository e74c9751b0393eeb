from typing import Literal, cast

SwitchSupervisorRoleRequestRole = Literal["barge", "monitor", "whisper"]

SWITCH_SUPERVISOR_ROLE_REQUEST_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "barge",
        "monitor",
        "whisper",
    }
)


def check_switch_supervisor_role_request_role(value: str) -> SwitchSupervisorRoleRequestRole:
    """Return value as a SwitchSupervisorRoleRequestRole.

    A value outside SWITCH_SUPERVISOR_ROLE_REQUEST_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(SwitchSupervisorRoleRequestRole, value)
