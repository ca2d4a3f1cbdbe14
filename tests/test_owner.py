"""Whose detail is it: the page owner's, or someone else's on the same page?"""

from __future__ import annotations

import pytest

from footprint.detect import detect_document
from footprint.detect.owner import belongs_to_subject, owner_in_page
from footprint.model import Document, Subject

JANE = Subject(full_name="Jane Example")


def owner_of(text: str, marker: str = "07700") -> bool | None:
    return belongs_to_subject(text, text.index(marker), JANE)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mobile\n07700 900123", None),
    ("Text me on 07700 900123", True),
    ("Contact Jane directly on 07700 900123", True),
    ("Speak to our treasurer, Mark Jones, on 07700 900123.", False),
    ("Contact our membership secretary, Ann Bowen, on 07700 900123.", False),
    ("Email our newsdesk or call us on 07700 900123.", False),
    ("By Rhys Garland, Community Reporter 07700 900123", False),
    ("Jo Vaughan\nHang in there! Text me on 07700 900123", False),  # "me" is the other author
    ("Jane Example\nAnyone else? Text me on 07700 900123", True),
    ("Site built by Pixel Web, 07700 900123", False),
    # A name tagged in a post ("is with") does not say who wrote it: the line above does.
    ("Jane Example\nis with\nRhodri Hughes\n.\n21 December 2025\nNew number, text me on 07700 900123", True),
    # A name line with what that person did after it lists people; a review's author line says what they did too.
    ("Anwen Davies\npassed her Starter assessment in December.\nNews from the poolside\nNew number: text me on 07700 900123", True),
    ("Terry Morgan\ndoesn't recommend · 1 Jul 2024\nHad to wait weeks for a part. Text me on 07700 900123", False),
    # The person's name with "(yes, me)" after it: the writer is the person, whoever's line stands above.
    ("Ken Jones\nA yew bowl as thin as a biscuit.\nJane Example (yes, me) – two spinning tops\nThe tops are for sale, text me on 07700 900123", True),
])
def test_belongs_to_subject(text, expected):
    assert owner_of(text) is expected


def test_other_peoples_details_are_marked_and_not_counted():
    text = ("Jane Example\nMobile 07700 900111\nFor money matters speak to our treasurer, Mark Jeffreys, on 07700 900276 "
            "or email treasurer@club.example.\nMy son Tomos (7) loves it.\nJo Vaughan\nMy son Harri (9) too!")
    found = {(d.kind, d.value): d.owner for d in detect_document(Document(source_id="S1", text=text), JANE)}
    assert found[("phone", "+447700900111")] is not False
    assert found[("phone", "+447700900276")] is False
    assert found[("email", "treasurer@club.example")] is False
    assert found[("child", "Tomos")] is not False
    assert found[("child", "Harri")] is False


def test_without_a_name_nothing_is_decided():
    assert belongs_to_subject("our treasurer 07700 900123", 14, Subject(full_name="")) is None


def owner_on_page(html: str, marker: str, subject: Subject = JANE) -> bool | None:
    """What the detectors decide for the detail starting with `marker` on a whole HTML page."""
    from footprint.collect.pages import parse_html

    document = parse_html("P1", html)
    found = [d for d in detect_document(document, subject) if d.kind in ("phone", "email", "postcode")
             and marker in (d.match or d.value)]
    assert found, f"{marker} was not detected at all"
    return found[0].owner


