"""pytest fixtures for a private Tor network (filled in by the sandbox work)."""
