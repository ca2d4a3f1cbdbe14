"""The employer model's candidates: organisation-shaped names and what is said around them."""

from __future__ import annotations

from footprint.detect import employer_model as module
from footprint.detect.employer_model import candidates, employer_model, find_employer
from footprint.model import Detection, Document, Subject

SUBJECT = Subject(full_name="Catrin Hywel-Prosser")


def names(text: str) -> dict[str, frozenset[str]]:
    return {c.name: c.features for c in candidates(Document(source_id="S1", text=text), SUBJECT)}


def test_organisation_shaped_names_are_candidates_and_other_capitalised_words_are_not():
    found = names("Catrin here. The Saturday slot works around my shifts with Gwent Police. Lovely Sunday in Tenby with Mari.")
    assert list(found) == ["Gwent Police"]
    assert {"c:work_life", "c:first_person", "s:link_before", "h:police"} <= found["Gwent Police"]


def test_a_welsh_team_name_and_an_acronym_are_candidates():
    found = names("Diolch i'm cydweithwyr yn y Tîm Nyrsys Ardal Arfon.\nHCA 🩺 BCUHB | mam o 3")
    assert "Tîm Nyrsys Ardal Arfon" in found and "h:tîm" not in found["Tîm Nyrsys Ardal Arfon"]
    assert "h:tim" in found["Tîm Nyrsys Ardal Arfon"]
    assert "BCUHB" in found and "h:acronym" in found["BCUHB"]


def test_former_and_volunteering_cues_are_read():
    found = names("I used to work at Cwm Taf Care Home. I volunteer with Cyfeillion Darllen Môn Trust.")
    assert "c:former" in found["Cwm Taf Care Home"]
    assert "c:volunteer" in found["Cyfeillion Darllen Môn Trust"]


def test_the_model_names_an_employer_the_cues_miss():
    text = ("Catrin Hywel-Prosser\nSome of you know I'm on the labour ward at Ysbyty Glan Clwyd, "
            "so my shifts decide when I can help with the fair.")
    found = find_employer(Document(source_id="S1", text=text), SUBJECT)
    assert [d.value for d in found if d.owner is not False] == ["Ysbyty Glan Clwyd"]


def test_a_page_that_never_names_the_person_gives_no_employer_from_the_model():
    # The cues find nothing here; the model would, on a page that named the person.
    text = "Some of you know Ysbyty Glan Clwyd keeps me busy on the labour ward, so my shifts decide when I can help."
    assert find_employer(Document(source_id="S1", text=text), SUBJECT) == []
    assert find_employer(Document(source_id="S1", text="Catrin Hywel-Prosser\n" + text), SUBJECT) != []


def test_the_model_file_is_used():
    assert 0 < employer_model().threshold < 1


def test_the_pages_own_organisation_on_a_page_listing_the_person_with_a_job_is_marked():
    text = ("Meet the team | Pant Glas Vets\nOur team\nCatrin Hywel-Prosser RVN\nHead Nurse\nCatrin joined Pant Glas Vets in 2016.\n"
            "Gwyn Ellis\nVet surgeon. Gwyn volunteers with Cyfeillion Darllen Môn Trust.")
    document = Document(source_id="S1", text=text, meta={"title": "Meet the team | Pant Glas Vets"})
    found = {c.name: c.features for c in candidates(document, SUBJECT)}
    assert {"p:in_title", "p:person_with_job", "p:in_title_person_with_job"} <= found["Pant Glas Vets"]
    assert "p:in_title" not in found["Cyfeillion Darllen Môn Trust"]
    # the person not listed with a job: the page's organisation is only in its title
    other = Document(source_id="S1", text=text.replace("Catrin Hywel-Prosser RVN\nHead Nurse\n", ""), meta=document.meta)
    assert "p:person_with_job" not in {c.name: c.features for c in candidates(other, SUBJECT)}["Pant Glas Vets"]


def test_a_name_the_cues_leave_unattributed_does_not_raise_the_bar_for_the_model(monkeypatch):
    # "Penderyn Works at Dusk" in a results table gives the cues "Dusk", no one's in particular; the person's own
    # workplace, which only the model finds, still needs only the model's own threshold.
    text = "Bethan Rees-Morgan posted: three long ones at Ysbyty Glan Wennol this week so here's what it actually looks like."
    document = Document(source_id="S1", text=text)
    unattributed = Detection(kind="employer", value="Dusk", evidence="Penderyn Works at Dusk", source_id="S1", owner=None)
    monkeypatch.setattr(module, "employers_by_cues", lambda document, subject: [unattributed])
    assert "Ysbyty Glan Wennol" in {d.value for d in find_employer(document, Subject(full_name="Bethan Rees-Morgan"))}


def _titled(title: str, text: str) -> dict[str, frozenset[str]]:
    document = Document(source_id="S1", text=text, meta={"title": title})
    return {c.name: c.features for c in candidates(document, SUBJECT)}


def test_the_sites_own_name_from_its_title_and_header_is_a_candidate_whatever_its_words():
    found = _titled("Meet our drivers – Catrin Hywel-Prosser | Cwm Cabs, Aberdare",
                    "🚕 Cwm Cabs\nAberdare's local taxi since 1994\nCatrin has driven for us since 2019.")
    assert {"p:site_name", "p:site_staff_page", "p:in_title"} <= found["Cwm Cabs"]
    team = _titled("Meet the Team | Cwm Cabs", "Meet the Team\nCwm Cabs\nCatrin drives.")
    assert "p:site_name" in team["Cwm Cabs"] and "p:site_name" not in team["Meet the Team"]


def test_a_title_part_is_not_a_site_name_unless_it_stands_as_a_line_of_its_own():
    found = _titled("About | Tea, Toast & Teenagers", "Tea, Toast & Teenagers\nFostering and far too much tea. Catrin")
    assert "Tea" not in found
    blog = _titled("Forty today! | Front Seat Views", "Front Seat Views\nThirteen years behind the wheel. Catrin")
    assert "p:site_staff_page" not in blog.get("Front Seat Views", frozenset())


def test_a_welsh_public_bodys_short_name_is_a_candidate_though_no_word_says_what_it_is():
    found = names("Catrin here. My last home visit for Hywel Dda ran late, and Betsi are no better up north.")
    assert "h:known_body" in found["Hywel Dda"] and "h:known_body" in found["Betsi"]
    full = names("Catrin, health visitor with Hywel Dda University Health Board.")
    assert list(full) == ["Hywel Dda University Health Board"] and "h:known_body" in full["Hywel Dda University Health Board"]


def test_a_forums_own_name_is_not_an_employer():
    found = _titled("Carving spoons with kids | Green Wood Cymru Forum",
                    "Green Wood Cymru Forum\nWhittling, spoon carving and pole lathes. Catrin posted:")
    assert not any(name.startswith("Green Wood") for name in found)
