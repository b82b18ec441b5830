"""OnionPanel: a Tor control panel for the Linux desktop.

Layers, each importing only those below it (checked by import-linter, see pyproject.toml)::

  ui        Qt item models, widgets, tray; never calls stem, never blocks the loop
  routing   thin client of the privileged helper      geo   where a relay is
  tor       the only package that imports stem: connect, authenticate, reconnect, event bridge
  sandbox   a private Tor network on loopback          launcher  starting a tor of the user's own
  core      frozen dataclasses and pure functions over Tor events; no Qt, no stem, no I/O

  helper    the root side; imports neither Qt nor stem nor any of the above but core
"""

__version__ = "0.1.0"
