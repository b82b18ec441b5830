"""The helper on the system bus: org.onionpanel.Helper1, each method behind a polkit action.

  BUS_NAME, OBJECT_PATH, INTERFACE, ACTIONS (method -> polkit action id)
  Authority                       protocol: may(sender, action) -> bool
  PolkitAuthority(router)         asks polkitd (CheckAuthorization, interactive); many threads
                                  may ask at once
  SandboxAuthority()              says yes to every caller: only for serve(sandbox=True), which
                                  first moves into a network namespace of its own
  HelperService(config, state_dir, authority, nft=("nft",), emit=...)
  |- handle(message) -> reply     one method call in, its reply out
  serve(config, state_dir, bus="SYSTEM", nft=("nft",), stop=None, sandbox=False)
                                  own the name, keep the table (Watcher), answer until stopped;
                                  each call on a thread of its own (at most MAX_CALLS at once), so
                                  a caller polkit asks for a password holds up nobody else

Methods take names only, and only names the system config declares; never rule text, paths
or commands. A caller polkit does not authorize gets an error and nothing changes.
  GetState() -> (s applied, s remembered, as switchable, a(sssas) profiles, t clearnet_until)
                profiles: name, kind, description, desktop ids of its apps
  GetRouters() -> a(sassssqqsa(ss)ast)   the [[router]] entries (router_state.py): name,
                interfaces, forwarded, address, address_v6, trans_port, dns_port, ipv6,
                networks (network, interface), sysctls_off, blocked (a count); a helper
                without it answers UnknownMethod, which the panel takes as "no routers".
                One reading serves all callers for ROUTERS_FRESH_S (1 s; a mode change
                starts a new one): anyone may call it, and it runs nft, ip and cat
  SetMode(s mode)                       a mode of policy.user_may_switch: off, tor, lockdown
  SetClearnet(s profile, u minutes)     "tor+PROFILE" (declared and switchable); 0 = no limit
  EndClearnet()                         back to tor
Signal ModeChanged(s mode, s why): why is "switched", "clearnet", "started" (the helper applied
the boot mode), "restored:FOUND" (someone changed or removed the table; FOUND says what was
found: gone, mode=M, deleted=CHAIN, flushed=CHAIN, changed=CHAIN, added=CHAIN or table),
"time limit" or "ports"
(lockdown because someone other than tor holds tor's TransPort or DNSPort, or tor again once
it holds them; SetMode and SetClearnet then fail with Error.TorPortsHeld saying who).
"""

from __future__ import annotations

import ctypes
import os
import struct
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageType,
    new_error,
    new_method_call,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.io.threading import DBusRouter
from jeepney.io.threading import open_dbus_connection as open_threaded_connection

from onionpanel.helper import nft
from onionpanel.helper.cgroups import profile_cgroups
from onionpanel.helper.config import Config, ConfigError, check_mode
from onionpanel.helper.router_state import ROUTERS_SIGNATURE, router_report
from onionpanel.helper.watch import Watcher

BUS_NAME = "org.onionpanel.Helper1"
OBJECT_PATH = "/org/onionpanel/Helper1"
INTERFACE = "org.onionpanel.Helper1"
ERROR = "org.onionpanel.Helper1.Error"
ACTIONS = {
    "GetState": "org.onionpanel.helper.read-state",
    "GetRouters": "org.onionpanel.helper.read-routers",
    "SetMode": "org.onionpanel.helper.switch-mode",
    "SetClearnet": "org.onionpanel.helper.toggle-clearnet",
    "EndClearnet": "org.onionpanel.helper.toggle-clearnet",
}
SIGNATURES = {
    "GetState": "",
    "GetRouters": "",
    "SetMode": "s",
    "SetClearnet": "su",
    "EndClearnet": "",
}
STATE_SIGNATURE = "ssasa(sssas)t"
MAX_MINUTES = 24 * 60
POLKIT_TIMEOUT = 300.0  # the person may be typing a password
MAX_CALLS = 8  # calls answered at once; more wait for a free thread
ROUTERS_FRESH_S = 1.0  # GetRouters: how long one reading of nft's counters serves
_POLKIT = DBusAddress(
    "/org/freedesktop/PolicyKit1/Authority",
    bus_name="org.freedesktop.PolicyKit1",
    interface="org.freedesktop.PolicyKit1.Authority",
)
_ALLOW_USER_INTERACTION = 1

