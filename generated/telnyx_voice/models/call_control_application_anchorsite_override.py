"""The values of every field typed `CallControlApplicationAnchorsiteOverride` (a list too long to write inline)."""

from typing import Literal

CallControlApplicationAnchorsiteOverride = Literal[
    "Amsterdam, Netherlands",
    "Ashburn, VA",
    "Chennai, IN",
    "Chicago, IL",
    "Latency",
    "London, UK",
    "San Jose, CA",
    "Sydney, Australia",
    "Toronto, Canada",
]