@pytest.mark.parametrize(("html", "marker", "expected"), [
    # the site's footer, a sidebar advert, a comment: nobody named there, so not the person's
    ("<main><p>Jane Example is running the half marathon.</p></main><footer>Questions? 029 2018 0999</footer>", "029", False),
    ("<main><p>Jane Example bakes.</p></main><aside class='ad'>Taxis: call 01632 960464</aside>", "01632", False),
    ("<main><p>Jane Example lost her cat.</p></main><div class='comments'><div class='comment'>"
     "<p>mamgu_marian</p><p>Ring me on 07700 900601 if you want a pic</p></div></div>", "07700", False),
    # ...but the person named in the footer, or the main text with nobody named, still counts
    ("<main><p>Lovely cot bed.</p></main><footer>Jane Example · 07700 900123</footer>", "07700", True),
    ("<main><p>Cot bed for sale. Text is easiest: 07700 900713.</p></main>", "07700", None),
    # a name right before or asked for right after a contact detail says whose it is
    ("<p>Any questions, text Jane on 07700 900827 or Rhys on 07700 900828.</p>", "07700 900828", False),
    ("<p>Any questions, text Jane on 07700 900827 or Rhys on 07700 900828.</p>", "07700 900827", True),
    ("<p>Cysylltwch â Gwen Owen (01632 960682) os am ymuno.</p>", "01632", False),
    ("<p>Chair Mr Huw Example · 07700 900214</p>", "07700", False),  # same surname, another person
    ("<p>Now at 5 Heol y Felin, CF37 2TW, please message Gail on 07700 900377</p>", "CF37", False),
    ("<p>Email peergroup@swcymru.example or text 07700 900848 and ask for Ffion.</p>", "07700", False),
    # teams, offices, businesses and venues
    ("<p>Nominations can also be made through the business support team on 01632 960540.</p>", "01632", False),
    ("<p><b>The Ely Valley Inn</b>, 2 miles away – use code HR2025 (01632 960463).</p>", "01632", False),
    ("<p>Committal at Margam Crematorium, Longland Lane, Margam SA13 2NR at 1.15pm.</p>", "SA13", False),
    ("<p>Drwy law Trefnwyr Angladdau G. O. Pritchard, Stryd Fawr, LL57 3AD.</p>", "LL57", False),
    # an organisation's own address names nobody; a family member's address is theirs
    ("<p>Fill in the form or email staffnews@bridgend.example by 25 July.</p>", "staffnews", False),
    ("<p>For the hen do, ask Sophie (sophie.example@example.net).</p>", "sophie", False),
    ("<p>Or write to me: jane.example@example.net</p>", "jane.example", True),
])
def test_whose_detail_on_a_whole_page(html, marker, expected):
    assert owner_on_page(html, marker) is expected


# Posts, comments, reviews and replies: "I" and "my" there are their author's (issue 11, blind set 2).
THREAD = """<html><body><main><p>Selling a bike.</p><section class="qa">
<div class="q"><b>Kirsty_P</b> · 2 days ago<br>Is it still available? My number is 07700 900296 and my son Mason
starts at Pant-y-Brwyn Primary School in September.</div>
<div class="a"><b>Jane Example</b> · 2 days ago<br>Still here! Text me on 07700 900583.</div>
</section></main></body></html>"""


def test_a_detail_in_someone_elses_post_is_theirs():
    from footprint.collect.pages import parse_html

    document = parse_html("S1", THREAD)
    assert [author for _, _, author in document.posts] == ["Kirsty_P", "Jane Example"]
    found = {(d.kind, d.value): d.owner for d in detect_document(document, JANE)}
    assert found[("phone", "+447700900296")] is False
    assert found[("phone", "+447700900583")] is not False
    assert found[("child", "Mason")] is False
    assert found[("school", "Pant-y-Brwyn Primary School")] is False


def test_a_list_of_people_is_not_a_list_of_posts():
    from footprint.collect.pages import parse_html

    team = "<ul><li><b>Kelly</b> - Owner</li><li><b>Jade</b> - Nails &amp; Brows</li></ul><ul><li><b>5.01 km</b><br>Distance</li></ul>"
    assert parse_html("S1", team).posts == ()


