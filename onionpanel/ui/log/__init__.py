"""Tor's log as a filtered, searchable page, and warnings as notifications."""
