from typing import Literal, cast

DialRequestSupervisorRole = Literal["barge", "monitor", "whisper"]

DIAL_REQUEST_SUPERVISOR_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "barge",
        "monitor",
        "whisper",
    }
)


def check_dial_request_supervisor_role(value: str) -> DialRequestSupervisorRole:
    """Return value as a DialRequestSupervisorRole.

    A value outside DIAL_REQUEST_SUPERVISOR_ROLE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestSupervisorRole, value)
