"""The values of every field typed `CallGatherEndedPayloadStatus` (a list too long to write inline)."""

from typing import Literal

CallGatherEndedPayloadStatus = Literal["call_hangup", "cancelled", "cancelled_amd", "invalid", "timeout", "valid"]
