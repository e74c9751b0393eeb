from typing import Literal, cast

ListCallControlApplicationsFilterStatus = Literal["completed", "in_progress", "init"]

LIST_CALL_CONTROL_APPLICATIONS_FILTER_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "completed",
        "in_progress",
        "init",
    }
)


def check_list_call_control_applications_filter_status(value: str) -> ListCallControlApplicationsFilterStatus:
    """Return value as a ListCallControlApplicationsFilterStatus.

    A value outside LIST_CALL_CONTROL_APPLICATIONS_FILTER_STATUS_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ListCallControlApplicationsFilterStatus, value)
