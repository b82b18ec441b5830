"""How long the log page holds the loop while a DEBUG flood comes in.

    python -m bench.log_flood [--entries 20000] [--batch 200]

Feeds real-shaped tor debug lines to a shown LogPage in batches (the bridge delivers one batch
per 16 ms frame), with a text search active, the ring buffer at its default 5,000 entries so
it is dropping from the front. Prints the median and worst time per batch; nothing else.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from PySide6.QtWidgets import QApplication

from onionpanel.core.log import LogEntry, Severity
from onionpanel.ui.log.page import LogPage

LINES = (
    "connection_handle_write_impl(): After TLS write of 514: 0 read, 514 written",
    "circuit_receive_relay_cell(): Passing on unrecognized cell.",
    "conn_read_callback(): socket 14 wants to read.",
    "channel_tls_handle_cell(): Received a cell with command 3 on channel 42",
    "relay_lookup_conn(): Looking for stream 5421 on circuit 3003482",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    page = LogPage()
    page.resize(900, 500)
    page.show()
    page.verbose_check.setChecked(True)
    page.search_edit.setText("circuit")
    app.processEvents()

    timings = []
    now = time.time()
    for start in range(0, args.entries, args.batch):
        batch = [
            LogEntry(now + n / 1000, Severity.DEBUG, f"{LINES[n % len(LINES)]} #{n}")
            for n in range(start, start + args.batch)
        ]
        began = time.perf_counter()
        page.add_entries(batch)
        app.processEvents()  # the repaint the batch causes
        timings.append((time.perf_counter() - began) * 1000)

    print(
        f"{args.entries} debug entries in batches of {args.batch}, search active, "
        f"buffer {page.model.buffer.capacity}: per batch median "
        f"{statistics.median(timings):.1f} ms, 95th percentile "
        f"{statistics.quantiles(timings, n=20)[-1]:.1f} ms, worst {max(timings):.1f} ms "
        f"({len(page.visible_entries())} rows shown)"
    )
    began = time.perf_counter()
    page.search_edit.clear()
    app.processEvents()
    print(
        f"clearing the search over {len(page.model.buffer)} entries: "
        f"{(time.perf_counter() - began) * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
