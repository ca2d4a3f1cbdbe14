"""The school model's candidates (every school a page names, with what the rules and the words around
it say) and its verdict on schools the rules tie to the person."""

from __future__ import annotations

from footprint.detect.family import find_schools as schools_by_rules
from footprint.detect.school_model import candidates, find_schools, school_model
from footprint.model import Document, Subject

SUBJECT = Subject(full_name="Catrin Hywel-Prosser")


def page(text: str) -> Document:
    return Document(source_id="S1", text="Catrin Hywel-Prosser\n" + text)


def theirs(text: str) -> list[str]:
    return [d.value for d in find_schools(page(text), SUBJECT) if d.owner is not False]


def test_each_school_is_a_candidate_with_the_rule_that_judged_it():
    text = ("My daughter Ela started at Ysgol Gynradd Cwm Coed today. The concert is at Ysgol Gyfun "
            "Bro Taf hall on Friday.")
    found = {c.value: c.features for c in candidates(page(text), SUBJECT)}
    assert set(found) == {"Ysgol Gynradd Cwm Coed", "Ysgol Gyfun Bro Taf"}
    assert {"r:tied", "o:tied", "c:first_person_singular", "c:own_child_named", "p:schools_2-3"} <= found["Ysgol Gynradd Cwm Coed"]
    assert {"r:venue", "o:not_tied"} <= found["Ysgol Gyfun Bro Taf"]


def test_a_school_the_rules_do_not_tie_stays_someone_elses():
    assert theirs("The concert is at Ysgol Gyfun Bro Taf hall on Friday.") == []


def test_a_childs_school_is_kept():
    assert theirs("My daughter Ela started at Ysgol Gynradd Cwm Coed today.") == ["Ysgol Gynradd Cwm Coed"]


def test_a_club_the_writers_organisation_runs_at_a_school_is_not_their_childs_school():
    # The rules read "we" as the person: the model has learnt that a group's "we" at a school names no child's school.
    text = "We also run a lunchtime club at Ysgol Uwchradd Rhuddlan Fawr on Wednesdays now."
    assert [d.value for d in schools_by_rules(page(text), SUBJECT) if d.owner is not False] == ["Ysgol Uwchradd Rhuddlan Fawr"]
    assert theirs(text) == []


def test_the_model_file_is_used():
    assert 0 < school_model().threshold < 1


def test_the_model_alone_makes_a_school_no_rule_ties_theirs_only_from_its_untied_threshold(monkeypatch):
    from footprint.detect import school_model as module
    from footprint.detect.learned import LinearModel

    text = "The concert is at Ysgol Gyfun Bro Taf hall on Friday."  # no rule ties it (test above)

    def rated(p_bias: float, thresholds: dict[str, float]) -> list[str]:
        monkeypatch.setattr(module, "school_model", lambda: LinearModel(weights={}, bias=p_bias, threshold=0.4, thresholds=thresholds))
        return theirs(text)

    assert rated(3.0, {"untied": 0.8}) == ["Ysgol Gyfun Bro Taf"]  # p 0.95: all but sure
    assert rated(0.5, {"untied": 0.8}) == []  # p 0.62: above the tied threshold, below the untied one
    assert rated(3.0, {}) == []  # a model file without the threshold leaves untied schools to the rules
    assert school_model().thresholds["untied"] >= school_model().threshold
