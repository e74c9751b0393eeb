"""Resource classes: `client.calls`, `client.calls.actions`, ..."""
