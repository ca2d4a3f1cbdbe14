"""Classes of evidence the attribution stage must weigh (issue: which results are really you).

Each test is one class of result a careful reader would decide from evidence, not one example:
ages that rule a namesake out, a death notice, a child's team, a different town, the employer
written another way, results linked through something they share, people-finder listings and
bare second profiles. Everyone here is invented; phone numbers are not needed.
"""

from __future__ import annotations

from datetime import date

import pytest

from footprint.attribute import ATTRIBUTION_THRESHOLD, attribute, employer_forms, stated_ages
from footprint.inputs import birth_year
from footprint.model import QueryType, SearchResult, Source, SourceKind, Subject
from footprint.pipeline import detect_in_results
from footprint.sites import classify_url, normalise_url

THIS_YEAR = date.today().year

CERI = Subject(full_name="Ceri Bevan", towns=("Merthyr Tydfil",), employer="Merthyr Tydfil County Borough Council",
               role="social worker", profile_urls=("https://www.facebook.com/ceri.bevan.77",), born=birth_year(age=41))


def run(subject: Subject, *items: tuple[str, str, str]) -> list:
    """(title, href, body) results through the attribution stage together, as an audit sends them."""
    declared = {normalise_url(u) for u in subject.profile_urls}
    results = []
    for number, (title, href, body) in enumerate(items, start=1):
        platform, site_kind = classify_url(href)
        source = Source(id=f"R{number}", kind=SourceKind.RESULT, location=href, title=title, platform=platform,
                        site_kind=site_kind, declared=normalise_url(href) in declared)
        results.append((source, SearchResult(query=f'"{subject.full_name}"', type=QueryType.TEXT, title=title, href=href, body=body)))
    attributions = attribute(subject, results)
    found = detect_in_results(subject, results, attributions)
    return [(attributions[source.id], {d.kind for d in found if d.source_id == source.id}) for source, _ in results]


def claimed(attribution) -> bool:
    return attribution.score >= ATTRIBUTION_THRESHOLD


@pytest.mark.parametrize("written, low, high", [
    ("Ceri Bevan, aged 60-64, Merthyr Tydfil", 60, 64),
    ("Age Guide: 40 to 44", 40, 44),
    ("Ceri Bevan (aged 17) scored twice", 17, 17),
    ("the 23-year-old from Merthyr", 23, 23),
    ("Ceri Bevan, 72, of Heol Example", 72, 72),
    ("a grandmother in her 70s", 70, 79),
])
def test_ages_are_read_as_written(written, low, high):
    assert (low, high) in [(a, b) for a, b, _ in stated_ages(written, this_year=THIS_YEAR)]


def test_an_age_that_cannot_be_theirs_rules_a_namesake_out_and_one_that_fits_counts_for():
    (old, _), (fits, _) = run(
        CERI,
        ("Ceri Bevan in Merthyr Tydfil - 192.com", "https://www.192.com/people/ceri-bevan/merthyr", "Ceri Bevan, aged 60-64, Merthyr Tydfil. Residents at this address..."),
        ("Ceri Bevan in Merthyr Tydfil - 192.com", "https://www.192.com/people/ceri-bevan/merthyr-2", "Ceri Bevan, aged 40-44, Merthyr Tydfil. Also known as C Bevan."),
    )
    assert not claimed(old) and any("age" in r for r in old.reasons_against)
    assert claimed(fits) and "an age that fits yours" in fits.reasons_for


def test_without_an_age_given_ages_are_not_used():
    no_age = Subject(full_name=CERI.full_name, towns=CERI.towns)
    [(listing, kinds)] = run(no_age, ("Ceri Bevan in Merthyr Tydfil - 192.com", "https://www.192.com/people/ceri-bevan/merthyr",
                                      "Ceri Bevan, aged 60-64, Merthyr Tydfil."))
    assert claimed(listing) and "people_finder" in kinds


def test_her_people_finder_listing_for_her_town_is_found_even_when_it_says_little():
    sparse = Subject(full_name="Sian Evans", towns=("Llanelli",))  # a common name: the town alone would not reach the threshold
    (listing, kinds), (elsewhere, other_kinds) = run(
        sparse,
        ("Sian Evans - Llanelli | ukphonebook.com", "https://www.ukphonebook.com/person/sian-evans-llanelli", "Sian Evans, Llanelli. View address and phone..."),
        ("Sian Evans - Bangor | ukphonebook.com", "https://www.ukphonebook.com/person/sian-evans-bangor", "Sian Evans, Bangor, Gwynedd. View address..."),
    )
    assert claimed(listing) and "people_finder" in kinds
    assert not claimed(elsewhere) and "people_finder" not in other_kinds


