"""Benchmark: a synthetic 8,000-relay network through the real loader onto the real map widget.

  python -m bench.relay_load [--relays 8000] [--runs 3] [--mode md|desc]
                             [--geo mmdb|tor-files|tor-getinfo] [--late]

``--late``: the panel's usual order. The relays are loaded as for the tray alone (relays and
countries, RelayLoader(full=False)) before the clock starts; the figures then time the page
being shown: places, the picture and the details (RelayLoader.want_everything).

Prints, per run and as medians:
  ready_ms        time from asking for ns/all to the map painted with every relay (parse +
                  geo lookups + placement + the cached picture; target <= 500; on tor's GeoIP
                  path <= 300); ready_cpu_ms is the CPU this process (all threads) spent
                  meanwhile: the figure other processes on a shared machine do not inflate
  loaded_ms       until load() returned: desc/all-recent details attached too (they follow
                  the map: family, exit policy, uptime are not drawn); a microdescriptor
                  client (--mode md) asks for no details here: md/id/<fp> when a relay is
                  looked at (with_details is then 0)
  rss_mb          VmRSS of this process with the 8k-relay map loaded (Qt, the map, the relay
                  records, the bench's own tor connection; the panel has other pages too)
  rss_added_mb    peak RSS added by the load (VmHWM after minus VmRSS before; target <= 40)
  longest_block_ms the longest gap of a 1 ms heartbeat QTimer on the loop during the load,
                  minus 1 ms (target <= 16, aim 8); longest_block_cpu_ms is the CPU time the
                  loop thread spent in its longest gap (the block without other processes'
                  preemption, which on a shared 2-core box dominates the wall figure)
  repaint_ms      median repaint of the loaded map (hover + circuit change; target <= 4)
  table_fill_ms, table_fill_block_ms   the relay list filled with every relay: all its
                  steps (CPU), and the longest one (set_relays or one chunk; aim 8)
  table_sort_ms   then sorted by bandwidth (one block, a click; no target in the issue)
  rebuild_ms      total work to rebuild the cached layer at a new zoom level, all slices back
                  to back (design goal <= 50; on the loop it is spread over several paints)
  longest run of each step   per step on the loop (asyncio steps by the function they
                  stopped in, the map's paints and layer slices, the relay list fill; see
                  bench/loop_steps.py), and what ran in the longest block of each run
  cluster_zN_ms, clusters_zN   core.clusters over every placed relay (equirectangular, 1200 px
                  for the world, radius 14 px) at zoom N: CPU of one full pass and the count
                  (the widget would spread a pass over steps: core.clusters.Clustering)

The replies are in memory: what the tor connection's get_info would hand over. Geo lookups:
  mmdb         a MaxMind-format City database built here with mmdb-writer (one location per /8)
  tor-files    tor's GeoIP path, as on Debian without a MaxMind file: a real tor of our own
               (DisableNetwork) answers config/defaults, config-text and the probe addresses
               through TorConnection; the locator then reads tor's own files here
               (geo.torgeoip) and places relays on their country's land (geo.places)
  tor-getinfo  the same tor, but asked for every address (what the panel does when tor's
               files cannot be read here, e.g. tor in another container): ip-to-country keys
               by the thousand per GETINFO (TorConnection.get_info_many)
With tor-*, ``placed`` counts relays with a spot and ``on_land_pct`` the share of them inside
the map's outlines.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mmdb_writer import MMDBWriter
from netaddr import IPSet

import qasync
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench.loop_steps import StepTimer
from bench.synthetic_consensus import (
    synthetic_descriptors,
    synthetic_md_client,
    synthetic_ns_all,
)
from onionpanel.core.clusters import CLUSTER_RADIUS_PX, cluster_points
from onionpanel.geo.locator import GeoLocator
from onionpanel.geo.places import land_share
from onionpanel.geo.world import load_world
from onionpanel.launcher.process import TorProcess
from onionpanel.tor.connection import TorConnection
from onionpanel.ui.common.runtime import keep_long_lived, tune_for_gui
from onionpanel.ui.relays.connect import tor_country_lookup
from onionpanel.ui.relays.loader import RelayLoader
from onionpanel.ui.relays.map_view import MapView
from onionpanel.ui.relays.table import RelayListView


def build_db(path: Path) -> Path:
    rng = random.Random(3)
    writer = MMDBWriter(ip_version=4, database_type="GeoLite2-City", languages=["en"])
    for first in range(1, 224):
        writer.insert_network(
            IPSet([f"{first}.0.0.0/8"]),
            {
                "country": {"iso_code": "DE"},
                "city": {"names": {"en": f"City {first}"}},
                "location": {
                    "latitude": rng.uniform(-45, 65),
                    "longitude": rng.uniform(-125, 150),
                },
            },
        )
    writer.to_db_file(str(path))
    return path


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def reset_peak_rss() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


class Heartbeat:
    """A 1 ms timer on the loop; the longest gap between its ticks is the longest block."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = self.last_cpu = 0.0
        self.longest = self.longest_cpu = 0.0
        self.where = self.where_cpu = (0.0, 0.0)  # when the longest gaps began and ended

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self.last:
            if now - self.last > self.longest:
                self.longest, self.where = now - self.last, (self.last, now)
            # CPU time this thread spent in the gap: the block without the shared box's
            # preemption by other processes
            if cpu - self.last_cpu > self.longest_cpu:
                self.longest_cpu, self.where_cpu = cpu - self.last_cpu, (self.last, now)
        self.last, self.last_cpu = now, cpu

    def start(self) -> None:
        self.last = self.longest = self.longest_cpu = 0.0
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        self.timer.stop()
        return max(0.0, self.longest * 1000 - 1.0), self.longest_cpu * 1000


