"""The values of every field typed `CallHangupPayloadHangupCause` (a list too long to write inline)."""

from typing import Literal

CallHangupPayloadHangupCause = Literal[
    "call_rejected",
    "no_answer",
    "normal_clearing",
    "not_found",
    "originator_cancel",
    "time_limit",
    "timeout",
    "unspecified",
    "user_busy",
]
