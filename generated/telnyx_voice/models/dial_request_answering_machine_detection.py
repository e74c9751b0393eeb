from typing import Literal, cast

DialRequestAnsweringMachineDetection = Literal[
    "detect", "detect_beep", "detect_words", "disabled", "greeting_end", "premium"
]

DIAL_REQUEST_ANSWERING_MACHINE_DETECTION_VALUES: frozenset[str] = frozenset(
    {
        "detect",
        "detect_beep",
        "detect_words",
        "disabled",
        "greeting_end",
        "premium",
    }
)


def check_dial_request_answering_machine_detection(value: str) -> DialRequestAnsweringMachineDetection:
    """Return value as a DialRequestAnsweringMachineDetection.

    A value outside DIAL_REQUEST_ANSWERING_MACHINE_DETECTION_VALUES is kept as it is: the API
    adds values over time, and one new value must not make a whole response unreadable.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cast(DialRequestAnsweringMachineDetection, value)
