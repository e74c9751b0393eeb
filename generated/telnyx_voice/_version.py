"""The package version (pyproject.toml). Generated; do not edit."""

__version__ = "0.1.0"
