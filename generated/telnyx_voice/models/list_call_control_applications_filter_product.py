from typing import Literal, cast

ListCallControlApplicationsFilterProduct = Literal["call_control", "fax", "texml"]

LIST_CALL_CONTROL_APPLICATIONS_FILTER_PRODUCT_VALUES: frozenset[str] = frozenset(
    {
        "call_control",
        "fax",
        "texml",
    }
)


def check_list_call_control_applications_filter_product(value: str) -> ListCallControlApplicationsFilterProduct:
    """Return value as a ListCallControlApplicationsFilterProduct.

    A value outside LIST_CALL_CONTROL_APPLICATIONS_FILTER_PRODUCT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ListCallControlApplicationsFilterProduct, value)
