"""The status page's "Routed networks" box: the routing helper's [[router]] entries.

RoutersBox(QGroupBox)
|- show_routers(routers, applied)   one block per entry: its policy, where its traffic goes,
|                                   the blocked count (while it counts) and a warning per
|                                   forwarding sysctl that is off; hidden without entries
|- texts() -> list[str]             every line shown, for tests
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from onionpanel.core.routers import RouterInfo
from onionpanel.ui.common.routers import RouterWords

WARNING_STYLE = "QLabel { background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px; }"


class RoutersBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Routed networks"), parent)
        self.setAccessibleName(self.tr("Routed networks"))
        self._words = RouterWords(self)
        self._layout = QVBoxLayout(self)
        self._labels: list[QLabel] = []
        self._shown: list[tuple[str, str]] = []  # (kind, text) of each label
        self.hide()

    def show_routers(self, routers: Sequence[RouterInfo], applied: str) -> None:
        lines = self._lines(routers, applied)
        self.setVisible(bool(routers))
        if [kind for kind, _ in lines] == [kind for kind, _ in self._shown]:
            for label, (_, text) in zip(self._labels, lines, strict=True):
                label.setText(text)  # only a count changed: no flicker, no new widgets
            self._shown = lines
            return
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels = [self._label(kind, text) for kind, text in lines]
        self._shown = lines

    def _lines(self, routers: Sequence[RouterInfo], applied: str) -> list[tuple[str, str]]:
        lines = []
        for router in routers:
            lines.append(("policy", self._words.policy(router, applied)))
            detail = self._words.detail(router)
            if detail and applied not in ("", "off", "lockdown"):
                lines.append(("detail", detail))
            if self._words.counts(router, applied):
                lines.append(("blocked", self._words.blocked(router)))
            lines += [("warning", self._words.sysctl_off(router, s)) for s in router.sysctls_off]
        return lines

    def _label(self, kind: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        names = {
            "policy": self.tr("Routed interfaces"),
            "detail": self.tr("Where their traffic goes"),
            "blocked": self.tr("Blocked attempts to leave around Tor"),
            "warning": self.tr("Forwarding problem"),
        }
        label.setAccessibleName(names[kind])
        if kind == "policy":
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        elif kind == "warning":
            label.setStyleSheet(WARNING_STYLE)
        elif kind in ("detail", "blocked"):
            label.setIndent(12)  # belongs to the policy above it
        self._layout.addWidget(label)
        return label

    def texts(self) -> list[str]:
        return [label.text() for label in self._labels]
