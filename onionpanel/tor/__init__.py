"""The only package that talks to tor (and the only one importing stem).

Importing this package costs nothing; import the modules when you need them.

  connection.TorConnection   discovery + auth + status + events + commands, on asyncio
  bridge.EventBridge         stem's threads -> the loop, in batches, at most every 16 ms
  discovery                  --control parsing and the default endpoints
  auth                       PROTOCOLINFO -> NULL / SAFECOOKIE / COOKIE / HASHEDPASSWORD
  errors.TorError            the base of everything raised here; str() is English for the CLI
  translate                  stem events -> onionpanel.core values (pure)
  quick_events               the frequent events read without stem, when plainly formed
  cli                        ``onionpanel status`` and ``onionpanel newnym``
"""
