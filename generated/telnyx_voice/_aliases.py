"""Names imported on first use: the official SDK's type names in `telnyx_voice.types` stand for our model classes."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from importlib import import_module
from typing import Any


def load_alias(module: str, aliases: Mapping[str, tuple[str, str]], name: str) -> Any:
    """The class `name` of module stands for (aliases: name -> (module under `telnyx_voice.models`, class)),
    imported now and kept in module so the next lookup is a plain attribute.

    Raises:
        AttributeError: module has no such name.
    """
    target = aliases.get(name)
    if target is None:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    models_module, class_name = target
    value = getattr(import_module(f"{__package__}.models.{models_module}"), class_name)
    setattr(sys.modules[module], name, value)
    return value