@pytest.mark.parametrize(("html", "authors"), [
    # a forum that runs its class words together ("postbody"), with "by NAME » date" as the author line
    ("<div class=post><div class=postprofile><img src=a.png><strong>Kerry_M</strong><br>Posts: 41</div>"
     "<div class=postbody><p class=author>by <strong>Kerry_M</strong> &raquo; Sun Sep 10</p>"
     "<div class=content>My son Logan is in Year 6 at Ysgol Gynradd Betws Isaf and starts big school soon.</div></div></div>"
     "<div class=post><div class=postbody><p class=author>by <strong>JaneE</strong> &raquo; Sun Sep 10</p>"
     "<div class=content>Hiya Kerry, mine went up last year and it was fine.</div></div></div>",
     ["Kerry_M", "Kerry_M", "JaneE"]),  # the user card, then the post: "by" is not part of the name
    # comments as bare text after a linked name
    ("<div class=c><a href=/dewi/><strong>dewi.p</strong></a> Penblwydd hapus Mam! Love from all of us, see you Sunday</div>"
     "<div class=c><a href=/menna/><strong>menna_w</strong></a> Happy birthday! Our Erin starts at Ysgol Llanfaglan the same week xx</div>",
     ["dewi.p", "menna_w"]),
    # the author box classed as a post's part run together ("postauthor"), the post's date in its body
    ("<div class=post><div class=postauthor><strong>Dilys_Rhos</strong><br>Posts: 2,319</div>"
     "<div class=postbody><p class=postdate>Sun 19 Jan 2025 14:55</p><p>Ring me evenings on 07700 900 733, happy to help.</p></div></div>"
     "<div class=post><div class=postauthor><strong>JaneE</strong><br>Posts: 3</div>"
     "<div class=postbody><p class=postdate>Sun 19 Jan 2025 15:10</p><p>Thank you so much, I'll ring tonight.</p></div></div>",
     ["Dilys_Rhos", "JaneE"]),
    # a comment whose author is only classed "name"; a microformats entry title ("p-name") is not an author
    ("<article class=h-entry><h1 class=p-name>Half term and the big 40</h1><div class=e-content><p>We went up the mountain.</p></div></article>"
     "<div class=comment><span class=name>Dai Jenkins</span> <span class=date>13 Sep 2023</span><p>Happy birthday, my Osian started at Ysgol Pen Rhos too.</p></div>"
     "<div class=comment><a class=name>Rhian Morgan</a><p>Lovely post, thank you for sharing it with us all.</p></div>",
     ["Dai Jenkins", "Rhian Morgan"]),
    # a video site's comments, each author an "@handle"
    ("<div class=comment><a class=author href=/@gemma_t>@gemma_t</a> <span class=when>23 hours ago</span>"
     "<p>Was that Ysgol Llwyn Onn I saw at 2:30?? My Alfie goes there!</p></div>"
     "<div class=comment><a class=author href=/@mrs_j>@mrs_j</a> <span class=when>1 day ago</span><p>Lovely vlog as always, thank you.</p></div>",
     ["gemma_t", "mrs_j"]),
    # a blog's comments headed "NAME says:", and comments whose author line is classed only "by"
    ("<li class=comment><div class=comment-author>Mair Lloyd <span class=says>says:</span></div>"
     "<div class=comment-meta>17 September 2024 at 10:20</div><p>My granddaughter Lowri is at Ysgol Maes Derwen.</p></li>"
     "<li class=comment><div class=comment-author>Owain <span class=says>says:</span></div><p>Great first walk, thank you all.</p></li>",
     ["Mair Lloyd", "Owain"]),
    ("<div class=comment><p class=by>Gwyneth Morgan</p><p class=when>13 July 2024, 4:12pm</p>"
     "<p>They're beautiful Dai. My grandson Ifan wants a bird box too.</p></div>"
     "<div class=comment><p class=by>Alun P</p><p>The thumbnail is growing back fine, thank you for asking.</p></div>",
     ["Gwyneth Morgan", "Alun P"]),
])
def test_posts_in_other_shapes(html, authors):
    from footprint.collect.pages import parse_html

    assert [author for _, _, author in parse_html("S1", html).posts if author in authors] == authors


def test_a_person_described_in_a_list_is_not_writing():
    from footprint.collect.pages import parse_html

    team = ("<ul><li><strong>Kelly</strong> - owner, colour specialist and mam of two, fifteen years in the trade</li>"
            "<li><strong>Mia</strong> - my daughter and our Saturday girl, sweeping up and making the best brews</li></ul>")
    assert parse_html("S1", team).posts == ()


@pytest.mark.parametrize(("author", "expected"), [
    ("Jane Example", True), ("JaneExample_Cardiff", True), ("jane.example84", True),
    ("Jane", None), ("janemum84", None), ("Kirsty_P", False), ("Ogwr Valley Runners", False),
    ("nanny_jan_cardiff", False), ("mam_janey_cardiff", None),
])
def test_author_is_subject(author, expected):
    from footprint.detect.owner import author_is_subject

    assert author_is_subject(author, JANE) is expected


@pytest.mark.parametrize(("author", "expected"), [
    ("bethzilla 🦖", None), ("Beth_the_nurse", None), ("Bethan Lewis", True), ("bettyboo", False), ("Gav the Dad", False),
])
def test_a_handle_made_from_the_first_letters_of_the_given_name_may_be_the_person(author, expected):
    from footprint.detect.owner import author_is_subject

    assert author_is_subject(author, Subject(full_name="Bethan Lewis")) is expected