GetInfo = Callable[[str], Awaitable[str]]
AIM_MS = 8.0  # issue 18: no block over this at 8k relays


async def one_run(
    view: MapView,
    geo: str,
    db: Path,
    replies: dict[str, str],
    tor: TorConnection | None,
    steps: StepTimer,
    late: bool = False,
) -> dict[str, float]:
    async def get_info(key: str) -> str:
        if key in replies:
            return replies[key]
        if tor is not None and key.startswith(("ip-to-country/", "config")):
            return await tor.get_info(key)
        raise LookupError(f"{key} is not available")  # what a client without it says

    if geo == "mmdb":
        locator = GeoLocator(db)
    else:  # tor-getinfo: as if tor's files could not be read here
        assert tor is not None
        lookup = tor_country_lookup(get_info, tor.get_info_many)  # as the relay page does
        locator = GeoLocator(tor_country=lookup, search=False, read_tor_files=geo == "tor-files")
    loader = RelayLoader(get_info, locator, full=not late)
    if late:  # the tray's load first (relays and countries); the clock starts at the page
        await loader.load()
    loader.on_change.append(lambda ld, _change: view.set_relays(ld.relays, ld.positions))
    loader.details_after = view.canvas.until_drawn  # as the relay page does
    view.set_relays({}, {})
    view.canvas.repaint()
    await asyncio.sleep(0.05)
    rss_before = _status_kb("VmRSS")
    reset_peak_rss()
    heartbeat = Heartbeat()
    heartbeat.start()
    await asyncio.sleep(0.01)
    with steps:
        started, started_cpu = time.perf_counter(), time.process_time()
        if late:  # what RelayPage.bind does when the page is first built
            view.set_relays(loader.relays, loader.positions)
            filling = loader.want_everything()
            assert filling is not None
            loading = filling
        else:
            loading = asyncio.ensure_future(loader.load())
        canvas = view.canvas
        # late: the relays are on the canvas from the start, without places
        drawn = canvas.placed_count if late else canvas.relay_count
        while not (drawn() and canvas.layer_complete()):  # noqa: ASYNC110
            await asyncio.sleep(0.001)  # polls a Qt widget: there is no event to wait for
        ready = time.perf_counter() - started
        ready_cpu = time.process_time() - started_cpu
        await loading
        loaded = time.perf_counter() - started
        while not canvas.layer_complete():  # noqa: ASYNC110
            await asyncio.sleep(0.001)
        await asyncio.sleep(0.02)
        longest, longest_cpu = heartbeat.stop()
    print(f"  longest block (CPU): {steps.inside(*heartbeat.where_cpu)}")
    rss_added = (_status_kb("VmHWM") - rss_before) / 1024
    return {
        "ready_ms": ready * 1000,
        "ready_cpu_ms": ready_cpu * 1000,
        "loaded_ms": loaded * 1000,
        "rss_added_mb": rss_added,
        "longest_block_ms": longest,
        "longest_block_cpu_ms": longest_cpu,
        "repaint_ms": repaint_ms(view, loader),
        "rss_mb": _status_kb("VmRSS") / 1024,
        "rebuild_ms": rebuild_ms(view),
        **table_ms(loader),
        **cluster_figures(loader),
        "placed": float(len(loader.positions)),
        "on_land_pct": 100 * land_share(loader.positions.values(), load_world().rings),
        "with_details": float(sum(1 for r in loader.relays.values() if r.details)),
    }


def repaint_ms(view: MapView, loader: RelayLoader) -> float:
    canvas = view.canvas
    fps = list(loader.positions)[:30]
    view.set_circuits({str(i): fps[i : i + 3] for i in range(0, 30, 3)})
    samples = []
    for index in range(40):
        canvas.select_circuit(str(index % 10))
        canvas._hovered = fps[index % len(fps)]  # what a mouse move over a relay sets
        started = time.perf_counter()
        canvas.repaint()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def cluster_figures(loader: RelayLoader) -> dict[str, float]:
    figures = {}
    for zoom in (1, 4, 16):
        scale = 1200 / 360 * zoom
        points = {fp: (lon * scale, -lat * scale) for fp, (lon, lat) in loader.positions.items()}
        started = time.thread_time()
        clusters = cluster_points(points, CLUSTER_RADIUS_PX)
        figures[f"cluster_z{zoom}_ms"] = (time.thread_time() - started) * 1000
        figures[f"clusters_z{zoom}"] = float(len(clusters))
    return figures


