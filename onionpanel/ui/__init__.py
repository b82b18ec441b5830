"""The panel's Qt side, arranged by feature.

shell/      the application: entry point, window, tray, tor session, the pages' wiring
status/     the status page and tor's notices in words
circuits/   circuits and streams: model, feed, page, New Identity
relays/     the relay map, relay list and details, the relay loader
log/        tor's log: page, models, feed, desktop notifier
bandwidth/  the bandwidth graph and its feed
config/     the read-only Configuration page
routing/    the routing helper's D-Bus client and the tray's Routing menu
common/     what features share: task keeping, the interpreter's GUI tuning, item-view settings,
            words (plurals, countries) and tor's reason codes in words

Features import ``common`` and lower layers only; ``shell`` composes them (import-linter checks it).
"""
