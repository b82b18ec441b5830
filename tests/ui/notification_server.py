"""A minimal org.freedesktop.Notifications server on a bus, so the panel has someone to notify.

A stand-in for the desktop's notification daemon (gnome-shell, plasmashell, dunst), which
cannot run here. Prints "ready", then one JSON line per Notify call with its arguments.

  python tests/ui/notification_server.py BUS_ADDRESS
"""

from __future__ import annotations

import json
import sys

from jeepney import MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"


def main(address: str) -> None:
    connection = open_dbus_connection(bus=address)
    connection.send_and_get_reply(message_bus.RequestName(NAME))
    print("ready", flush=True)
    next_id = 0
    while True:
        message = connection.receive()
        if message.header.message_type is not MessageType.method_call:
            continue
        member = message.header.fields.get(3)  # HeaderFields.member
        if member == "Notify":
            app, replaces, icon, summary, body, _actions, hints, timeout = message.body
            next_id += 1
            print(json.dumps({
                "app": app, "replaces_id": replaces, "icon": icon, "summary": summary,
                "body": body, "hints": {key: value[1] for key, value in hints.items()},
                "timeout": timeout, "signature": message.header.fields.get(8),
            }), flush=True)  # fmt: skip
            connection.send(new_method_return(message, "u", (next_id,)))
        elif member == "GetCapabilities":
            connection.send(new_method_return(message, "as", (["body"],)))
        elif member == "GetServerInformation":
            reply = ("test", "onionpanel", "1", "1.2")
            connection.send(new_method_return(message, "ssss", reply))
        else:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))


if __name__ == "__main__":
    main(sys.argv[1])
