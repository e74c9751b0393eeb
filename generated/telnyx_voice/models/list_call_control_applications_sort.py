from typing import Literal, cast

ListCallControlApplicationsSort = Literal["active", "connection_name", "created_at"]

LIST_CALL_CONTROL_APPLICATIONS_SORT_VALUES: frozenset[str] = frozenset(
    {
        "active",
        "connection_name",
        "created_at",
    }
)


def check_list_call_control_applications_sort(value: str) -> ListCallControlApplicationsSort:
    """Return value as a ListCallControlApplicationsSort.

    A value outside LIST_CALL_CONTROL_APPLICATIONS_SORT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ListCallControlApplicationsSort, value)
