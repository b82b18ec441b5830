"""The routing helper seen from the panel: its D-Bus client and the tray's Routing menu."""
