"""Until the sandbox imports `telnyx_voice_tools.schema_validation` itself: the names it takes from here.

The checker moved to the generated tools package (`generator/tools_runtime/schema_validation.py`), so
the sandbox no longer needs the MCP server package; delete this module once it imports from there.
"""

from telnyx_voice_tools.formats import FORMATS
from telnyx_voice_tools.schema_validation import (
    ENUM,
    FORMAT,
    RANGE,
    REQUIRED,
    TYPE,
    UNKNOWN,
    Problem,
    compile_validator,
    problems,
)

__all__ = [
    "ENUM",
    "FORMAT",
    "FORMATS",
    "RANGE",
    "REQUIRED",
    "TYPE",
    "UNKNOWN",
    "Problem",
    "compile_validator",
    "problems",
]
