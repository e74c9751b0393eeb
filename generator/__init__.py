"""Generator of the `telnyx_voice` client and the MCP tool descriptions from the Telnyx OpenAPI spec.

The pipeline, one module per step:
    source (load and check the spec) -> select -> normalize -> describe (intermediate model) -> render.
"""