def test_a_death_notice_is_never_the_person_running_the_check():
    [(notice, _)] = run(CERI, ("Bevan, Ceri - Death notices - Merthyr Express", "https://www.merthyrexpress.example/notices/bevan",
                                "BEVAN Ceri, peacefully at home in Merthyr Tydfil, aged 88. Funeral service at Capel Example."))
    assert not claimed(notice) and any("death notice" in r for r in notice.reasons_against)


def test_a_child_in_a_team_is_a_namesake_but_the_adult_coaching_it_is_not_ruled_out():
    (pupil, _), (coach, _) = run(
        CERI,
        ("Merthyr Example RFC U12s report", "https://merthyrrfc.example/u12s", "Tries from Ceri Bevan and Twm Price as the U12s beat Aberdare."),
        ("Merthyr Example RFC U12s report", "https://merthyrrfc.example/u12s-coach", "Thanks to coach Ceri Bevan, social worker and U12s manager, Merthyr Tydfil."),
    )
    assert not claimed(pupil) and any("child" in r for r in pupil.reasons_against)
    assert not any("child" in r for r in coach.reasons_against)


def test_a_town_far_from_hers_counts_against_but_a_neighbouring_one_does_not():
    (far, _), (near, _) = run(
        Subject(full_name="Ceri Bevan", towns=("Merthyr Tydfil",), role="social worker"),
        ("Ceri Bevan - social worker - Wrexham", "https://www.example.org/staff/ceri-bevan", "Ceri Bevan, social worker, based in Wrexham."),
        ("Ceri Bevan - social worker", "https://www.example.org/staff/ceri-bevan-2", "Ceri Bevan, social worker, based in Aberdare."),
    )
    assert any("different town (Wrexham)" in r for r in far.reasons_against)
    assert not any("different town" in r for r in near.reasons_against)


@pytest.mark.parametrize("written", ["MTCBC", "Merthyr council", "Merthyr Tydfil Council"])
def test_the_employer_written_another_way_is_still_the_employer(written):
    [(result, _)] = run(CERI, (f"Ceri Bevan | {written}", "https://www.example.org/ceri", f"Ceri Bevan, {written}."))
    assert any(r.startswith("your employer") for r in result.reasons_for)


def test_initials_and_known_abbreviations_are_employer_forms():
    assert "ABUHB" in employer_forms("Aneurin Bevan University Health Board")
    assert "RCT" in employer_forms("Rhondda Cynon Taf County Borough Council")
    assert "Newport council" in employer_forms("Newport City Council")


def test_a_result_with_only_name_and_town_is_hers_when_it_shares_a_club_with_one_that_is():
    # A common name: name and town alone are not enough, so only what the results share can decide.
    (club, _), (race, _), (stranger, _) = run(
        Subject(full_name="Sian Evans", towns=("Merthyr Tydfil",), employer="Merthyr Tydfil County Borough Council"),
        ("Sian Evans, MTCBC - Taff Bargoed Harriers", "https://harriers.example/members", "Sian Evans (MTCBC social work team) joins Taff Bargoed Harriers."),
        ("Results: Merthyr 10K", "https://results.example/merthyr-10k", "412 Sian Evans, Merthyr Tydfil, Taff Bargoed Harriers, 52:10"),
        ("Results: Merthyr 10K", "https://results.example/merthyr-10k-2", "413 Sian Evans, Merthyr Tydfil, unattached, 58:40"),
    )
    # The namesake's result shares the race's name with hers, but from the same results site: not evidence.
    assert claimed(club)
    assert claimed(race) and any("Taff Bargoed Harriers".lower() in r.lower() for r in race.reasons_for)
    assert not claimed(stranger)


