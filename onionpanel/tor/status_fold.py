"""What a batch of STATUS_* / bootstrap updates does to the connection's status (pure).

  fold_status_updates(bootstrap, problem, updates, on_notice=None) -> (Bootstrap, Notice | None)
                      the latest bootstrap, and the problem still unresolved after them;
                      on_notice(notice) is called for each notice, in order

A finished bootstrap resolves a bootstrap problem; an established circuit resolves that and
"circuit not established". Other problems stay until a newer problem replaces them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from onionpanel.core.status import Bootstrap, Notice, NoticeKind
from onionpanel.tor.translate import StatusUpdate

_SOLVED_BY_CIRCUITS = (NoticeKind.BOOTSTRAP_PROBLEM, NoticeKind.CIRCUIT_NOT_ESTABLISHED)


def fold_status_updates(
    bootstrap: Bootstrap,
    problem: Notice | None,
    updates: Iterable[StatusUpdate],
    on_notice: Callable[[Notice], None] | None = None,
) -> tuple[Bootstrap, Notice | None]:
    for update in updates:
        if update.bootstrap is not None:
            bootstrap = update.bootstrap
            if bootstrap.done and problem and problem.kind is NoticeKind.BOOTSTRAP_PROBLEM:
                problem = None
        notice = update.notice
        if notice is None:
            continue
        if notice.is_problem:
            problem = notice
        elif notice.kind is NoticeKind.CIRCUIT_ESTABLISHED and problem is not None:
            problem = None if problem.kind in _SOLVED_BY_CIRCUITS else problem
        if on_notice is not None:
            on_notice(notice)
    return bootstrap, problem
