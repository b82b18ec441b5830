"""Relays from tor, before any relay widget exists: the tray alone keeps relays and their
countries (what circuit rows name), and the Relays page binds the same loader when it is built.
Nothing here imports the map or the list, so a panel that never shows them never loads them.

  await connect_relay_page(page, connection, database=None) -> RelayLoader
                                         locator + loader + events, then one full load
                                         (page None: not built yet, page.bind(loader) later;
                                         until then the loader keeps relays and countries only)
  tor_country_lookup(get_info, get_info_many=None) -> CountryLookup
                                         tor's ip-to-country for GeoLocator, batched
  Connection                             what they need of TorConnection
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from onionpanel.geo.locator import CountryLookup, GeoLocator
from onionpanel.tor.info_many import InfoAnswers
from onionpanel.tor.relay_events import NS_EVENTS, ns_event_text
from onionpanel.ui.relays.loader import RelayLoader

if TYPE_CHECKING:
    from onionpanel.ui.relays.page import RelayPage


def tor_country_lookup(
    get_info: Callable[[str], Awaitable[str]],
    get_info_many: Callable[[Iterable[str]], Awaitable[InfoAnswers]] | None = None,
) -> CountryLookup:
    """A batch ``ip-to-country`` lookup over tor's control port for GeoLocator.

    With ``get_info_many`` (TorConnection's), a thousand addresses per GETINFO; an address
    tor refuses is "??" and costs the others nothing. Without it, one GETINFO per address.
    A lost connection is raised, not taken for "??" at every address: the load is retried.
    """

    async def lookup(ips: Sequence[str]) -> Mapping[str, str]:
        if get_info_many is not None:
            keys: dict[str, str] = {}
            for count, ip in enumerate(ips, start=1):
                if _one_word(ip):
                    keys["ip-to-country/" + ip] = ip
                if count % _TURN == 0:  # 8k addresses in one go held the loop for ~8 ms
                    await asyncio.sleep(0)
            values = (await get_info_many(keys)).values
            found: dict[str, str] = {}
            for count, ip in enumerate(ips, start=1):
                found[ip] = values.get("ip-to-country/" + ip, "??").strip()
                if count % _TURN == 0:
                    await asyncio.sleep(0)
            return found
        each: dict[str, str] = {}
        for ip in ips:
            try:
                each[ip] = (await get_info(f"ip-to-country/{ip}")).strip()
            except Exception:  # whatever the tor layer raises for one address
                each[ip] = "??"
        return each

    return lookup


_TURN = 2000  # addresses between two turns of the loop


def _one_word(text: str) -> bool:
    return bool(text) and text.isascii() and text.isprintable() and " " not in text


class Connection(Protocol):
    """What the page needs of onionpanel.tor.connection.TorConnection."""

    async def get_info(self, key: str) -> str: ...

    async def get_info_many(self, keys: Iterable[str]) -> InfoAnswers: ...

    def add_event_handler(
        self,
        event_types: Iterable[str],
        handler: Callable[[list[Any]], None],
        translate: Callable[[Any], Any] | None = None,
    ) -> Callable[[], None]: ...


async def connect_relay_page(
    page: RelayPage | None,
    connection: Connection,
    *,
    database: Path | None = None,
    invent_places: bool = False,
) -> RelayLoader:
    """Locate with ``database`` (or a MaxMind-format file in the standard places, else tor's
    ip-to-country), follow NS/NEWCONSENSUS events, and load every relay once.
    ``invent_places`` (the sandbox): relays nothing places get made-up places, and the page
    says so. ``loader.stop_following()`` unsubscribes."""
    many = getattr(connection, "get_info_many", None)  # test doubles may have only get_info
    locator = GeoLocator(database, tor_country=tor_country_lookup(connection.get_info, many))
    # no page yet (the tray alone): relays and their countries, what circuit rows name; the
    # page asks for places and details when it is built (RelayPage.bind)
    loader = RelayLoader(
        connection.get_info, locator, invent_places=invent_places, full=page is not None
    )
    if page is not None:  # None: the page is built later and binds the loader then
        page.bind(loader)
    loader.stop_following = connection.add_event_handler(NS_EVENTS, loader.on_events, ns_event_text)
    try:
        await loader.load()
    except BaseException:
        loader.stop_following()  # the caller gets no loader to stop later
        raise
    return loader