@pytest.mark.parametrize(("text", "child", "expected"), [
    ("Coach Steve Bevan said the lads were brilliant, since his boy Rhys hates the cold.", "Rhys", False),
    ("Raffle prizes can go to Gemma Hurley (mum to Riley, Year 5) at the gate.", "Riley", False),
    ("Jane Example turns 80 today. Jane can be reached via his daughter Gwen.", "Gwen", True),
    ("By day Jane is a nurse at Prince Charles Hospital. Her daughters Mali (14) and Ffion (11) run too.", "Mali", True),
])
def test_a_third_persons_child_is_whoever_was_named_last(text, child, expected):
    found = {d.value: d.owner for d in detect_document(Document(source_id="S1", text=text), JANE) if d.kind == "child"}
    assert (found.get(child) is not False) is expected


@pytest.mark.parametrize(("text", "marker", "expected"), [
    ("Dai can contact his daughter on 07700 900271 or donate via the hospice on 01632 960318.", "01632", False),
    ("Our team\nKelly\n- Owner\nJade\n- Nails & Brows (books separately: 07700 900871)", "07700", False),
    ("Sponsor forms can be dropped through the door at ours, 14 Heol y Felin, CF44 8RT", "CF44", True),
    ("Jane Haf Example\n@Meleri yes, Friday. Or just message me on 07700 900214", "07700", True),
])
def test_whose_contact_detail_more_classes(text, marker, expected):
    assert owner_of(text, marker) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cards may still be sent to 12 Heol y Parc, Pontyberem, SA15 5DW.", True),
    ("Capel Bethel (Annibynwyr)\nHeol y Felin, Aberdâr CF44 8RT\nHafan | Oedfaon", False),
    ("10:00 U9 Whites Trebanog Juniors Away - Trebanog Rec, CF39 8QA", False),
])
def test_venue_and_organisation_addresses(text, expected):
    found = {d.value: d.owner for d in detect_document(Document(source_id="S1", text=text), JANE) if d.kind == "postcode"}
    assert (list(found.values())[0] is not False) is expected


def test_a_business_address_is_home_only_when_run_from_home():
    from footprint.collect.pages import parse_html

    salon = ('<script type="application/ld+json">{"@type": "HairSalon", "name": "Kutz", "founder": {"@type": "Person", '
             '"name": "Jane Example"}, "address": {"@type": "PostalAddress", "postalCode": "SA15 1XY"}}</script>{body}')
    for body, expected in (("<p>Salon on Stepney Street.</p>", False), ("<p>A home salon in my garden studio.</p>", True)):
        found = {d.value: d.owner for d in detect_document(parse_html("S1", salon.replace("{body}", body)), JANE) if d.kind == "postcode"}
        assert (found["SA15 1XY"] is not False) is expected


FORUM = """<html><body><main><h1>Breakfast clubs and 7am starts?</h1>
<div class="post"><p class="author">BlueLightMam</p><p>DC are Gethin (9) and Lowri, both at Ysgol Gynradd Cwm Alaw.
DH works for Dyfed Farm Supplies and starts at 7.</p></div>
<div class="post"><p class="author">SaffronAndCheese</p><p>Hang on... is that you Jane Example from the class chat?
My Osian is at Cwm Alaw too.</p></div>
<div class="post"><p class="author">BlueLightMam</p><p>Ha, busted. Yes it's Jane Example, hiya!</p></div>
</main></body></html>"""


def test_a_forum_handle_that_signs_a_post_with_the_persons_name_is_theirs():
    from footprint.collect.pages import parse_html
    found = detect_document(parse_html("S1", FORUM.encode()), JANE)
    children = {d.value: d.owner for d in found if d.kind == "child"}
    assert children.get("Gethin") is not False
    assert children.get("Osian", False) is False  # named by someone else who only asks whether she is Jane
    assert not [d for d in found if d.kind == "employer" and d.owner is not False]  # DH's job, not hers


