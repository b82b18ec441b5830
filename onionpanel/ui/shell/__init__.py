"""The application itself: entry point, window, tray, tor session, and the wiring of the pages."""
