"""Clusters of relay dots: a count where dots would pile up, split as the user zooms."""

from __future__ import annotations

import math
import random

from onionpanel.core.clusters import Cluster, Clustering, cluster_points, fan_out
from onionpanel.geo.places import load_places


def _scaled(points: dict[str, tuple[float, float]], zoom: float) -> dict[str, tuple[float, float]]:
    return {key: (x * zoom, y * zoom) for key, (x, y) in points.items()}


def test_every_point_is_in_exactly_one_cluster() -> None:
    rng = random.Random(7)
    points = {f"r{i}": (rng.uniform(0, 1200), rng.uniform(0, 700)) for i in range(3000)}
    clusters = cluster_points(points, 14)
    members = [key for cluster in clusters for key in cluster.members]
    assert sorted(members) == sorted(points)
    assert sum(cluster.count for cluster in clusters) == len(points)


def test_clusters_stay_compact_and_show_a_count() -> None:
    rng = random.Random(3)
    # a dense country: 2,000 dots in 100 x 60 px, as Germany looks at world zoom
    points = {f"de{i}": (rng.uniform(500, 600), rng.uniform(200, 260)) for i in range(2000)}
    clusters = cluster_points(points, 14)
    assert 5 < len(clusters) < 200  # neither one blob nor 2,000 overlapping dots
    for cluster in clusters:
        for key in cluster.members:
            x, y = points[key]
            assert math.hypot(x - cluster.x, y - cluster.y) <= 14 * 3  # no chains


def test_zooming_in_splits_clusters_until_every_dot_stands_alone() -> None:
    places = load_places()
    lonlat = {f"de{i}": places.spot("DE", f"de{i}") for i in range(300)}
    points = {key: (spot[0], -spot[1]) for key, spot in lonlat.items() if spot}
    counts = [len(cluster_points(_scaled(points, zoom), 14)) for zoom in (3, 12, 48, 400, 5000)]
    assert counts == sorted(counts)  # more zoom, more (smaller) clusters
    assert counts[0] < 20
    assert counts[-1] == 300


def test_the_same_points_give_the_same_clusters() -> None:
    points = {f"k{i}": (float(i % 37) * 3, float(i // 37) * 5) for i in range(500)}
    assert cluster_points(points, 10) == cluster_points(dict(reversed(points.items())), 10)


def test_relays_on_one_spot_fan_out_around_it() -> None:
    cluster = Cluster(100.0, 50.0, tuple(f"same{i}" for i in range(12)))
    spots = fan_out(cluster, 6)
    assert set(spots) == set(cluster.members)
    assert len(set(spots.values())) == 12
    positions = list(spots.values())
    closest = min(math.dist(a, b) for i, a in enumerate(positions) for b in positions[i + 1 :])
    assert closest >= 4  # readable: dots of 4 px do not cover each other
    assert fan_out(Cluster(1, 2, ("one",)), 6) == {"one": (1, 2)}
    assert fan_out(cluster, 6) == spots


def test_no_radius_means_no_clustering() -> None:
    points = {"a": (1.0, 1.0), "b": (1.0, 1.0)}
    assert [c.count for c in cluster_points(points, 0)] == [1, 1]


def test_clustering_in_small_steps_gives_the_same_clusters() -> None:
    rng = random.Random(11)
    points = {f"r{i}": (rng.gauss(600, 150), rng.gauss(300, 80)) for i in range(4000)}
    clustering = Clustering(points, 14)
    steps = 1
    while not clustering.step(cells=50):
        steps += 1
    assert steps > 5  # the work really was cut into pieces
    assert clustering.clusters == cluster_points(points, 14)
