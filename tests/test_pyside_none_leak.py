"""PySide6 6.12.0 on Python 3.11 loses a reference to None on every void call and then aborts
with ``none_dealloc``. This fails if the installed PySide6 has that bug, whatever its version."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_references_to_none(qapp: QApplication) -> None:
    label = QLabel()
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for index in range(2000):
        label.setText(str(index))
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"PySide6 dropped {lost} references to None in 2000 setText calls"
