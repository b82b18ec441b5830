"""The Configuration page: what tor is configured to do, read-only, and where to change it."""