def test_a_forum_handle_whose_user_card_gives_the_persons_name_is_theirs():
    from footprint.collect.pages import parse_html
    page = ('<html><body><table class="post"><tr><td class="user"><b>TankMam</b><br>Regular Member<br><br>{name}<br>'
            'Location: Cwmbran<br>Posts: 1,208</td><td class="body"><div class="ph">Posted: Sun 9 Feb 2025 20:14</div>'
            '<p>Second question – my two, Jac &amp; Nia, have been nagging for ages for a tank of their own.</p></td></tr></table>'
            '<table class="post"><tr><td class="user"><b>TetraTerry</b><br>Committee<br><br>Location: Newport</td>'
            '<td class="body"><div class="ph">Posted: Sun 9 Feb 2025 20:41</div><p>White clouds are perfect for a class '
            'tank.</p></td></tr></table></body></html>')
    def children(name_field: str) -> dict[str, bool | None]:
        found = detect_document(parse_html("S1", page.format(name=name_field).encode()), JANE)
        return {d.value: d.owner for d in found if d.kind == "child"}
    theirs = children("Name: Jane Example")
    assert set(theirs) == {"Jac", "Nia"} and False not in theirs.values()
    assert set(children("Name: Sian Jones").values()) == {False}  # another member's card: her children


def test_a_handle_without_the_hyphen_of_a_double_surname_is_the_persons():
    from footprint.detect.owner import author_is_subject

    assert author_is_subject("miss.wynnejones", Subject(full_name="Nia Wynne-Jones")) is True


@pytest.mark.parametrize(("handle", "theirs"), [
    ("GPross", True), ("gpross84", True), ("pross_g", True),  # Gareth Prosser: initial and surname cut short
    ("KPross", False),  # another initial
    ("GPro", False),  # too short a cut to say whose
])
def test_a_handle_of_an_initial_and_a_cut_surname_is_the_persons(handle: str, theirs: bool) -> None:
    from footprint.detect.owner import author_is_subject

    assert author_is_subject(handle, Subject(full_name="Gareth Prosser")) is theirs


def test_abbreviations_do_not_end_sentences():
    from footprint.text import sentence_around, sentences

    text = "Joan Rees (no. 14) will be 90. Mrs. Price said so. I said no. Then left."
    assert sentence_around(text, 20, 25)[1] == "Joan Rees (no. 14) will be 90."
    assert [s for _, s in sentences(text)] == ["Joan Rees (no. 14) will be 90.", "Mrs. Price said so.", "I said no.", "Then left."]


def test_a_role_the_page_gives_the_person_is_theirs():
    from footprint.detect.owner import roles_held_by_person

    subject = Subject(full_name="Eirlys Davies")
    text = ("Congratulations to our church secretary, Eirlys Davies, on her birthday.\n"
            "Cheques can be posted to the secretary at 3 Stryd Fawr, Treorchy CF42 6NB.")
    assert roles_held_by_person(text, subject) == {"secretary"}
    assert belongs_to_subject(text, text.index("CF42"), subject) is True
    # Someone else named between the name and the role: not hers.
    assert roles_held_by_person("Thanks to Eirlys and Alun the treasurer.", subject) == frozenset()


def test_his_or_her_passes_over_a_name_inside_a_place():
    from footprint.detect.owner import last_named_before

    subject = Subject(full_name="Bethan Ifans")
    text = "Mrs Ifans has been part of the Pant y Celyn family for eleven years. Her youngest, Twm, is in Year 4."
    assert last_named_before(text, text.index("Her youngest"), subject) is True


@pytest.mark.parametrize("heading", ["Amdanaf i", "About me"])
def test_an_about_me_box_speaks_as_the_sites_writer(heading):
    from footprint.collect.pages import parse_html

    page = (f"<main><p>Diwrnod prysur yn yr ysgol heddiw.</p></main><aside><h3>{heading}</h3>"
            "<p>Mam i Alaw ac Ifan, gwraig i Gethin, athrawes. Yn byw yn y dre.</p></aside>"
            "<aside><h3>Hysbyseb</h3><p>Caffi'r Maes – mam to Nel and Osian runs it.</p></aside>")
    found = {d.value: d.owner for d in detect_document(parse_html("S1", page), JANE) if d.kind == "child"}
    assert found.get("Alaw") is not False and found.get("Ifan") is not False
    assert "Alaw" in found and found.get("Nel") is False


def test_a_people_finder_listing_other_occupants_still_gives_the_person_their_landline():
    from footprint.collect.pages import parse_html

    page = ("<h1>Catrin Hywel-Prosser</h1><p>Age guide: 35–39 · Pontypridd, CF37 9ZX</p>"
            "<p>Other occupants: Owain Prosser</p><p>Landline: 01632 960457</p><p>Source: open electoral register 2025</p>")
    found = {(d.kind, d.value): d.owner for d in detect_document(parse_html("S1", page), Subject(full_name="Catrin Hywel-Prosser"))}
    assert found[("phone", "+441632960457")] is not False
    assert found[("postcode", "CF37 9ZX")] is not False


