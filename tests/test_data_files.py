"""The data files are the product's words: they must be complete and consistent."""

from __future__ import annotations

import re

from footprint.datafiles import finding_kinds, guidance, query_templates, remediation_steps, sites, terms
from footprint.detect import PHOTO_DETECTORS, TEXT_DETECTORS
from footprint.model import Category
from footprint.redact import REDACTORS


def test_every_finding_kind_cites_known_guidance_and_remediation():
    _, points, notify = guidance()
    steps = remediation_steps()
    for kind in finding_kinds().values():
        assert kind.guidance, kind.kind
        assert set(kind.guidance) <= set(points), kind.kind
        assert kind.remediation and set(kind.remediation) <= set(steps), kind.kind
        assert kind.redact == "none" or kind.redact in REDACTORS, kind.kind
        assert not kind.notify or kind.notify in notify, kind.kind


def test_every_category_has_a_kind():
    assert {k.category for k in finding_kinds().values()} == set(Category)


def test_guidance_holds_the_cwm_taf_points_and_notify_list():
    citation, points, notify = guidance()
    assert "Cwm Taf" in citation
    assert len(points) == 13
    assert {"notify-press", "notify-clone", "notify-contact"} <= set(notify)
    # Some points cannot be checked from outside; the report turns them into a checklist.
    assert any(not p.checked_by_tool for p in points.values())


def test_remediation_steps_carry_a_check_date():
    for step in remediation_steps().values():
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", step.checked), step.id
        assert step.steps and step.title


def test_query_templates_only_use_known_fields():
    for entry in query_templates():
        assert set(re.findall(r"{(\w+)}", entry["template"])) <= {"name", "town", "employer", "role"}, entry
        assert entry["names"] in {"primary", "variants", "others"} and entry["type"] in {"text", "image"}, entry


def test_site_list_and_terms_are_well_formed():
    for site in sites():
        assert site["kind"] in {"social", "people_finder", "register", "press"}
        assert "." in site["domain"] and "/" not in site["domain"]
    for key, values in terms().items():
        assert values and all(v == v.lower() for v in values), key


def test_registry_is_explicit_and_named():
    names = [d.__name__ for d in TEXT_DETECTORS + PHOTO_DETECTORS]
    assert len(names) == len(set(names))
    assert all(name.startswith("find_") for name in names)
