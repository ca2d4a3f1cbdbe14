"""The birthday model's candidates: each mention of a birthday paired with the dates it could give."""

from __future__ import annotations

from footprint.detect.birthday_model import birthday_model, candidates, find_birthdays
from footprint.model import Document, Subject

SUBJECT = Subject(full_name="Catrin Hywel-Prosser")


def pairs(text: str) -> dict[str, frozenset[str]]:
    """Day -> the features of its first pairing."""
    found: dict[str, frozenset[str]] = {}
    for candidate in candidates(Document(source_id="S1", text=text), SUBJECT):
        found.setdefault(candidate.value, candidate.features)
    return found


def test_a_named_day_gives_its_date():
    assert "d:named_day" in pairs("Born on St David's Day, which explains the daffodils.")["03-01"]
    assert "11-05" in pairs("Everyone on my round knows my birthday's Bonfire Night.")


def test_a_day_alone_takes_the_month_of_the_same_day_written_with_it():
    text = "Hen weekend: Tenby, Fri 6th - Sun 8th June.\nOh and the Sunday is the 8th and that's my 30th!\n13 March 2025"
    assert "d:day_alone" in pairs(text)["06-08"]


def test_welsh_day_words_and_mutated_months():
    assert "d:explicit" in pairs("Diolch am y cardiau ar fy mhen-blwydd yn hanner cant ar y trydydd o Dachwedd.")["11-03"]


def test_the_post_date_moves_with_yesterday_and_a_past_weekday():
    assert "d:moved_by_day" in pairs("Posted 3 March 2025\nYes, I turned 44 yesterday and moaned all day.")["03-02"]
    # 14 September 2025 was a Sunday: "On Friday I became fifty" is the Friday before
    assert "09-12" in pairs("14 September 2025\nOn Friday I officially became fifty, hanner cant.")
    assert "09-19" in pairs("14 September 2025\nMy birthday is on Friday, fifty!")


def test_a_wish_says_whom_it_is_for():
    assert "wish:to_owner" in pairs("8 June 2025\nHappy birthday Catrin!!")["06-08"]
    assert "wish:to_other" in pairs("8 June 2025\nHappy birthday Huw!!")["06-08"]


def test_a_birth_year_only_a_child_has_is_marked():
    assert "d:year_of_a_child" in pairs("To Sioned and Aron, a son, Ianto Wyn, born 2 June 2025 at Ysbyty'r Fron.")["06-02"]


def test_a_page_with_no_birthday_mention_has_no_candidates():
    assert pairs("Long shift today, 14 June 2025. Home for tea.") == {}


def test_wishes_under_a_dated_post_give_the_person_s_birthday():
    text = ("Catrin Hywel-Prosser\n14 June 2025\nBeach day with the girls.\nComments\n"
            "Gwyn: Penblwydd hapus Catrin!\nEirlys: Happy birthday Catrin love xx\nMal: Happy birthday Catrin!")
    found = find_birthdays(Document(source_id="S1", text=text), SUBJECT)
    assert [d.value for d in found if d.owner is not False] == ["06-14"]


def test_the_model_file_is_used():
    assert 0 < birthday_model().threshold < 1


def test_month_by_weekday_takes_the_month_nearest_the_post():
    from footprint.detect.contact import month_by_weekday, post_date_near

    assert month_by_weekday(9, 5, "2024-10-14") == "11-09"  # Saturday 9th, posted 14 October 2024
    assert month_by_weekday(15, 5, "2024-06-12") == "06-15"
    assert month_by_weekday(9, 5, "10-14") is None  # no year: which month is unknown
    # A wedding in 1984 told in a post of 2024 does not date the post.
    assert post_date_near([(0, "2024-06-12"), (60, "1984-06-12")], 100) == "2024-06-12"


def test_a_capitalised_my_is_a_possessive_and_a_contraction_is_not_one():
    assert "poss:my" in pairs("Tuesday 14 May 2024\nThanks all. My birthday fell on our meeting and I didn't expect a fuss.")["05-14"]
    features = pairs("On Saturday 21 June 2025 I'm walking 15 miles. The date isn't a coincidence – it's my 45th birthday.")["06-21"]
    assert "poss:my" in features and "poss:word" not in features


def test_a_day_alone_takes_the_month_named_alone_in_its_sentence():
    assert "d:day_alone" in pairs("My birthday fell on our May meeting (Tuesday 14th) and I didn't expect a fuss.")["05-14"]


def test_a_birthday_on_the_day_of_the_page_s_event_is_paired_with_that_day():
    # The byline's date heads the post; the event's day is the first date after it.
    text = ("Spring Concert\nPosted by Eirlys Thomas\n26 February 2024\nSaturday 16 March 2024, 7.00pm, Capel Bethel.\n"
            "Tickets from the secretary by 9 March.\nConcert night also happens to be my birthday, so there may be cake.")
    assert "d:page_event_1" in pairs(text)["03-16"]
    # "the night before she turns 53": the event's day moved on by one
    text = ("By Sioned Harries\nWednesday 30 October 2024\nThe awards are at the Parc Hall on Friday 22 November.\n"
            "The timing suits her: it's the night before she turns 53.")
    assert "d:next_to" in pairs(text)["11-23"]
    # no word of coincidence: the page's event is not paired
    assert not any("d:page_event_1" in f for f in pairs("Saturday 16 March 2024\nConcert.\nHappy birthday Huw!").values())


def test_a_date_on_the_pages_first_line_is_a_mastheads_not_the_pages_event():
    text = ("Monday 12 August 2024\nTywi Valley Gazette\nJoust draws record crowd\nCrowds packed the field on Saturday 10 August.\n"
            "Catrin turned 39 on the day of the show.")
    found = pairs(text)
    assert "d:page_event_1" in found["08-10"]
    assert not any("d:page_event_1" in f or "d:page_event_2" in f for day, f in found.items() if day == "08-12")
