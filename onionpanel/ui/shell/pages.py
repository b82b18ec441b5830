"""The live pages of the window, fed from one tor connection: circuits, relays, log, bandwidth,
configuration.

The models and feeds live from the start, so a page shown later is complete; every page
widget is built when first asked for: when the window first shows it, or when a caller reads
``circuits`` / ``relays`` / ``log`` / ``bandwidth`` / ``config``. Until then the log, bandwidth
and configuration data wait in ui.shell.page_data's stand-ins (``log_data``...).

  LivePages(parent=None, *, sandbox=False)   a QObject owning the pages and what feeds them;
                                       sandbox: the map invents places for loopback relays,
                                       streams on the sandbox's app port name its profile
  |- circuits, relays, log, bandwidth, config   the page widgets (CircuitsPage, ConfigPage...),
  |                                    each built on first use
  |- log_data, bandwidth_data, config_data   what those three show, from the start
  |- built_pages() -> list[str]        which pages exist ("circuits", "relays", "log",
  |                                    "bandwidth", "configuration")
  |- circuit_model, circuit_feed       CircuitModel and its feed (New Identity reads its state)
  |- add_to(window)                    one navigation entry per page (lazy where it can be)
  |- new_circuit_for_host_requested(str)   signal, from the circuits page once it exists
  |- await attach(connection)          subscribe, then load every snapshot; a load that fails
  |                                    is reported (task_failed) and retried on reconnect
  |- show_status(status)               a reconnect reloads the snapshots tor may have changed
  |- detach()                          drop every subscription (the session is closing)
  |- relay_of(fingerprint) / country_of(fingerprint)   what the relay list knows
  |- notification(title, body, int)    signal: a log warning for the tray
  |- rates_changed(float, float)       signal: bytes/s read and written, for the tray tooltip
  |- error(str)                        signal: a control command failed, in words
  |- task_failed(str, str, int)        signal: which task failed (circuits, log, config,
                                       relays, relay_problems, action), why, and how many
                                       problems (for the status page's notice)

The pages never talk to tor; this object runs the commands they ask for on the connection.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from onionpanel.core.circuit_text import is_internal
from onionpanel.core.relays import Relay
from onionpanel.core.status import ConnectionPhase, TorStatus
from onionpanel.tor.errors import TorError
from onionpanel.tor.translate import CIRCUIT_EVENT_TYPES, translate
from onionpanel.ui.circuits.feed import CircuitFeed
from onionpanel.ui.circuits.model import CircuitModel
from onionpanel.ui.circuits.roles import RelayBrief
from onionpanel.ui.common.runtime import keep_long_lived
from onionpanel.ui.common.tasks import Tasks
from onionpanel.ui.common.visibility import follow_visibility
from onionpanel.ui.config.feed import ConfigFeed
from onionpanel.ui.shell.early import mark
from onionpanel.ui.shell.lean import return_freed_heap
from onionpanel.ui.shell.page_data import BandwidthData, ConfigData, LogData
from onionpanel.ui.shell.page_feed import PageFeed

if TYPE_CHECKING:
    from onionpanel.ui.bandwidth.page import BandwidthPage
    from onionpanel.ui.circuits.page import CircuitsPage
    from onionpanel.ui.config.page import ConfigPage
    from onionpanel.ui.log.page import LogPage
    from onionpanel.ui.relays.loader import RelayLoader
    from onionpanel.ui.relays.page import RelayPage


class PageHost(Protocol):
    def add_page(self, title: str, page: Any) -> int: ...

    def add_lazy_page(self, title: str, build: Callable[[], Any]) -> int: ...


class LivePages(QObject):
    notification = Signal(str, str, int)
    rates_changed = Signal(float, float)
    error = Signal(str)
    task_failed = Signal(str, str, int)
    new_circuit_for_host_requested = Signal(str)

    def __init__(self, parent: QObject | None = None, *, sandbox: bool = False) -> None:
        super().__init__(parent)
        self.sandbox = sandbox
        self.circuit_model = CircuitModel(country_of=self.country_of, relay_info=self._brief)
        # hidden until its page is built and shown: no row work for a tree nobody has opened
        self.circuit_feed = CircuitFeed(self.circuit_model, visible=False)
        self.circuit_feed.overflowed.connect(self._reload_circuits)
        if sandbox:  # its second SocksPort stands for a routing profile's
            from onionpanel.sandbox.network import APP_PROFILE, APP_SESSION_GROUP

            self.circuit_model.set_profile_groups({APP_SESSION_GROUP: APP_PROFILE})
        self._circuits: CircuitsPage | None = None
        self._relays: RelayPage | None = None
        self._connected = False
        # what the log, bandwidth and configuration pages show, kept until they are built
        self.log_data = LogData(self)
        self.bandwidth_data = BandwidthData(self)
        self.config_data = ConfigData(self)
        self._log: LogPage | None = None
        self._bandwidth: BandwidthPage | None = None
        self._config: ConfigPage | None = None
        self.log_feed = PageFeed(self.log_data, self.bandwidth_data, self)
        self.config_feed = ConfigFeed(self.config_data, self)
        self.loader: RelayLoader | None = None
        self._connection: Any = None
        self._unsubscribe: Callable[[], None] | None = None
        self._phase = ConnectionPhase.DISCONNECTED
        self._log_attached = False
        self._config_attached = False
        self._tasks = Tasks(on_failure=lambda error: self._failed("action", error))
        self._map_paths: dict[str, list[str]] = {}
        self._wire()

    def _wire(self) -> None:
        self.circuit_feed.state_changed.connect(self._show_circuits_on_map)
        self.log_data.notifier.notification.connect(self.notification)
        self.bandwidth_data.rates_changed.connect(self.rates_changed)

    # --- the pages built on first use ------------------------------------------------

    @property
    def circuits(self) -> CircuitsPage:
        if self._circuits is None:
            from onionpanel.ui.circuits.page import CircuitsPage

            page = CircuitsPage(self.circuit_model)
            # hidden, the feed keeps the state but leaves the tree's rows until shown again
            follow_visibility(page, self.circuit_feed.set_visible)
            page.rows_needed = self.circuit_feed.sync_rows
            page.painted.connect(self.circuit_feed.repainted)
            self.circuit_feed.updating.connect(page.hold_repaints)
            page.close_circuit_requested.connect(
                lambda circuit_id: self._run("close_circuit", circuit_id)
            )
            page.close_stream_requested.connect(
                lambda stream_id: self._run("close_stream", stream_id)
            )
            page.new_circuit_for_host_requested.connect(self.new_circuit_for_host_requested)
            page.set_connected(self._connected)
            self._circuits = page
            self._link_selection()
            mark("page built: circuits")
        return self._circuits

    @property
    def relays(self) -> RelayPage:
        if self._relays is None:
            from onionpanel.ui.relays.page import RelayPage

            page = RelayPage()
            if self.loader is not None:
                page.bind(self.loader)
            page.set_connected(self._connected)
            self._relays = page
            self._show_circuits_on_map()
            self._link_selection()
            mark("page built: relays")
        return self._relays

    @property
    def log(self) -> LogPage:
        if self._log is None:
            from onionpanel.ui.log.page import LogPage

            data = self.log_data
            self._log = LogPage(notifier=data.notifier, model=data.model)
            data.bind(self._log)
            mark("page built: log")
        return self._log

    @property
    def bandwidth(self) -> BandwidthPage:
        if self._bandwidth is None:
            from onionpanel.ui.bandwidth.page import BandwidthPage

            self._bandwidth = BandwidthPage(self.bandwidth_data.history)
            self.bandwidth_data.bind(self._bandwidth)
            mark("page built: bandwidth")
        return self._bandwidth

    @property
    def config(self) -> ConfigPage:
        if self._config is None:
            from onionpanel.ui.config.page import ConfigPage

            self._config = ConfigPage()
            self.config_data.bind(self._config)
            mark("page built: configuration")
        return self._config

    def built_pages(self) -> list[str]:
        pages = (
            ("circuits", self._circuits),
            ("relays", self._relays),
            ("log", self._log),
            ("bandwidth", self._bandwidth),
            ("configuration", self._config),
        )
        return [name for name, page in pages if page is not None]

    def _link_selection(self) -> None:
        """One selection: the circuit chosen on either page is the one chosen on both."""
        if self._circuits is not None and self._relays is not None:
            self._relays.circuit_clicked.connect(self._circuits.select_circuit)
            self._circuits.circuit_selected.connect(self._relays.select_circuit)

    def add_to(self, window: PageHost) -> None:
        window.add_lazy_page(self.tr("Circuits"), lambda: self.circuits)
        window.add_lazy_page(self.tr("Relays"), lambda: self.relays)
        window.add_lazy_page(self.tr("Log"), lambda: self.log)
        window.add_lazy_page(self.tr("Bandwidth"), lambda: self.bandwidth)
        window.add_lazy_page(self.tr("Configuration"), lambda: self.config)

    # --- what the relay list knows, for the circuit tree -----------------------------

    def relay_of(self, fingerprint: str) -> Relay | None:
        return self.loader.relays.get(fingerprint) if self.loader is not None else None

    def country_of(self, fingerprint: str) -> str:
        return self.loader.countries.get(fingerprint, "") if self.loader is not None else ""

    def _brief(self, fingerprint: str) -> RelayBrief | None:
        relay = self.relay_of(fingerprint)
        return RelayBrief(relay.ip, relay.flag_names) if relay is not None else None

    # --- connection ------------------------------------------------------------------

    async def attach(self, connection: Any) -> None:
        self.detach()
        self._connection = connection
        self.circuit_feed.hold = connection.holding_events
        self._unsubscribe = connection.add_event_handler(
            CIRCUIT_EVENT_TYPES, self.circuit_feed.on_events, translate
        )
        self._phase = ConnectionPhase.CONNECTED
        self._set_connected(True)
        await self._load_all(connection)

    async def _load_all(self, connection: Any) -> None:
        """Each snapshot on its own: one that fails is reported, the rest still load, and a
        reconnect (show_status) tries them all again."""
        steps = (
            ("circuits", self._load_circuits),
            ("log", self._attach_log),
            ("config", self._load_config),
            ("relays", self._load_relays),
        )
        for task, load in steps:
            if connection is not self._connection:
                return  # detached meanwhile: this connection's snapshots are moot
            try:
                await load(connection)
            except TorError as error:
                self._failed(task, error)
        return_freed_heap()  # parsing the snapshots freed more than the panel keeps

    def _reload_circuits(self) -> None:
        if self._connection is not None:
            self._tasks.spawn(self._load_circuits(self._connection))

    def _failed(self, task: str, error: BaseException) -> None:
        self.task_failed.emit(task, str(error) or type(error).__name__, 0)

    async def _load_circuits(self, connection: Any) -> None:
        circuits = await connection.get_info("circuit-status")
        streams = await connection.get_info("stream-status")
        if connection is self._connection:
            self.circuit_feed.load(circuits, streams)

    async def _attach_log(self, connection: Any) -> None:
        if self._log_attached:  # its subscriptions survive reconnects
            return
        await self.log_feed.attach(connection)
        self._log_attached = connection is self._connection

    async def _load_config(self, connection: Any) -> None:
        """The page says itself what it could not read."""
        if self._config_attached:
            await self.config_feed.load()
            return
        await self.config_feed.attach(connection)
        self._config_attached = connection is self._connection

    async def _load_relays(self, connection: Any) -> None:
        if self.loader is None:
            from onionpanel.ui.relays.connect import connect_relay_page

            page = self._relays
            loader = await connect_relay_page(page, connection, invent_places=self.sandbox)
            if connection is not self._connection:
                loader.stop_following()
                return
            self.loader = loader
            if page is None and self._relays is not None:  # built while the relays loaded
                self._relays.bind(loader)
            self.loader.on_change.append(lambda *_: self._relays_changed())
        else:
            await self.loader.load()
        keep_long_lived()  # thousands of relays a collection need not scan every time
        self._relays_changed()
        if self.loader.load_problems:
            self._report_relay_problems(self.loader.load_problems)

    def _report_relay_problems(self, problems: list[str]) -> None:
        shown = "; ".join(problems[:3]) + ("; …" if len(problems) > 3 else "")
        self.task_failed.emit("relay_problems", shown, len(problems))

    def _relays_changed(self) -> None:
        self.circuit_feed.refresh_relays()  # hop rows show the relay list's country and flags
        self._show_circuits_on_map()

    def show_status(self, status: TorStatus) -> None:
        """After tor came back, what it remembers may differ from what we showed."""
        before, self._phase = self._phase, status.phase
        if self._connection is None or before is status.phase:
            return
        self._set_connected(status.phase is ConnectionPhase.CONNECTED)
        if status.phase is ConnectionPhase.DISCONNECTED:
            self.circuit_feed.clear()
        elif status.phase is ConnectionPhase.CONNECTED:
            self._tasks.spawn(self._load_all(self._connection))

    def detach(self) -> None:
        if self._unsubscribe is not None:
            with contextlib.suppress(Exception):  # the connection may already be gone
                self._unsubscribe()
            self._unsubscribe = None
        if self.loader is not None:
            self.loader.stop_following()
            self.loader = None
        self.log_feed.detach()
        self._log_attached = False
        self.config_feed.detach()
        self._config_attached = False
        self.circuit_feed.clear()
        self.circuit_feed.hold = contextlib.nullcontext
        self._connection = None
        self._phase = ConnectionPhase.DISCONNECTED
        self._set_connected(False)

    def _set_connected(self, connected: bool) -> None:
        self._connected = connected
        if self._circuits is not None:
            self._circuits.set_connected(connected)
        if self._relays is not None:
            self._relays.set_connected(connected)

    # --- commands the pages ask for --------------------------------------------------

    def _run(self, command: str, *args: str) -> None:
        if self._connection is None:
            self.error.emit(self.tr("Not connected to tor."))
            return
        self._tasks.spawn(self._command(getattr(self._connection, command), *args))

    async def _command(self, function: Callable[..., Any], *args: str) -> None:
        try:
            await function(*args)
        except TorError as error:
            self.error.emit(str(error))

    def _show_circuits_on_map(self) -> None:
        if self._relays is None:  # built later: it asks for the paths then
            return
        state = self.circuit_feed.state
        paths = {
            circuit.id: [hop.fingerprint for hop in circuit.hops]
            for circuit in state.circuits.values()
            if circuit.status == "BUILT" and not is_internal(circuit)
        }
        if paths != self._map_paths:  # most changes are streams and traffic, not paths
            self._map_paths = paths
            self._relays.set_circuits(paths)
