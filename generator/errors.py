"""Errors the generator reports to the maintainer. Each says what was wrong and where."""


class GeneratorError(Exception):
    """Base class of every error the generator raises on bad input."""


class SpecNotFoundError(GeneratorError):
    """No spec could be found or downloaded."""


class SpecChecksumError(GeneratorError):
    """The pinned spec's bytes do not have the pinned sha256."""


class SpecParseError(GeneratorError):
    """The spec file is not valid YAML or JSON, or not an OpenAPI document."""


class SpecTooLargeError(SpecParseError):
    """The spec expands beyond the size the generator accepts (a YAML alias bomb, say)."""


class SelectionError(GeneratorError):
    """The selection names operations or events that the spec does not have."""


class SpecReferenceError(GeneratorError):
    """A `$ref` in the spec points nowhere."""


class NamingError(GeneratorError):
    """The naming map is inconsistent with the spec (clashing or invalid names)."""


class ConfigError(GeneratorError):
    """A file under spec/ is malformed."""


class RefCycleError(SpecReferenceError):
    """`$ref`s that lead back to one already followed, so they name no schema at all."""


class GeneratedCodeError(GeneratorError):
    """The generated code does not pass ruff: the templates rendered invalid Python."""