def test_a_number_an_about_me_box_gives_as_someone_elses_is_not_the_persons():
    from footprint.collect.pages import parse_html

    page = ("<main><p>Gallery of recent jobs.</p></main><aside><p>Hi, I'm Carys 👋</p><p>Time-served plasterer, text me on "
            "07700 900286.</p><p>Materials from Taff Builders Merchants – if you want to match a colour, ring them on "
            "01632 960114 and quote my job name.</p></aside>")
    document = parse_html("S1", page)
    subject = Subject(full_name="Carys Mathias")

    def owner_of(number: str) -> bool | None:
        start = document.text.index(number)
        return owner_in_page(document, start, subject, end=start + len(number), contact=True)

    assert owner_of("07700 900286") is True
    assert owner_of("01632 960114") is False


@pytest.mark.parametrize(("signature", "theirs"), [
    ("Jane Example (Janey) · away travel coordinator · Ravens since '04", True),
    ("Jane Example – chair, Friends of Parc Glas", True),
    ("Jane E • 3 Siberians + 1 pensioner • Bikejor", True),  # the surname's initial only
    ("Jane R • 3 Siberians + 1 pensioner", False),  # another initial: another Jane
    ("Sian Jones (Sid) · away travel coordinator", False),  # another member's signature
    ("Jane Example said she would bring the urn", False),  # the person named, not a signature
])
def test_a_forum_handle_whose_post_ends_with_a_signature_line_naming_the_person_is_theirs(signature, theirs):
    from footprint.collect.pages import parse_html
    from footprint.detect.owner import post_author_is_subject

    page = ('<html><body><div class="post"><p class="author">RhiP_Ravens</p><p>Names so far for the coach:</p>'
            f'<p>1. Me<br>2. Rhys (my boy)</p><p>{signature}</p></div>'
            '<div class="post"><p class="author">DaiTheBlade</p><p>Put me down for two.</p></div></body></html>')
    document = parse_html("S1", page.encode())
    assert (post_author_is_subject(document, "RhiP_Ravens", JANE) is True) is theirs


@pytest.mark.parametrize(("author", "full_name", "expected"), [
    ("DazH", "Darren Hughes", True),  # a short form from data/short_names.json and the surname's initial
    ("Kaz_P", "Karen Powell", True),
    ("Kerry P.", "Kerry Powell", True),
    ("DazR", "Darren Hughes", None),  # another initial: maybe another Darren
    ("DiR", "Dionne Rees", True),  # the given name's first letters and the surname's initial as a capital
    ("Di R.", "Dionne Rees", True),
    ("dir", "Dionne Rees", False),  # a word, not a handle built from the name
    ("DaR", "Dionne Rees", False),
])
def test_a_handle_of_the_given_name_and_the_surnames_initial_is_the_person(author, full_name, expected):
    from footprint.detect.owner import author_is_subject

    assert author_is_subject(author, Subject(full_name=full_name)) is expected


@pytest.mark.parametrize(("author", "full_name", "expected"), [
    ("DebsM_Newport", "Debbie Mallinson", True),  # "Debs" and "Debbie" are both Deborah's; the part before the place
    ("DebsR_Newport", "Debbie Mallinson", None),
])
def test_a_short_form_shared_with_the_given_name_and_the_initial_before_a_place_is_the_person(author, full_name, expected):
    from footprint.detect.owner import author_is_subject

    assert author_is_subject(author, Subject(full_name=full_name)) is expected


def test_a_season_and_a_year_signing_a_post_is_its_date_not_its_author():
    from footprint.collect.pages import parse_html

    page = ('<html><body><article class="post"><h2>Hands</h2><p>I signed up for the course back in January mostly because I '
            'wanted to get my hands muddy again, and I am so glad I did.</p><p class="byline">Autumn 2025 course: Wednesdays '
            'from 17 September, Canolfan Ddysgu Aberaeron.</p></article></body></html>')
    assert [author for _, _, author in parse_html("S1", page.encode()).posts] == []


def test_a_poster_named_after_a_month_with_a_post_age_stays_its_author():
    from footprint.collect.pages import parse_html

    page = ('<html><body><div class="comment"><p class="author">June 2h ago</p><p>Lovely to see everyone at the hall on '
            'Saturday, thank you all for coming.</p></div></body></html>')
    assert [author for _, _, author in parse_html("S1", page.encode()).posts] == ["June"]