INTROSPECTION = f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
 <interface name="{INTERFACE}">
  <method name="GetState">
   <arg name="applied" type="s" direction="out"/><arg name="remembered" type="s" direction="out"/>
   <arg name="switchable" type="as" direction="out"/>
   <arg name="profiles" type="a(sssas)" direction="out"/>
   <arg name="clearnet_until" type="t" direction="out"/>
  </method>
  <method name="GetRouters">
   <arg name="routers" type="{ROUTERS_SIGNATURE}" direction="out"/>
  </method>
  <method name="SetMode"><arg name="mode" type="s" direction="in"/></method>
  <method name="SetClearnet">
   <arg name="profile" type="s" direction="in"/><arg name="minutes" type="u" direction="in"/>
  </method>
  <method name="EndClearnet"/>
  <signal name="ModeChanged"><arg name="mode" type="s"/><arg name="why" type="s"/></signal>
 </interface>
 <interface name="org.freedesktop.DBus.Introspectable">
  <method name="Introspect"><arg name="xml" type="s" direction="out"/></method>
 </interface>
</node>
"""


class RefusedError(Exception):
    """A method call that changes nothing; ``name`` is the D-Bus error name."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__(text)
        self.name = name


class Authority(Protocol):
    def may(self, sender: str, action: str) -> bool: ...


class PolkitAuthority:
    """polkitd on the same bus decides; if it cannot be asked, the answer is no."""

    def __init__(self, router: DBusRouter) -> None:
        self._router = router

    def may(self, sender: str, action: str) -> bool:
        subject = ("system-bus-name", {"name": ("s", sender)})
        call = new_method_call(
            _POLKIT,
            "CheckAuthorization",
            "(sa{sv})sa{ss}us",
            (subject, action, {}, _ALLOW_USER_INTERACTION, ""),
        )
        try:
            reply = self._router.send_and_get_reply(call, timeout=POLKIT_TIMEOUT)
        except Exception:  # timed out, polkitd gone, the router closed: no
            return False
        if reply.header.message_type is not MessageType.method_return:
            return False
        authorized, _challenge, _details = reply.body[0]
        return bool(authorized)


class SandboxAuthority:
    """For the sandbox's own helper: its table guards a network namespace nothing else uses,
    and its bus socket is in a directory only the desktop user can enter."""

    def may(self, sender: str, action: str) -> bool:
        return True


_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def enter_own_network_namespace() -> None:
    """Move this process (and the nft it runs) into a new, empty network namespace: as root
    directly, as anyone else inside a user namespace of its own where it is root. Call it
    before any thread starts (the kernel refuses a user namespace to a threaded process)."""
    uid, gid = os.geteuid(), os.getegid()
    flags = _CLONE_NEWNET if uid == 0 else _CLONE_NEWUSER | _CLONE_NEWNET
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(flags) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"no network namespace of its own: {os.strerror(error)}")
    if flags & _CLONE_NEWUSER:
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"0 {uid} 1")
        Path("/proc/self/gid_map").write_text(f"0 {gid} 1")


