"""The learned practice model (detect/practice_model.py): a case told in plain words, with none of the
cue phrases, is found; everyday life and work talk are not; whose words they are is still decided by
the owner rules. Sentences are made up for these tests, not taken from any labelled page."""

from __future__ import annotations

import pytest

from footprint.detect.practice_model import practice_model, practice_probability, sentence_features
from footprint.detect.work import find_practice, practice_by_cues
from footprint.model import Document, Subject

OWNER = Subject(full_name="Bethan Rees-Morgan")


def document(text: str) -> Document:
    return Document(source_id="S1", text=text)


@pytest.mark.parametrize("sentence", [
    "I sat with a lovely old farmer on the unit last night who told me all about his sheepdogs.",
    "We had a young lad in resus yesterday who'd come off his motorbike on the bypass.",
    "Had a gent in Trefechan this morning who needs two of us and the hoist for his transfer.",
    "I was holding the hand of a little old lady in bay 4 on nights when her son finally got there.",
])
def test_a_case_told_in_plain_words_is_found_where_the_cues_find_nothing(sentence):
    page = document(sentence)
    assert practice_by_cues(page, OWNER) == {}
    assert practice_probability(sentence) >= practice_model().threshold
    assert [d.value for d in find_practice(page, OWNER)] == [sentence]


@pytest.mark.parametrize("sentence", [
    "Long shift today and my feet are killing me.",
    "So proud of my daughter who passed her driving test this morning!",
    "We had a lovely family day at the beach yesterday with the dog.",
    "The ward is recruiting band 5 nurses, apply by Friday.",
    "I love my job and the team I work with.",
    "Lovely to see the old boy from next door out in his garden today.",
])
def test_life_and_work_talk_are_not_practice(sentence):
    assert practice_probability(sentence) < practice_model().threshold
    assert find_practice(document(sentence), OWNER) == []


def test_a_case_in_someone_elses_comment_is_theirs():
    text = ("Bethan Rees-Morgan\nLovely walk up Pen y Fan today.\n"
            "Comment from Gareth Lloyd\nI had a young lad in resus yesterday who'd come off his motorbike on the bypass.")
    comment_start = text.index("Comment from")
    page = Document(source_id="S1", text=text, posts=((comment_start, len(text), "Gareth Lloyd"),))
    found = find_practice(page, OWNER)
    assert found and all(d.owner is False for d in found)


def test_a_sentence_with_no_person_event_or_first_person_is_never_read():
    assert sentence_features("Opening times: 9 till 5, closed on bank holidays.") is None
    assert practice_probability("Opening times: 9 till 5, closed on bank holidays.") == 0.0
