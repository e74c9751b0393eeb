from typing import Literal, cast

ListCallEventsFilterProduct = Literal["call_control", "fax", "texml"]

LIST_CALL_EVENTS_FILTER_PRODUCT_VALUES: frozenset[str] = frozenset(
    {
        "call_control",
        "fax",
        "texml",
    }
)


def check_list_call_events_filter_product(value: str) -> ListCallEventsFilterProduct:
    """Return value as a ListCallEventsFilterProduct.

    A value outside LIST_CALL_EVENTS_FILTER_PRODUCT_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(ListCallEventsFilterProduct, value)