def test_a_bare_second_profile_on_her_network_is_a_possible_clone_and_a_namesake_with_a_town_is_not():
    (own, _), (bare, bare_kinds), (namesake, namesake_kinds) = run(
        CERI,
        ("Ceri Bevan | Facebook", "https://www.facebook.com/ceri.bevan.77", "Ceri Bevan. Merthyr Tydfil. Social worker."),
        ("Ceri Bevan | Facebook", "https://www.facebook.com/profile.php?id=100091234567", "Ceri Bevan is on Facebook."),
        ("Ceri Bevan | Facebook", "https://www.facebook.com/ceri.bevan.5", "Ceri Bevan. Lives in Aberystwyth. Studied at Aberystwyth University."),
    )
    assert claimed(own)
    assert bare.possible_clone and "possible_clone" in bare_kinds and not claimed(bare)
    assert not namesake.possible_clone and "possible_clone" not in namesake_kinds


def test_no_clone_without_a_profile_of_hers_on_that_network():
    no_profiles = Subject(full_name="Ceri Bevan", towns=("Merthyr Tydfil",))
    [(bare, kinds)] = run(no_profiles, ("Ceri Bevan | Facebook", "https://www.facebook.com/profile.php?id=100091234567", "Ceri Bevan is on Facebook."))
    assert not bare.possible_clone and "possible_clone" not in kinds


def test_the_name_alone_is_enough_only_when_few_people_share_the_surname():
    bare = ("Profile", "https://www.example.org/p/1", "{} - member since 2019.")
    [(common_surname, _)] = run(Subject(full_name="Ceri Bevan"), (bare[0], bare[1], bare[2].format("Ceri Bevan")))
    [(rare_surname, _)] = run(Subject(full_name="Ceri Okonkwo-Bevan"), (bare[0], bare[1], bare[2].format("Ceri Okonkwo-Bevan")))
    assert not claimed(common_surname) and claimed(rare_surname)


def test_name_and_town_alone_do_not_settle_a_shared_surname_but_her_employer_does():
    subject = Subject(full_name="Ceri Bevan", towns=("Merthyr Tydfil",), employer="Merthyr Tydfil County Borough Council")
    (town_only, _), (with_employer, _) = run(
        subject,
        ("Ceri Bevan - Merthyr Tydfil", "https://www.example.org/a", "Ceri Bevan, Merthyr Tydfil, enjoys walking."),
        ("Ceri Bevan - Merthyr Tydfil", "https://www.example.net/b", "Ceri Bevan of Merthyr Tydfil County Borough Council spoke."),
    )
    assert not claimed(town_only) and claimed(with_employer)


def test_second_round_race_categories_former_names_and_posts():
    """Written as probes before their rules (docs/accuracy.md): each failed first."""
    subject = Subject(full_name="Ceri Bevan", other_names=("Ceri Morgan",), towns=("Merthyr Tydfil",),
                      profile_urls=("https://www.facebook.com/ceri.bevan.77",), born=birth_year(age=41))
    (junior, _), (maiden, maiden_kinds), (nearby, _) = run(
        subject,
        ("parkrun results Cyfarthfa", "https://www.parkrun.org.uk/cyfarthfa/results/201", "Ceri BEVAN, JM11-14, 24:02"),
        ("Ceri Bevan (née Morgan) | Facebook", "https://www.facebook.com/groups/merthyrmams/posts/1",
         "Ceri Bevan (née Morgan): anyone recommend a childminder near Pant?"),
        ("Ceri Bevan", "https://www.example.org/notes/1", "Ceri Bevan, walking near Pant this weekend."),
    )
    assert not claimed(junior) and any("JM11-14" in r for r in junior.reasons_against)
    assert claimed(maiden) and any("former surname" in r for r in maiden.reasons_for)
    assert not maiden.possible_clone and "possible_clone" not in maiden_kinds  # a group post is not a profile
    assert not any("different town" in r for r in nearby.reasons_against)  # "near" says where they are not


def test_a_different_job_counts_against_but_does_not_rule_out():
    subject = Subject(full_name="Ceri Okonkwo-Bevan", towns=("Merthyr Tydfil",), role="social worker")
    (dentist, _), (own, _) = run(
        subject,
        ("Ceri Okonkwo-Bevan - dentist", "https://dental.example/team", "Ceri Okonkwo-Bevan, dentist, welcomes new patients."),
        ("Ceri Okonkwo-Bevan - social worker", "https://www.example.org/x", "Ceri Okonkwo-Bevan, social worker and dentist's daughter."),
    )
    assert any("a different job (dentist)" in r for r in dentist.reasons_against) and 0 < dentist.score < ATTRIBUTION_THRESHOLD
    assert not own.reasons_against  # her own role named: another job word beside it is not against her


