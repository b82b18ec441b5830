"""NS and NEWCONSENSUS events as raw text, so no stem object travels past the tor layer.

  NS_EVENTS                      ("NS", "NEWCONSENSUS")
  ns_event_text(event) -> (type, raw text) | None   a translate for add_event_handler; runs on
                                                     stem's thread and only copies a string
The text goes to onionpanel.core.relays (NsParser / RelayLoader.on_events), which parses it in
slices on the loop.
"""

from __future__ import annotations

from typing import Any

NS_EVENTS = ("NS", "NEWCONSENSUS")


def ns_event_text(event: Any) -> tuple[str, str] | None:
    event_type = str(getattr(event, "type", "")).upper()
    if event_type not in NS_EVENTS:
        return None
    return event_type, str(event.raw_content())
