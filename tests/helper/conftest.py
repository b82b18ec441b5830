"""Fixtures for the routing helper tests (see routing_netns.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from routing_netns import (
    FrameCounter,
    NetNs,
    ProfileSlice,
    cgroup2_root,
    load_example,
    make_netns,
    remove_netns,
)

from onionpanel.helper.config import Config


@pytest.fixture
def example_config() -> Config:
    return load_example()


@pytest.fixture
def netns() -> Iterator[NetNs]:
    namespace = make_netns()
    try:
        yield namespace
    finally:
        remove_netns(namespace)


@pytest.fixture
def bank_slice() -> Iterator[ProfileSlice]:
    root = cgroup2_root()
    if root is None:
        pytest.skip("no cgroup v2 hierarchy on this machine")
    profile_slice = ProfileSlice(root, "65534", "bank")
    profile_slice.create()
    try:
        yield profile_slice
    finally:
        profile_slice.remove()


@pytest.fixture
def counter(netns: NetNs) -> FrameCounter:
    """The independent frame counter on the far side of the client's veth (frame_counter.py)."""
    return FrameCounter(netns)
