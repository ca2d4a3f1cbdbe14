"""The learned contact model (detect/contact_model.py): a number a place answers is not the person's
even when the rules could not tell; a detail offered as the writer's own stays theirs; the model only
ever takes a detail away from the person. Texts are made up for these tests."""

from __future__ import annotations

from footprint.detect import detect_document
from footprint.detect.contact import find_phones
from footprint.detect.contact_model import KINDS, judge_contacts
from footprint.model import Detection, Document, Subject

OWNER = Subject(full_name="Bethan Rees-Morgan")


def owners(text: str) -> dict[str, bool | None]:
    return {d.value: d.owner for d in detect_document(Document(source_id="S1", text=text), OWNER) if d.kind in KINDS}


def test_a_number_a_place_answers_is_someone_elses_where_the_rules_could_not_tell():
    text = "The surgery has moved: call 01632 960333 for appointments."
    assert [d.owner for d in find_phones(Document(source_id="S1", text=text), OWNER)] == [None]
    assert owners(text) == {"+441632960333": False}


def test_details_offered_as_the_writers_own_stay_theirs():
    found = owners("Any questions, text me on 07700 900123 or email bethan.rees@example.com.")
    assert found.keys() == {"+447700900123", "bethan.rees@example.com"}
    assert False not in found.values()


def test_the_model_never_gives_a_detail_to_the_person():
    page = Document(source_id="S1", text="Text me on 07700 900123, it's my own mobile.")
    theirs = Detection(kind="phone", value="+447700900123", evidence="", source_id="S1", match="07700 900123", owner=False)
    assert judge_contacts(page, OWNER, [theirs]) == [theirs]


def test_an_unopposed_detail_in_the_main_text_needs_a_clearer_veto():
    from footprint.detect.contact_model import unopposed, vetoed

    alone = frozenset({"k:phone", "rules:None", "o:in_main_text"})
    beside_someone = alone | {"nl:someone_else"}
    assert unopposed(alone) and not unopposed(beside_someone)
    assert not vetoed(alone, 0.45, 0.5) and vetoed(beside_someone, 0.45, 0.5)
    assert vetoed(alone, 0.35, 0.5)


def test_a_name_in_another_field_of_a_card_is_not_read_beside_the_detail():
    from footprint.detect.contact_model import contact_features

    text = ("Bethan Rees-Morgan\nMorning Run\n6.41\nkm\nShoes\nBrooks Ghost 15 (412.8 km)\nStart location:\n"
            "Maes y Deri, Tonyrefail, Porth CF39 8WZ\nTip: hide the start of your activities.")
    document = Document(source_id="S1", text=text)
    postcode = Detection(kind="postcode", value="CF39 8WZ", evidence="", source_id="S1", match="CF39 8WZ")
    assert "nl:someone_else" not in contact_features(document, OWNER, postcode)
    # without the field's label the name above is still read as beside it
    unlabelled = Document(source_id="S1", text=text.replace("Start location:\n", ""))
    assert "nl:someone_else" in contact_features(unlabelled, OWNER, postcode)
