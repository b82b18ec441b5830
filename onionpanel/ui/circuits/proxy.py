"""The circuits view's filter: tor's internal circuits hidden until asked for.

CircuitFilterProxy          hides internal circuits (unless they carry streams) until
|- set_show_internal(bool)  the toggle asks for them; keeps hops in path order when sorting
circuit_ids(indexes)        the distinct circuit ids of selected circuit or hop rows
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from onionpanel.ui.circuits.roles import (
    CIRCUIT_ID_ROLE,
    KIND_ROLE,
    SHOWN,
    SORT_ROLE,
    VISIBLE_ROLE,
    AnyIndex,
)


class CircuitFilterProxy(QSortFilterProxyModel):
    """Hides tor's internal circuits unless asked, but never one that carries streams.

    Filtering is Qt's own, on VISIBLE_ROLE, so it runs in C++ (see CircuitModel)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_internal = False
        self.setSortRole(SORT_ROLE)
        self.setRecursiveFilteringEnabled(False)
        self.setFilterRole(VISIBLE_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterFixedString(SHOWN)

    @property
    def show_internal(self) -> bool:
        return self._show_internal

    def set_show_internal(self, show: bool) -> None:
        if show != self._show_internal:
            self._show_internal = show
            self.setFilterFixedString("" if show else SHOWN)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802
        # only called when someone sorts (the circuits view does not)
        if left.parent().isValid():  # hops, then streams, in the order tor reported them
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return left.row() < right.row() if ascending else left.row() > right.row()
        return bool(super().lessThan(left, right))


def circuit_ids(indexes: Iterable[AnyIndex]) -> list[str]:
    """The distinct circuit ids of selected circuit rows (hop rows count for their circuit)."""
    seen: list[str] = []
    for index in indexes:
        if index.data(KIND_ROLE) in ("circuit", "hop"):
            circuit_id = index.data(CIRCUIT_ID_ROLE)
            if circuit_id and circuit_id not in seen:
                seen.append(circuit_id)
    return seen
