"""What the Status page will show, kept while the window does not exist (tray only): the window
is built when someone opens it, not because tor said something (issue 18: a tray-only panel
built its whole window at attach, for the SOCKS listeners and the first notice).

  StatusView                       Protocol: what the panel tells the Status page
  StatusBacklog(StatusView)
  |- add_notice(notice)            per kind: the latest, when it came first, and how often
  |- show_socks_ports(addresses, own_tor=False)
  |- hand_over(status_page)        the page shows all of it; the backlog is empty afterwards
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTime

from onionpanel.core.status import Notice, NoticeKind

if TYPE_CHECKING:
    from onionpanel.ui.status.page import StatusPage


class StatusView(Protocol):
    """What the panel tells the Status page, or the backlog standing in for it."""

    def add_notice(self, notice: Notice) -> None: ...

    def show_socks_ports(self, addresses: Sequence[str], *, own_tor: bool = False) -> None: ...


class StatusBacklog:
    def __init__(self) -> None:
        self._socks_ports: tuple[list[str], bool] = ([], False)
        # kind -> (latest notice, first came, last came, times); oldest last arrival first
        self._notices: dict[NoticeKind, tuple[Notice, QTime, QTime, int]] = {}

    def add_notice(self, notice: Notice) -> None:
        now = QTime.currentTime()
        _, first, _, times = self._notices.pop(notice.kind, (notice, now, now, 0))
        self._notices[notice.kind] = (notice, first, now, times + 1)

    def show_socks_ports(self, addresses: Sequence[str], *, own_tor: bool = False) -> None:
        self._socks_ports = (list(addresses), own_tor)

    def hand_over(self, page: StatusPage) -> None:
        addresses, own_tor = self._socks_ports
        page.show_socks_ports(addresses, own_tor=own_tor)
        notices, self._notices = self._notices, {}
        for notice, first, last, times in notices.values():  # the newest ends on top
            page.add_notice(notice, last, first=first, times=times)
