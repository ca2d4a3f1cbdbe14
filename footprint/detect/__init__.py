"""Detectors: pure functions that turn a document or a photo's metadata into Detections.

The registry is an explicit list. To add a detector, write a function with the same
signature as its neighbours, add it here, and give it examples and counterexamples in
tests/test_detectors.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from footprint.detect import (
    birthday_model,
    contact,
    contact_model,
    employer_model,
    family,
    location,
    photo,
    photo_patterns,
    school_model,
    work,
)
from footprint.detect.owner import with_nicknames_on_page
from footprint.model import Detection, Document, PhotoMeta, Source, Subject

log = logging.getLogger(__name__)

TextDetector = Callable[[Document, Subject], list[Detection]]
PhotoDetector = Callable[[Source, PhotoMeta, Subject], list[Detection]]

TEXT_DETECTORS: tuple[TextDetector, ...] = (
    contact.find_emails,
    contact.find_phones,
    contact.find_postcodes,
    contact.find_addresses,
    birthday_model.find_birthdays,
    family.find_children,
    family.find_partners,
    school_model.find_schools,
    family.find_uniform,
    employer_model.find_employer,
    work.find_role,
    work.find_practice,
    work.find_logos,
    location.find_home_area,
    location.find_checkins,
)

PHOTO_DETECTORS: tuple[PhotoDetector, ...] = (
    photo.find_photo_gps,
    photo.find_photo_owner,
    photo.find_photo_serial,
)


PhotoSetDetector = Callable[[list[tuple[Source, PhotoMeta]]], list[Detection]]

# Patterns across all of a person's photos at once (a place that keeps coming back).
PHOTO_SET_DETECTORS: tuple[PhotoSetDetector, ...] = (
    photo_patterns.find_regular_places,
)


def detect_photo_set(photos: list[tuple[Source, PhotoMeta]], public: Sequence[tuple[Source, PhotoMeta]] = ()) -> list[Detection]:
    """Patterns across the person's own photos, and public page images that fall on those patterns."""
    found: list[Detection] = []
    for detector in PHOTO_SET_DETECTORS:
        try:
            found.extend(detector(photos))
        except Exception:
            log.exception("detector %s failed", detector.__name__)
    if public:
        try:
            found.extend(photo_patterns.find_home_in_public_photos(photos, list(public)))
        except Exception:
            log.exception("detector find_home_in_public_photos failed")
    return found


def detect_document(document: Document, subject: Subject) -> list[Detection]:
    found: list[Detection] = []
    subject = with_nicknames_on_page(document, subject)
    for detector in TEXT_DETECTORS:
        try:
            found.extend(detector(document, subject))
        except Exception:  # one detector's bug must not lose the others' findings
            log.exception("detector %s failed on %s", detector.__name__, document.source_id)
    found = schools_worked_at(found)
    found = contact.numbers_beside_own_address(document, subject, found)
    try:
        # A second opinion on whose each email address, phone number and postcode is (detect/contact_model.py).
        return contact_model.judge_contacts(document, subject, found)
    except Exception:
        log.exception("the contact model failed on %s", document.source_id)
        return found


def schools_worked_at(found: list[Detection]) -> list[Detection]:
    """A school found as the person's employer is their school too ("I teach Year 5 at Woodfield Park Primary"):
    the person's workplace tells a stranger where they are every weekday, as their child's school does."""
    employers = {detection.value for detection in found if detection.kind == "employer" and detection.owner is not False}
    return [replace(detection, owner=None) if detection.kind == "school" and detection.owner is False and detection.value in employers
            else detection for detection in found]


def detect_photo(source: Source, meta: PhotoMeta, subject: Subject) -> list[Detection]:
    found: list[Detection] = []
    for detector in PHOTO_DETECTORS:
        try:
            found.extend(detector(source, meta, subject))
        except Exception:
            log.exception("detector %s failed on %s", detector.__name__, source.id)
    return found
