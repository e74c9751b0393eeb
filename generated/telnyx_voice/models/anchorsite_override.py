"""The values of every field typed `AnchorsiteOverride` (a list too long to write inline)."""

from typing import Literal

AnchorsiteOverride = Literal[
    "Amsterdam, Netherlands",
    "Ashburn, VA",
    "Chicago, IL",
    "Frankfurt, Germany",
    "Latency",
    "London, UK",
    "San Jose, CA",
    "Sydney, Australia",
    "Toronto, Canada",
    "Vancouver, Canada",
]
