"""The JSON shapes of footprint's core types, one function each, shared by every output
(report.json, `inspect --json`, `photos --json`)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from footprint.model import Detection, PhotoMeta, Source


def source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "kind": source.kind.value,
        "site_kind": source.site_kind.value if source.site_kind else None,
        "location": source.location,
        "status": source.status.value,
        "reason": source.reason,
        "title": source.title,
        "platform": source.platform,
        "declared": source.declared,
        "parent": source.parent,
    }


def detection_json(detection: Detection) -> dict[str, Any]:
    return {
        "kind": detection.kind,
        "value": detection.value,
        "evidence": detection.evidence,
        "source": detection.source_id,
        "owner": detection.owner,
        # The same as "owner", under the name version 1 used: scripts that score pages read it.
        "subject": detection.owner,
    }


def photo_json(meta: PhotoMeta, detections: list[Detection]) -> dict[str, Any]:
    return {
        "path": meta.path,
        "format": meta.format or None,
        "gps": asdict(meta.gps) if meta.gps else None,
        "gps_time": meta.gps_time or None,
        "place": meta.place or None,
        "taken_at": meta.taken_at or None,
        "device": meta.device,
        "personal_fields": meta.personal_fields,
        "has_thumbnail": meta.has_thumbnail,
        "location_source": meta.location_source or None,
        "findings": [detection_json(d) for d in detections],
        "error": meta.error or None,
    }