class HelperService:
    def __init__(
        self,
        config: Config,
        state_dir: Path,
        authority: Authority,
        nft_command: Sequence[str] = ("nft",),
        emit: Callable[[str, str], None] = lambda mode, why: None,
    ) -> None:
        self.config, self.state_dir, self.authority = config, state_dir, authority
        self.nft = tuple(nft_command)
        self.emit = emit
        self._lock = threading.Lock()  # one change at a time
        self._routers: tuple[float, list[tuple[Any, ...]]] | None = None
        self._routers_lock = threading.Lock()  # callers at once wait for one reading

    # --- dispatch --------------------------------------------------------------------

    def handle(self, message: Message) -> Message | None:
        fields = message.header.fields
        if message.header.message_type is not MessageType.method_call:
            return None
        member = fields.get(HeaderFields.member, "")
        interface = fields.get(HeaderFields.interface, INTERFACE)
        signature = fields.get(HeaderFields.signature, "")
        if interface == "org.freedesktop.DBus.Introspectable" and member == "Introspect":
            return new_method_return(message, "s", (INTROSPECTION,))
        if interface != INTERFACE or member not in ACTIONS:
            return new_error(
                message,
                "org.freedesktop.DBus.Error.UnknownMethod",
                "s",
                (f"{BUS_NAME} has no method {member!r}",),
            )
        if signature != SIGNATURES[member]:
            return new_error(
                message,
                "org.freedesktop.DBus.Error.InvalidArgs",
                "s",
                (f"{member} takes ({SIGNATURES[member]}), not ({signature})",),
            )
        sender = fields.get(HeaderFields.sender, "")
        if not self.authority.may(sender, ACTIONS[member]):
            text = f"not authorized by polkit ({ACTIONS[member]}); nothing changed"
            return new_error(message, f"{ERROR}.NotAuthorized", "s", (text,))
        try:
            return self._call(message, member, message.body)
        except RefusedError as refused:
            return new_error(message, f"{ERROR}.{refused.name}", "s", (str(refused),))
        except Exception as error:  # one failed call must not take the service down
            text = f"{member} failed: {type(error).__name__}: {error}"
            return new_error(message, f"{ERROR}.Failed", "s", (text,))

    def _call(self, message: Message, member: str, args: tuple[Any, ...]) -> Message:
        if member == "GetState":
            return new_method_return(message, STATE_SIGNATURE, self.state())
        if member == "GetRouters":
            return new_method_return(message, ROUTERS_SIGNATURE, (self.routers(),))
        if member == "SetMode":
            self.set_mode(args[0])
        elif member == "SetClearnet":
            self.set_clearnet(args[0], args[1])
        else:
            self.set_mode("tor", why="switched", switchable_check=False)
        return new_method_return(message)

    # --- the methods -----------------------------------------------------------------

    def routers(self) -> list[tuple[Any, ...]]:
        """Anyone may ask, and each reading runs nft, ip and cat: one reading serves every
        caller for ROUTERS_FRESH_S, so no one on the bus can keep the helper busy with it."""
        with self._routers_lock:
            reading = self._routers
            if reading is None or time.monotonic() - reading[0] >= ROUTERS_FRESH_S:
                reading = (time.monotonic(), router_report(self.config, self.nft))
                self._routers = reading
            return reading[1]

    def state(self) -> tuple[Any, ...]:
        revert = nft.pending_revert(self.state_dir)
        profiles = [(p.name, p.kind, p.description, list(p.apps)) for p in self.config.profiles]
        return (
            nft.applied_mode(self.nft) or "",
            nft.persisted_mode(self.state_dir) or "",
            list(self.config.policy.user_may_switch),
            profiles,
            int(revert[0]) if revert else 0,
        )

    def _declared(self, mode: str) -> str:
        try:
            return check_mode(self.config, mode)
        except ConfigError as error:
            raise RefusedError("Undeclared", f"{error}; nothing changed") from error

    def set_mode(self, mode: str, *, why: str = "switched", switchable_check: bool = True) -> None:
        mode = self._declared(mode)
        if mode.startswith("tor+"):
            raise RefusedError("Invalid", "clearnet modes are switched with SetClearnet")
        if switchable_check and mode not in self.config.policy.user_may_switch:
            raise RefusedError(
                "NotAllowed",
                f"the system policy does not let desktop users switch to {mode!r}",
            )
        self._apply(mode, None, why)

    def set_clearnet(self, profile: str, minutes: int) -> None:
        mode = self._declared(f"tor+{profile}")
        if mode not in self.config.policy.user_may_switch:
            raise RefusedError(
                "NotAllowed", f"the system policy does not let desktop users switch to {mode!r}"
            )
        if not 0 <= minutes <= MAX_MINUTES:
            raise RefusedError("Invalid", f"minutes must be 0 (no limit) to {MAX_MINUTES}")
        until = time.time() + minutes * 60 if minutes else None
        self._apply(mode, until, "clearnet")

    def _apply(self, mode: str, until: float | None, why: str) -> None:
        with self._lock:
            try:
                applied = nft.apply(
                    self.config,
                    mode,
                    self.state_dir,
                    self.nft,
                    profile_cgroups(self.config),
                    until=until,
                )
            except nft.ApplyError as error:
                raise RefusedError("Failed", f"nothing changed: {error}") from error
            finally:
                self._routers = None  # new rules, new counters: the next reading is fresh
        if applied.reason:  # someone other than tor holds its ports: lockdown, and say why
            self.emit(applied.mode, "ports")
            raise RefusedError("TorPortsHeld", f"lockdown applied instead: {applied.reason}")
        self.emit(mode, why)