def table_ms(loader: RelayLoader) -> dict[str, float]:
    """The relay list: fill it with every relay (set_relays, then each chunk the loop would
    run; CPU time of this thread), then sort by bandwidth (one block)."""
    table = RelayListView()
    table.resize(1200, 500)
    table.show()
    started = time.thread_time()
    table.set_relays(loader.relays, loader.countries)
    steps = [time.thread_time() - started]
    while table.model.filling():
        started = time.thread_time()
        table.model._fill_more()  # what the model's zero-timer runs, a turn of the loop each
        steps.append(time.thread_time() - started)
    started = time.perf_counter()
    table.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    sorted_at = time.perf_counter()
    table.close()
    return {
        "table_fill_ms": sum(steps) * 1000,
        "table_fill_block_ms": max(steps) * 1000,
        "table_sort_ms": (sorted_at - started) * 1000,
    }


def rebuild_ms(view: MapView) -> float:
    canvas = view.canvas
    samples = []
    for factor in (1.5, 1 / 1.5, 1.5, 1 / 1.5):
        canvas.zoom_by(factor, QPointF(canvas.width() / 2, canvas.height() / 2))
        started = time.perf_counter()
        canvas.repaint()  # starts the new picture
        while not canvas.layer_complete():  # every slice, back to back: the rebuild's work
            canvas.build_more()
        canvas.repaint()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


async def main_async(args: argparse.Namespace) -> int:
    steps = StepTimer()  # before the canvas exists: it wraps its paintEvent
    view = MapView()
    view.resize(1200, 720)
    view.set_world(load_world())
    view.show()
    md_ns_all, md_all = synthetic_md_client(args.relays)
    modes = {
        # a normal client: microdescriptors (no desc/all-recent)
        "md": {"ns/all": md_ns_all, "md/all": md_all},
        # UseMicrodescriptors 0 (as in the sandbox): server descriptors
        "desc": {"ns/all": synthetic_ns_all(args.relays),
                 "desc/all-recent": synthetic_descriptors(args.relays)},
    }  # fmt: skip
    replies = modes[args.mode]
    sizes = ", ".join(f"{key} {len(text) / 1e6:.2f} MB" for key, text in replies.items())
    print(f"{args.relays} relays, {args.mode} client, geo {args.geo}: {sizes}")
    with tempfile.TemporaryDirectory(prefix=f"relay-load-{os.getpid()}-") as tmp:
        db = build_db(Path(tmp) / "GeoLite2-City.mmdb")
        tor: TorProcess | None = None
        connection: TorConnection | None = None
        if args.geo != "mmdb":
            tor = TorProcess(
                Path(tmp) / "tor",
                ["DisableNetwork 1", "SocksPort 0", "ControlPort 127.0.0.1:auto"],
                owner_pid=os.getpid(),
            )
            tor.start()
            connection = TorConnection(tor.wait_for_control_port(), defaults=())
            await connection.connect()
        results = []
        try:
            for run in range(args.runs):
                result = await one_run(
                    view, args.geo, db, replies, connection, steps, late=args.late
                )
                results.append(result)
                print(f"run {run + 1}: " + "  ".join(f"{k}={v:.1f}" for k, v in result.items()))
        finally:
            if connection is not None:
                await connection.close()
            if tor is not None:
                tor.stop()
    # worst case for memory and blocking (the first load allocates; later ones reuse), median
    # for times
    worst = {"rss_added_mb", "longest_block_ms", "longest_block_cpu_ms"}
    summary = {
        key: (max if key in worst else statistics.median)(r[key] for r in results)
        for key in results[0]
    }
    print("summary (max of rss/blocks, median of times): " + "  ".join(
        f"{key}={value:.1f}" for key, value in summary.items()
    ))  # fmt: skip
    print(f"longest run of each step on the loop during the loads (all runs; aim {AIM_MS:g} ms):")
    print(steps.report(AIM_MS))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relays", type=int, default=8000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mode", choices=("md", "desc"), default="md")
    parser.add_argument("--geo", choices=("mmdb", "tor-files", "tor-getinfo"), default="mmdb")
    parser.add_argument(
        "--late", action="store_true", help="relays loaded for the tray first; time the page"
    )
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    tune_for_gui(
        app
    )  # as onionpanel.ui.shell.app.main does: GIL switch interval, GC on this thread
    keep_long_lived()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
