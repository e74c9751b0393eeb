"""Helpers shared by the test suites, imported as `tests.support.<module>` (pytest puts the repository root on sys.path)."""