class _Bus:
    """One connection for the name and the calls, one for asking polkit from any thread;
    sends locked because the calls' and the watcher's threads send too."""

    def __init__(self, bus: str, ask_polkit: bool = True) -> None:
        self.serving = open_dbus_connection(bus)
        self._asking = open_threaded_connection(bus) if ask_polkit else None
        self.asking = DBusRouter(self._asking) if self._asking is not None else None
        self._send_lock = threading.Lock()

    def send(self, message: Message) -> None:
        with self._send_lock:
            self.serving.send(message)

    def emit(self, mode: str, why: str) -> None:
        emitter = DBusAddress(OBJECT_PATH, interface=INTERFACE)
        self.send(new_signal(emitter, "ModeChanged", "ss", (mode, why)))

    def own_name(self) -> None:
        reply = self.serving.send_and_get_reply(message_bus.RequestName(BUS_NAME, 4), timeout=10)
        if reply.header.message_type is not MessageType.method_return or reply.body[0] != 1:
            raise RuntimeError(f"cannot own {BUS_NAME} on the bus: {reply.body}")

    def close(self) -> None:
        self.serving.close()
        if self.asking is not None and self._asking is not None:
            self.asking.close()
            self._asking.close()


def serve(
    config: Config,
    state_dir: Path,
    bus: str = "SYSTEM",
    nft_command: Sequence[str] = ("nft",),
    stop: threading.Event | None = None,
    ready: Callable[[], None] = lambda: None,
    sandbox: bool = False,
) -> None:
    """``sandbox``: first move into a network namespace of its own (so its table guards
    nothing of this machine's), then answer every caller without polkit (SandboxAuthority).
    The bus connection is made before: inside a user namespace the bus would not know us."""
    stop = stop or threading.Event()
    connection = _Bus(bus, ask_polkit=not sandbox)
    try:
        if sandbox:
            enter_own_network_namespace()
        connection.own_name()
        asking = connection.asking
        authority: Authority = SandboxAuthority() if asking is None else PolkitAuthority(asking)
        service = HelperService(config, state_dir, authority, nft_command, connection.emit)
        watcher = Watcher(
            config,
            state_dir,
            nft_command,
            notify=lambda text: print(text, flush=True),
            on_change=connection.emit,
        )
        watching = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
        watching.start()
        ready()
        free = threading.BoundedSemaphore(MAX_CALLS)
        while not stop.is_set():
            try:
                message = connection.serving.receive(timeout=0.5)
            except TimeoutError:
                continue
            while not free.acquire(timeout=0.5):  # all busy: the next call waits its turn
                if stop.is_set():
                    break
            if stop.is_set():
                break
            # daemon: a call still waiting for polkit must not keep a stopped helper alive
            threading.Thread(
                target=_answer, args=(service, connection, message, free), daemon=True
            ).start()
        watching.join(5)
    finally:
        connection.close()


def _answer(
    service: HelperService, connection: _Bus, message: Message, free: threading.BoundedSemaphore
) -> None:
    try:
        reply = service.handle(message)
        if reply is not None:
            try:
                connection.send(reply)
            except (ValueError, TypeError, struct.error) as error:  # not its signature's shape
                text = f"the helper could not encode its answer: {error}"
                connection.send(new_error(message, f"{ERROR}.Failed", "s", (text,)))
    except OSError:  # the bus went away meanwhile
        pass
    finally:
        free.release()
