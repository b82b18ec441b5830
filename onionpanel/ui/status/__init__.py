"""The status page: bootstrap, version, endpoint, and tor's notices in plain words."""