def test_third_round_registers_history_short_names_and_kinds_of_work():
    """Classes from attribution_dev2.json's first run (docs/accuracy.md)."""
    subject = Subject(full_name="Catrin Price", short_names=("Cat",), towns=("Newport",), role="health visitor",
                      employer="Aneurin Bevan University Health Board")
    (register, _), (census, _), (short, _), (nurse, _) = run(
        subject,
        ("Search the register - Nursing and Midwifery Council", "https://www.nmc.org.uk/registration/search/?q=catrin-price",
         "Catrin Price · Registered nurse · Specialist community public health nurse (health visiting) · 1 result"),
        ("Price household, Caerleon, 1871 census", "https://www.gwentfhs.example/census/1871",
         "1871 census: William Price, 44; Catrin, daughter, 12, scholar. Catrin Price, Newport."),
        ("Cat Price · Newport · ABUHB", "https://www.example.org/staff/cat-price", "Cat Price, ABUHB, Newport."),
        ("Catrin Price | Profile", "https://www.example.net/c", "Catrin Price, community nurse, Newport."),
    )
    assert claimed(register) and any("professional register" in r for r in register.reasons_for)
    assert not claimed(census) and any("before you were born" in r for r in census.reasons_against)
    assert claimed(short)
    assert not any("different job" in r for r in nurse.reasons_against)  # a health visitor is a nurse


def test_a_body_of_the_same_kind_is_not_her_employer():
    rhian = Subject(full_name="Rhian Davies", towns=("Merthyr Tydfil",), employer="Cwm Taf Morgannwg University Health Board",
                    role="community mental health nurse")
    (other, _), = run(rhian, ("Rhian Davies - Mental Health Nurse - Hywel Dda University Health Board | LinkedIn",
                              "https://uk.linkedin.com/in/rhian-davies-rmn", "Registered Mental Health Nurse at Hywel Dda UHB."))
    assert other.score < ATTRIBUTION_THRESHOLD
    assert not any("your employer" in reason for reason in other.reasons_for)


def test_a_handle_a_bracketed_maiden_name_and_first_name_with_initial_name_her():
    beth = Subject(full_name="Bethan Howells", other_names=("Bethan Griffiths",), short_names=("Beth Howells",),
                   towns=("Pontypridd",), role="social worker", employer="Rhondda Cynon Taf Council")
    (tweet, _), (reunion, _) = run(
        beth,
        ('Gareth on X: "10 years in RCT children\'s services today for @bethhowells_sw"', "https://x.com/GarethP/status/1",
         "10 years in RCT children's services today for @bethhowells_sw. Cake in the office!"),
        ("Class of 2000 reunion", "https://www.facebook.com/groups/class2000/posts/1",
         "So far: Nia Hughes, Bethan Howells (Griffiths), Dean Powell. Venue is the Redhouse, Pontypridd."),
    )
    assert any("full name" in reason for reason in tweet.reasons_for)
    assert any("former surname" in reason for reason in reunion.reasons_for)


def test_a_link_never_outweighs_a_different_job_and_a_city_is_not_a_link():
    beth = Subject(full_name="Bethan Howells", towns=("Pontypridd",), role="social worker",
                   profile_urls=("https://uk.linkedin.com/in/bethan-howells-sw",))
    (_, _), (physio, _) = run(
        beth,
        ("Bethan Howells - Social Worker | LinkedIn", "https://uk.linkedin.com/in/bethan-howells-sw",
         "Pontypridd · Education: Cardiff University, MA Social Work."),
        ("Dr Bethan Howells - Taff Vale Surgery, Pontypridd", "https://www.taffvale.example/team",
         "Dr Bethan Howells, GP partner. Trained in Cardiff."),
    )
    assert physio.score < ATTRIBUTION_THRESHOLD
    assert not any("shares" in reason for reason in physio.reasons_for)


def test_her_role_and_employer_in_welsh():
    dai = Subject(full_name="Dafydd Rees", towns=("Port Talbot",), employer="Welsh Ambulance Service", role="paramedic")
    (news, _), = run(dai, ("Parafeddyg o Bort Talbot yn codi arian", "https://newyddion.example.cymru/parafeddyg",
                           "Mae Dafydd Rees, parafeddyg gyda Gwasanaeth Ambiwlans Cymru, yn rhedeg Hanner Marathon Caerdydd."))
    assert any("your employer" in reason for reason in news.reasons_for)
    assert not any("different job" in reason for reason in news.reasons_against)
