"""The learned children model (detect/children_model.py): a name used the way a parent uses their
child's name is found with no kinship word beside it; adults named on the page are not; a name only in
other people's comments is theirs. Texts are made up for these tests, not taken from any labelled page."""

from __future__ import annotations

import pytest

from footprint.detect.children_model import candidates, judged_as_lists, named_apart_from_lists
from footprint.detect.family import children_by_cues, find_children
from footprint.model import Document, Subject

OWNER = Subject(full_name="Bethan Rees-Morgan")


def owned_children(text: str, posts: tuple[tuple[int, int, str], ...] = ()) -> set[str]:
    page = Document(source_id="S1", text=text, posts=posts)
    return {d.value for d in find_children(page, OWNER) if d.owner is not False}


def test_children_named_with_no_kinship_word_are_found_where_the_cues_find_nothing():
    text = ("Home just in time to drop Nel at swimming and then Gethin's footie at 6.\n"
            "Nel got her 25m badge and Gethin scored twice, so tea is on me tonight.")
    assert children_by_cues(Document(source_id="S1", text=text), OWNER) == {}
    assert owned_children(text) == {"Nel", "Gethin"}


@pytest.mark.parametrize("text", [
    "Thanks to Gareth Lloyd for the photos and to Mrs Jenkins for the teas.",
    "Councillor Dafydd Evans opened the new play area on Saturday.",
    "Great session tonight with Rhian, Sian and Catrin from the running club.",
    "Proud of our Year 6 netball team: Ella, Grace and Lili were brilliant.",
])
def test_adults_and_other_peoples_children_named_on_a_page_are_not_the_persons_children(text):
    assert owned_children(text) == set()


def test_a_possessor_named_before_makes_them_someone_elses():
    assert owned_children("A huge thank you to our young volunteers, including Sarah's own two, Elan and Gruff, who helped.") == set()


def test_names_only_in_someone_elses_comment_are_theirs():
    post = "Lovely walk up Pen y Fan today.\n"
    comment = ("Gareth Lloyd\nHome just in time to drop Nel at swimming and then Gethin's footie at 6.\n"
               "Nel got her 25m badge and Gethin scored twice, so tea is on me tonight.")
    text = post + comment
    page = Document(source_id="S1", text=text, posts=((len(post), len(text), "Gareth Lloyd"),))
    found = find_children(page, OWNER)
    assert {d.value for d in found} <= {"Nel", "Gethin"}
    assert all(d.owner is False for d in found)


def test_every_given_name_but_the_persons_own_is_a_candidate():
    page = Document(source_id="S1", text="Bethan and Gethin's mam Rhian met Nel at the gate.")
    assert {c.name for c in candidates(page, OWNER)} == {"Gethin", "Rhian", "Nel"}


@pytest.mark.parametrize("age", ["(7)", "(age 12)", "(aged 9)", "(8 oed)", "(10 years old)", ", who is six and", ", who's 4,",
                                 ", who has just turned 5,", " sy'n 6 oed"])
def test_an_age_in_brackets_after_a_name_is_read_however_it_is_written(age):
    features = {c.name: c.features for c in candidates(Document(source_id="S1", text=f"Ffion {age} finally learnt to swim."), OWNER)}
    assert "s:age_after" in features["Ffion"]


def test_names_listed_together_share_a_verdict_unless_one_is_also_written_apart():
    groups = [frozenset({"alys", "ryan"})]
    probabilities = {"alys": 0.92, "ryan": 0.2}
    assert judged_as_lists(probabilities, groups) == {"alys": 0.56, "ryan": 0.56}
    # "I've got to get Alys to Ysgol Pen y Dre" before a neighbour's "Alys and Ryan are getting married"
    assert judged_as_lists(probabilities, groups, frozenset({"alys"})) == {"alys": 0.92, "ryan": 0.56}


def test_a_name_with_a_mention_outside_every_list_is_named_apart():
    text = "I've got to get Alys to Ysgol Gymraeg Pen y Dre for breakfast club.\nMandy: Alys and Ryan are getting married 😂"
    named = candidates(Document(source_id="S1", text=text), OWNER)
    assert "alys" in named_apart_from_lists(text, named)
    assert "ryan" not in named_apart_from_lists(text, named)
