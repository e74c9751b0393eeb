from typing import Literal, cast

BookAppointmentToolType = Literal["book_appointment"]

BOOK_APPOINTMENT_TOOL_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "book_appointment",
    }
)


def check_book_appointment_tool_type(value: str) -> BookAppointmentToolType:
    """Return value as a BookAppointmentToolType.

    A value outside BOOK_APPOINTMENT_TOOL_TYPE_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(BookAppointmentToolType, value)
