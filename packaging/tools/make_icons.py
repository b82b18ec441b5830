#!/usr/bin/env python3
"""Draw the application icon into the hicolor theme layout, from the tray's own drawing code.

  python3 packaging/tools/make_icons.py [OUT_DIR]    (default: onionpanel/resources/icons)

Writes hicolor/scalable/apps/org.onionpanel.OnionPanel.svg and hicolor/NxN/apps/….png for
every size in SIZES, all painted by onionpanel.ui.shell.tray.paint_app_icon, the function the
tray's "connected" icon shares its onion with. tests/packaging/test_desktop_files.py redraws
them and fails when the committed files no longer match the code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.onionpanel.OnionPanel"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SVG_SIZE = 64  # the SVG's user units; it scales to any size


def make_icons(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgGenerator

    from onionpanel.ui.shell.tray import paint_app_icon

    _app = QGuiApplication.instance() or QGuiApplication([])
    written = []
    svg = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    generator = QSvgGenerator()
    generator.setFileName(str(svg))
    generator.setSize(QSize(SVG_SIZE, SVG_SIZE))
    generator.setViewBox(QRect(0, 0, SVG_SIZE, SVG_SIZE))
    generator.setTitle("OnionPanel")
    generator.setDescription("OnionPanel application icon")
    painter = QPainter(generator)
    paint_app_icon(painter, SVG_SIZE)
    painter.end()
    written.append(svg)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        paint_app_icon(painter, size)
        painter.end()
        png = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        png.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(png), "PNG")
        written.append(png)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "onionpanel/resources/icons"
    for path in make_icons(target):
        print(path)
