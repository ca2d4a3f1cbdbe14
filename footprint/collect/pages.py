"""The page stage: choose the pages to read (the person's own, those search found about them,
and those their own pages link to with rel=me), fetch them, read what a visitor sees, and
read the EXIF of images published on them."""

from __future__ import annotations

import codecs
import io
import json
import logging
import re
import warnings
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import mf2py
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import NavigableString, PageElement, Tag

from footprint.collect.fetch import IMAGE_LIMIT_BYTES, PAGE_LIMIT_BYTES, Fetcher, FetchResult
from footprint.collect.isolation import ImageJob, IsolatedReader
from footprint.collect.walls import refusal_reason, stranger_view, wall_reason
from footprint.datafiles import load_json
from footprint.exif import metadata_bytes
from footprint.model import Card, Document, Image, PhotoMeta, Source, SourceKind
from footprint.names import PERSON_TITLES, is_given_name, known_short_forms
from footprint.sites import classify_url, normalise_url
from footprint.text import alternation, fold

log = logging.getLogger(__name__)

HIDDEN_TAGS = ("script", "style", "noscript", "template", "svg", "head")
# Code listings are not prose about the person: "ssh pi@raspberrypi.local" is not an address. A <pre>
# block is kept when it reads as text (a chat export, a poem, a plain-text notice): no code inside, no
# class saying code, few of the symbols code is made of.
CODE_TAGS = ("pre", "code", "kbd", "samp")
CODE_CLASS_WORDS = frozenset({"code", "highlight", "sourcecode", "source", "syntax", "prettyprint", "hljs", "console", "terminal", "shell"})
CODE_SYMBOLS = frozenset("{}[]();=<>\\|$`")
CODE_SYMBOL_SHARE = 0.03
# A line break inside a kept <pre> survives the joining of the page's strings (which makes source line
# breaks spaces) as this character, and is a line break again after it.
PRE_LINE_BREAK = "\x00"
# One message of a chat exported as text, as WhatsApp writes it: "05/03/2024, 19:02 - Leah Morgan: ..."
# (Android) or "[05/03/2024, 19:02:33] Leah Morgan: ..." (iPhone). Each line is its author's post.
CHAT_LINE = re.compile(r"^\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap][Mm])?\]?\s*[-–]?\s*"
                       r"([^:\n]{1,60}?):\s", re.MULTILINE)
# Structured-data fields footprint reads, as (JSON-LD key or h-card property) -> field name.
JSONLD_FIELDS = {"email": "email", "telephone": "tel", "birthDate": "bday", "jobTitle": "job_title"}
HCARD_FIELDS = {"email": "email", "tel": "tel", "bday": "bday", "job-title": "job_title", "org": "org", "note": "note"}
IMAGES_PER_PAGE = 10
_REGIONS = load_json("page_regions.json")
REGION_TAGS = frozenset(_REGIONS["tags"])
REGION_ROLES = frozenset(_REGIONS["roles"])
REGION_CLASS_WORDS = frozenset(_REGIONS["class_words"])
_POSTS = load_json("page_posts.json")
AUTHOR_TAGS = frozenset(_POSTS["author_tags"])
AUTHOR_CLASS_WORDS = frozenset(_POSTS["author_class_words"])
POST_CLASS_WORDS = frozenset(_POSTS["post_class_words"])
AUTHOR_IN_POST_CLASS_WORDS = frozenset(_POSTS["author_in_post_class_words"])
BOX_HEADINGS = frozenset(_POSTS["box_headings"]) | frozenset(load_json("ownership.json")["about_me_headings"])
AUTHOR_MAX_CHARS = 60
SHORT_LINE_CHARS = 40
PHONE_AS_AUTHOR = re.compile(r"\+?\d[\d ()-]{8,16}\d")
POST_BODY_TAGS = ("p", "br", "div", "blockquote", "ul", "ol")
INLINE_WRAPPERS = frozenset({"a", "span"})
POST_TEXT_MIN_CHARS = 40
POST_TEXT_MIN_WORDS = 7
NAMED_POST_MIN_WORDS = 3  # after a "Name:" line: "Diolch Gwen x"
DESCRIPTION_MARKS = frozenset("-–—:,(")
MAX_ASIDES = 2000
WORKERS = 8


@dataclass
class PageRead:
    source: Source
    document: Document | None
    images: list[tuple[Source, PhotoMeta]]


def looks_like_html(content_type: str, body: bytes) -> bool:
    if b"\x00" in body[:2048]:
        return False
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return True
    # Local files and careless servers: trust the content, not the label.
    return kind in ("", "text/plain", "application/octet-stream") and b"<" in body[:4096]


def _is_hidden(attrs: dict[str, Any]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if not style:
        return False
    style = str(style).replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _is_aside(name: str, attrs: dict[str, Any]) -> bool:
    """Footer, navigation, sidebar, advert, cookie notice, related links or comments (data/page_regions.json)."""
    if name in REGION_TAGS:
        return True
    if not attrs:
        return False
    if (role := attrs.get("role")) and str(role).lower() in REGION_ROLES:
        return True
    return _names_aside(str(attrs.get("class") or ""), str(attrs.get("id") or ""))


@lru_cache(maxsize=4096)
def _names_aside(classes: str, element_id: str) -> bool:
    # Pages repeat the same few class strings on thousands of tags: split each once.
    words = re.split(r"[^a-z0-9]+", f"{classes} {element_id}".lower())
    return not REGION_CLASS_WORDS.isdisjoint(words)


ASIDE_OPEN = "\ue000footprint aside\ue000"  # private-use characters: no page writes these lines
ASIDE_CLOSE = "\ue001footprint aside\ue001"
POST_OPEN = "\ue002footprint post\ue002"
POST_CLOSE = "\ue003footprint post\ue003"
HEADING_MARK = "\ue004footprint heading "  # then the heading's level, 1 to 6
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# "<b>Catrin</b> says:", "<b>Rhian</b> posted:": the words that follow an author's name in a post's header.
AUTHORING_VERBS = frozenset({"wrote", "said", "asked", "replied", "answered", "commented", "says", "writes", "posted", "shared", "added"})
# "<b>Llongyfarchiadau</b> i Gwenno", "<b>Diolch</b> to ...": a greeting that opens a notice, not a subject.
GREETED = frozenset({"to", "i", "for", "with", "and", "a", "from", "o", "â", "ag", "gyda", "efo"})
# "Sharon D · ★★★★★ · 2 weeks ago", "Kirsty_P | yesterday", "Catrin says:": the author is what comes before.
SAYS_AT_END = re.compile(r"\b(?:" + "|".join(sorted(AUTHORING_VERBS)) + r")\s*:$")
# A column headed by the role that writes it, with the writer's name in brackets.
ROLE_SIGNED_BY = re.compile(r"(?i:from|by|gan|oddi wrth)\s[^()]{1,40}\(\s*([A-Z][\w'’-]+)\s*\)\s*:?")
AGED_NAME = re.compile(r"[^\W\d_][\w'’-]*\s*\(\s*(?:aged?\s+|oed\s+)?(?:1[0-7]|[1-9])\s*(?:oed|yrs?|years?(?:\s+old)?)?\s*\)")
# "by DafP_Goytre » Sat Jun 14, 2025 9:47 pm", "Posted by Kerry P", "gan Siân": the author is the name after "by".
# "Posted on 8 July 2024 by Carys", "Postiwyd ar 3 Mai gan Siân": a byline that dates the post before naming its author.
POSTED_ON_THEN_BY = re.compile(r"^(?:posted|written|published|postiwyd|cyhoeddwyd|ysgrifennwyd)\s+(?:on|ar)\b[^\n]{0,60}?\b(?:by|gan)\s+(?=\w)",
                               re.IGNORECASE)
BY_BEFORE_AUTHOR = re.compile(r"^(?:(?:posted|written)\s+)?(?:by|gan)\s+(?=\w)", re.IGNORECASE)
AUTHOR_END = re.compile(r"\s*(?:[·•|—–»›\n]|\s-\s|\d+\s*(?:m|h|d|w|mins?|hrs?)\b|(?<=\s)\d|\(|\b(?:"
                        + "|".join(sorted(AUTHORING_VERBS)) + r")\b).*", re.DOTALL)


TITLE_WORD = re.compile(PERSON_TITLES, re.IGNORECASE)


def _shouted_title(author: str) -> bool:
    """Two or more words all in capitals, the first not a given name ("MISSING CAT", "THANK YOU", a business's
    "PARRY & JONES AGRICULTURAL ENGINEERS" though Jones is a given name too; not "GARETH P")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", author)
    return len(words) > 1 and author.isupper() and not is_given_name(words[0]) and not TITLE_WORD.fullmatch(words[0])


def _class_words(attrs: dict[str, Any]) -> frozenset[str]:
    return _split_class(str(attrs.get("class") or ""), str(attrs.get("id") or "")) if attrs else frozenset()


COMPOUND_PARTS = frozenset(_POSTS["compound_parts"])
# A lead-in that ends as a sentence does: "Me?", "Cubs!", "Helpers." (not an initial's stop: "Kerry P.").
LEAD_IN_END = re.compile(r"(?:[?!]|[^\W\d_]{3,}\.)$")
# "Reply from Gareth Tomos:", "Ymateb gan Siân:": an author line that may end with a colon.
REPLY_OPENER_WORDS = re.compile(r"^(?:" + "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in _POSTS["reply_openers"])
                                + r")\s+(?=\w)", re.IGNORECASE)
# "Rhodri (owner):", "Nia (skipper):", "Sam (host):": a name with its role in brackets, then the reply it opens.
NAMED_REPLY = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}\s*\([^()\n]{1,25}\)\s*:$")
# "Gwen Thomas:", "Rhian M:", "Sian:", "Huw y Post:", "Dafydd ap Rhys:": a person's name (Welsh by-names and "ap" too)
# and a colon, then what they wrote (not "Note:", "Venue:").
NAME_THEN_COLON = re.compile(r"^([^\W\d_][\w'’-]*)(?:\s+(?:(?:y|yr|ap|ab|the)\s+)?[A-Z][\w'’-]*\.?){0,2}\s*:$")
KNOWN_CLASS_WORDS = tuple(sorted(w for w in AUTHOR_CLASS_WORDS | POST_CLASS_WORDS | REGION_CLASS_WORDS if len(w) > 3))


@lru_cache(maxsize=4096)
def _split_class(classes: str, element_id: str) -> frozenset[str]:
    words = set(re.split(r"[^a-z0-9]+", f"{classes} {element_id}".lower()))
    # "postbody", "commentText": a known word run together with a structural part reads as the known word;
    # "postauthor", "commentauthor": one run after a kind of post reads as the last word, what the part is.
    for token in list(words):
        for known in KNOWN_CLASS_WORDS:
            if len(token) > len(known) and ((token.startswith(known) and token[len(known):] in COMPOUND_PARTS)
                                            or (token.endswith(known) and (token[: -len(known)] in COMPOUND_PARTS
                                                                           or token[: -len(known)] in POST_CLASS_WORDS))):
                words.add(known)
    return frozenset(words)


def _first_in_parent(tag: Tag) -> bool:
    """Nothing with a letter or a digit comes before `tag` inside its parent: white space, a star
    rating ("★★★★☆") or an avatar image may ("<span class=stars>★★★★★</span> <b>Karen J</b> · 30 March")."""
    return not any(_says_something(sibling) for sibling in tag.previous_siblings)


def _last_in_parent(tag: Tag) -> bool:
    """Nothing with a letter or a digit comes after `tag` inside its parent."""
    return not any(_says_something(sibling) for sibling in tag.next_siblings)


# What a chat or forum puts before a message's author without saying anything: a time stamp ("02/09/2024,
# 20:05", "[10:02]", "9:14 pm") or an avatar's initials ("MJ").
STAMP_OR_INITIALS = re.compile(r"[\W\d_]*(?:[ap]\.?m\.?)?[\W\d_]*|[A-Z]{1,3}")
# A weekday alone, English or Welsh, as what is left of a date stamp's line once its date is cut off.
WEEKDAY_ONLY = re.compile(r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|(?i:dydd\s+)?(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)")


# A season or a month, English or Welsh, as a line's first word before a year: "Autumn 2025", "Mehefin 2024".
SEASON_OR_MONTH = re.compile(r"(?i:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|"
                             r"october|november|december|gwanwyn|haf|hydref|gaeaf|ionawr|chwefror|mawrth|ebrill|mai|mehefin|"
                             r"gorffennaf|awst|medi|tachwedd|rhagfyr)")


def _says_something(node: PageElement) -> bool:
    said = (node.get_text() if isinstance(node, Tag) else str(node)).strip()
    return any(ch.isalnum() for ch in said) and not STAMP_OR_INITIALS.fullmatch(said)


def _post_author(tag: Tag, name: str, attrs: dict[str, Any]) -> tuple[Tag, str] | None:
    """(post, author) when `tag` is the author line that opens a post, comment, review or reply.

    The shape, not the site: a bold name or an element classed as the author ("who", "userinfo",
    "byline") standing first in its block, with the block's own text after it. An author line nested
    in a header ("<div class=userinfo><b>name</b>...") opens the block that header opens."""
    words = _class_words(attrs)
    # Not a microformats "p-name": in an h-entry that is the post's title, and an author's h-card says "p-author".
    classed_as_author = bool(attrs) and (not AUTHOR_CLASS_WORDS.isdisjoint(words) or (
        not AUTHOR_IN_POST_CLASS_WORDS.isdisjoint(words) and "p-name" not in str(attrs.get("class"))
        and _in_a_post(tag)))
    classed_as_author = classed_as_author or _heads_like_its_twins(tag) or _says_who_replies(tag)
    # Comments that open with a link to the commenter's profile: "<div class=comment><a href=/ceri.a.davies>Ceri Ann Davies</a><p>..."
    linked_commenter = name == "a" and _classed_as_post(tag.parent) and not tag.get_text(strip=True).startswith("@")
    if name not in AUTHOR_TAGS and not classed_as_author and not linked_commenter:
        return None
    # A review's title may stand above its reviewer line: "<article class=review><h3>Great with kids</h3><p class=reviewer>Tom ..."
    first = _first_in_parent(tag) or (classed_as_author and _only_a_title_before(tag))
    # A review signed at its foot: "<div class=review><p>Lovely hats ...</p><p class=reviewer>Dilys O · 4 Jan</p></div>".
    signed_below = (not first and classed_as_author and tag.parent is not None and _last_in_parent(tag)
                    and not POST_CLASS_WORDS.isdisjoint(_class_words(tag.parent.attrs)))
    if not first and not signed_below:
        return None
    # "@rhysjohn" writes as rhysjohn; "– Rhian T., Burry Port" signs a review with a dash before the name
    said = POSTED_ON_THEN_BY.sub("", tag.get_text(" ", strip=True))  # "Posted on 8 July 2024 by Carys Prydderch": Carys
    author = BY_BEFORE_AUTHOR.sub("", AUTHOR_END.sub("", said.lstrip("–—-~ ")).strip(" :,").removeprefix("@"))
    if signed_role := ROLE_SIGNED_BY.fullmatch(said):
        author = signed_role.group(1)  # "From the TD (Dylan)", "Gan y Cadeirydd (Huw)": a column written by Dylan
    if classed_as_author and PHONE_AS_AUTHOR.fullmatch(tag.get_text(strip=True)):
        author = tag.get_text(strip=True)  # a chat member shown by their number: someone, though not named
    line = tag.get_text().rstrip()
    named_colon = line.endswith(":") and _a_name_then_colon(line.strip())
    if (not author or not (author[0].isalpha() or PHONE_AS_AUTHOR.fullmatch(author)) or len(author) > AUTHOR_MAX_CHARS or len(author.split()) > 5
            or (line.endswith(":") and not SAYS_AT_END.search(line) and not REPLY_OPENER_WORDS.match(line.strip())
                and not NAMED_REPLY.match(line.strip()) and not named_colon)):
        return None  # "5.01 km", "Note:": a figure or a label, not who wrote something ("Mair Lloyd says:" is)
    if fold(author) in BOX_HEADINGS:
        return None  # "<div class=about><b>About</b><br>Hand-dyed tees ...": a profile's own box, not someone's post
    if (not classed_as_author and not linked_commenter and _a_label(author)
            and not any(_classed_as_post(outer) for outer in tag.parents)):
        # "<div class=facts><strong>Booking info</strong><ul>...": a box's heading, not who wrote it (though a
        # review's "Felt safe the whole time" or "Response from the owner" heads a post of its own)
        return None
    if WEEKDAY_ONLY.fullmatch(author):
        return None  # "<p class=author>Sat 5 Apr 2025, 8:14 pm</p>": the post's date stamp, its author named elsewhere
    if SEASON_OR_MONTH.fullmatch(author) and re.match(rf"{re.escape(author)}\s+(?:19|20)\d\d\b", said):
        # "<p class=byline>Autumn 2025 course: ...</p>", "June 2024": a date, though "Autumn" and "June" are names too
        # ("June · 2h" is June).
        return None
    if AGED_NAME.fullmatch(said) and is_given_name(author):
        return None  # "<b>Ffion (age 12)</b>" on a family's card: a child described, not a post's author
    if _shouted_title(author):
        return None  # "<strong>MENOPAUSE CAFÉ – THURSDAY 1st MAY</strong>", "FOR SALE": a notice's title
    if LEAD_IN_END.search(author) or (author[0].isupper() and _runs_on(tag)):
        # "<p><b>Tomos</b> started at ... </p>", "<b>Me?</b> I turned 45", "<b>Helpers.</b> My son ...": a paragraph's
        # lead-in, not its author (though "Kerry P." ends with a stop)
        return None
    if signed_below and tag.parent is not None:
        return tag.parent, author
    if (quote := tag.find_parent("blockquote")) is not None:
        return quote, author  # "<blockquote><b>Lowri_M said:</b> ...</blockquote>" quotes Lowri inside someone else's post
    header = tag
    block = tag.parent
    while (block is not None and block.parent is not None and _first_in_parent(block)
           and (not AUTHOR_CLASS_WORDS.isdisjoint(_class_words(block.attrs))
                or (block.name in INLINE_WRAPPERS and block.get_text(strip=True) == header.get_text(strip=True)))):
        # the header holding the author line, or a link around the name ("<a href=/dewi/><strong>dewi</strong></a>"):
        # the post is what it opens
        header, block = block, block.parent
    # Up to three wrappers: "<div class=msg><div class=h><span><b>LeannePugh_Bangor</b> · Level 1 member</span>
    # <span>03-02-2025 14:26</span></div><p>...": the name, its line, the post's header, then the post.
    for _ in range(HEADER_LEVELS):
        if block is None or block.name in ("body", "html", "[document]"):
            return None
        # After "Huw y Post:" even a short line is what Huw wrote: "The yellow roof is growing on me 👍".
        if _has_body(block, header) or (named_colon and len(_text_after(block, header).split()) >= NAMED_POST_MIN_WORDS):
            # The line opens a block classed as a post: the post is that block, not the line ("<article class=review>
            # <p class=rev-head><strong>Hannah &amp; Tom</strong> · Llandeilo · ⭐⭐⭐⭐⭐ · Sit: 2 weeks</p><p>...").
            outer = block.parent
            # Below a badge or a date too, when it is one line about the author, not one of a list of them.
            if (outer is not None and not _classed_as_post(block) and _classed_as_post(outer)
                    and (_first_in_parent(block) or (_only_short_lines_before(block) and not _has_twin(block)
                                                     and _only_a_header_line(block, header)))):
                return outer, author
            if outer is not None and not linked_commenter and _a_posts_header_part(block) and _classed_as_post(outer):
                return outer, author  # "<div class=post><div class=postprofile><b>Gwen</b> ...</div><div class=postbody>"
            if outer is not None and not linked_commenter and _a_member_card(block) and _has_twin(outer):
                # A forum's member card opening each of a run of posts alike, whatever their classes are called:
                # "<div class=p><div class=u><b>Jules84</b><br>Member<br>Birthday: Feb 22</div><div class=c>...</div></div>"
                return outer, author
            return block, author
        if not _first_in_parent(block) or _describes_at_length(block, header):
            return None
        # "<div class=comment><p class=meta><strong>Geth</strong> · 24/07</p><p>Diolch ...</p></div>": the
        # line holding the name has nothing after it, so it heads the block around it.
        header, block = block, block.parent
    return None


# A post's header part, its kind and part run together or joined: "postprofile", "commentmeta", "post-header".
POST_HEADER_PART = re.compile(rf"(?:{alternation(POST_CLASS_WORDS)})[-_]?(?:profile|info|details|meta|header|head)")


def _a_posts_header_part(tag: Tag) -> bool:
    """The block is classed as a post's header part: the member's card or the meta line at the top of the post
    around it, not a post of its own."""
    classes = " ".join(str(name) for name in tag.get_attribute_list("class") if name).lower()
    return any(POST_HEADER_PART.fullmatch(token) for token in classes.split())


def _a_label(line: str) -> bool:
    """A heading in sentence case whose first word is not a given name ("Booking info", "What to bring"):
    not how a name or a username is written ("Beth & Carwyn", "Gareth P.", "Huw y Post")."""
    words = line.split()
    return (len(words) >= 2 and words[0][:1].isupper() and not is_given_name(words[0])
            and all(word.isalpha() and word.islower() for word in words[1:]))


def _a_name_then_colon(line: str) -> bool:
    """The line is a person's name and a colon ("Gwen Thomas:", "Rhian M:"): who wrote what follows, as a
    comment's author line or a speaker's in an interview."""
    return (named := NAME_THEN_COLON.match(line)) is not None and is_given_name(named.group(1))


def _text_after(block: Tag, header: Tag) -> str:
    """The block's text after its header line."""
    return block.get_text(" ", strip=True)[len(header.get_text(" ", strip=True)):].strip()


def _describes_at_length(block: Tag, header: Tag) -> bool:
    """The bold words lead a line that goes on after a dash or a colon at sentence length: an item of a list
    ("<li><b>Sesiwn mis Hydref</b> – Saturday 5 Oct, 10 tan 4, here at mine ...</li>"), not a post's header line
    ("<b>Rhian T.</b> – Burry Port")."""
    rest = _text_after(block, header)
    return rest[:1] in DESCRIPTION_MARKS and len(rest.split()) >= POST_TEXT_MIN_WORDS


def _classed_as_post(tag: Tag | None) -> bool:
    return tag is not None and not POST_CLASS_WORDS.isdisjoint(_class_words(tag.attrs))


def _only_a_header_line(block: Tag, header: Tag) -> bool:
    """`block` holds the author line and a few words about them ("· Llandeilo · ⭐⭐⭐⭐⭐ · Sit: 2 weeks", "Pencoed ·
    1 review"), not something they wrote ("<div class=ask><strong>anonymous asked:</strong> how did you get ...")."""
    return len(re.findall(r"[^\W\d_]{2,}", _text_after(block, header))) < POST_TEXT_MIN_WORDS


HEADER_LEVELS = 3  # wrappers an author line may stand in, each first in the next, above the post it opens
TWIN_HEADERS_MIN = 2
TWIN_LEVELS = 3
TWIN_REACH = 3  # elements looked at on each side


def _heads_like_its_twins(tag: Tag) -> bool:
    """`tag` is a short classed line opening its block, and the blocks of the same tag and class beside it (or
    beside the block around it, up to TWIN_LEVELS up) hold a line of the same tag and class: a chat's or a comment
    list's author line, whatever its class is called ("<div class=m><div class=n>Delyth Aquafit 💪</div>Reminder:
    ...</div>" in a run of such messages)."""
    if not tag.attrs.get("class") or tag.name in HEADING_TAGS:
        return False
    said = _short_text(tag)
    if (not said
            or not (is_given_name(first := said.split()[0]) or fold(first) in known_short_forms() or PHONE_AS_AUTHOR.fullmatch(said))):
        return False  # a title over each of a run of articles, a stall's or a role's card: not who wrote it
    classes = " ".join(str(name) for name in tag.get_attribute_list("class") if name)
    block = opened = tag.parent
    if opened is None:
        return False
    for _ in range(TWIN_LEVELS):
        if block is None or not _text_starts_with(block, said):
            return False  # something is said before the line in the block: it does not open it
        # Only the nearest elements on each side: a chat of thousands of messages is read in one pass, not each
        # message against all the others.
        near = [*block.find_previous_siblings(True, limit=TWIN_REACH), *block.find_next_siblings(True, limit=TWIN_REACH)]
        # A reply wrapped in a box of its own counts too, and a reply among comments like the one it wraps:
        # "<div class=c>...</div><div class=r><div class=c>...</div></div>".
        alike = [sibling for sibling in near
                 if any(_classed_alike(sibling, like) or _holds_one_alike(sibling, like) for like in (block, opened))
                 and sibling.find(tag.name, attrs={"class": classes}) is not None]
        if len(alike) >= TWIN_HEADERS_MIN:
            return True
        block = block.parent
    return False


def _says_who_replies(tag: Tag) -> bool:
    """A short line that opens with words such as "Update from" or "Reply from" and then a given name: it says who
    writes what follows, whatever its tag or class ("<p class=meta>Update from Rhian Beddoe · 21 February</p>")."""
    said = _short_text(tag)
    named = REPLY_OPENER_WORDS.sub("", said)
    return named != said and bool(named) and is_given_name(named.split()[0])


def _holds_one_alike(wrapper: Tag, block: Tag) -> bool:
    """Among the wrapper's own elements is one classed like `block`: a reply's box around a comment like it."""
    return any(isinstance(child, Tag) and _classed_alike(child, block) for child in wrapper.children)


def _short_text(tag: Tag) -> str:
    """The element's text when it is no longer than an author line, else "": read string by string, so a page's
    outer wrappers (every classed element is asked) stop at once instead of gathering the whole page."""
    parts: list[str] = []
    length = 0
    for piece in tag.stripped_strings:
        length += len(piece) + 1
        if length > AUTHOR_MAX_CHARS + 1:
            return ""
        parts.append(piece)
    return " ".join(parts)


def _text_starts_with(block: Tag, said: str) -> bool:
    """The block's text opens with `said`, read only as far as needed."""
    opening = ""
    for piece in block.stripped_strings:
        opening = f"{opening} {piece}" if opening else piece
        if len(opening) >= len(said):
            break
    return opening.startswith(said)


def _classed_alike(one: Tag, other: Tag) -> bool:
    """The same tag, and the same class or one class in common ("c" and "c reply": a comment and a reply to it)."""
    classes, others = one.get_attribute_list("class"), other.get_attribute_list("class")
    return one.name == other.name and (classes == others or bool(set(classes) & set(others) - {None}))


def _a_member_card(block: Tag) -> bool:
    """`block` opens its parent and holds only short lines ("Member", "Posts: 312", "Location: Caerphilly"), with the
    rest of the parent after it: a card about who wrote what follows, not the post itself."""
    return (_first_in_parent(block) and not _last_in_parent(block) and not _has_twin(block)
            and all(len(line) <= SHORT_LINE_CHARS for line in block.stripped_strings))


def _has_twin(block: Tag) -> bool:
    """Another element of the same tag and class stands beside `block`: one of a list of comments, not a
    post's header line ("<section class=comments><div class=c>...</div><div class=c>...")."""
    return any(isinstance(sibling, Tag) and sibling.name == block.name and sibling.attrs.get("class") == block.attrs.get("class")
               for sibling in (*block.previous_siblings, *block.next_siblings))


def _only_short_lines_before(block: Tag) -> bool:
    """Nothing but short lines stands before `block` in its parent: a badge, a date ("Local resident · 4 yrs")."""
    return all(len((sibling.get_text() if isinstance(sibling, Tag) else str(sibling)).strip()) <= SHORT_LINE_CHARS
               for sibling in block.previous_siblings)


def _only_a_title_before(tag: Tag) -> bool:
    """Only a heading stands before `tag` in a block classed as a post: a review's title."""
    parent = tag.parent
    before = [sibling for sibling in tag.previous_siblings if _says_something(sibling)]
    return (_classed_as_post(parent) and len(before) == 1 and isinstance(before[0], Tag)
            and before[0].name in ("h2", "h3", "h4", "h5", "h6"))


def _in_a_post(tag: Tag) -> bool:
    """The tag's parent is classed as a post, or an unclassed wrapper inside one is
    ("<div class=msg><div class=av>MJ</div><div><span class=name>Mark Jenkins</span>...")."""
    parent = tag.parent
    if parent is not None and not parent.attrs and parent.parent is not None:
        parent = parent.parent
    return _classed_as_post(parent)


def _runs_on(tag: Tag) -> bool:
    """The bold name is the subject of the sentence it starts: the text right after it goes on in lower case
    with a verb that is not an author's ("Lili is in Year 2 at ...", "Dai is still at ...")."""
    following = tag.next_sibling
    if not isinstance(following, NavigableString):
        return False
    words = str(following).split(maxsplit=1)
    first = re.split(r"['’]", words[0])[0].strip(":,") if words else ""  # "i'n harweinydd": Welsh "i" joined to "ein"
    return first[:1].islower() and first not in AUTHORING_VERBS | GREETED


def _has_body(block: Tag, header: Tag) -> bool:
    """A post has a body of its own after the author line (a paragraph, a line break, or a sentence or
    more of text); "<li><b>Jade</b> - Nails & Brows</li>" is a list of people, each described."""
    if any(header not in body.parents for body in block.find_all(POST_BODY_TAGS, limit=6) if body is not header):
        return True
    rest = _text_after(block, header)
    # "<li><b>Mia</b> - my daughter and our Saturday girl ...</li>": a person described, not writing
    return len(rest) >= POST_TEXT_MIN_CHARS and len(rest.split()) >= POST_TEXT_MIN_WORDS and rest[:1] not in DESCRIPTION_MARKS


def _posts(candidates: list[tuple[Tag, str]]) -> list[tuple[Tag, str]]:
    """The candidates that are posts: classed as one, or one of several alike under one parent."""
    inner: dict[int, tuple[Tag, str]] = {}
    for block, author in candidates:
        inner[id(block)] = (block, author)  # the walk meets the header before the name inside it: keep the name
    candidates = list(inner.values())
    siblings: dict[int, int] = {}
    for block, _ in candidates:
        siblings[id(block.parent)] = siblings.get(id(block.parent), 0) + 1
    accepted = {id(block) for block, _ in candidates
                if siblings[id(block.parent)] >= 2 or not POST_CLASS_WORDS.isdisjoint(_class_words(block.attrs))
                or _sole_part_of_post(block) or _opened_like_its_twins(block)}
    # A reply nested inside a post ("<div class=q>... <div class=a><p><b>Sian</b> replied</p>...") is a post too.
    # The order stays the page's: each post's author is matched to its marker in the text by position.
    return [(block, author) for block, author in candidates
            if id(block) in accepted or any(id(parent) in accepted for parent in block.parents)]


def _opened_like_its_twins(block: Tag) -> bool:
    """The block opens with a sender's line like those of the blocks beside it: one of a run of messages,
    though each sits in a wrapper of its own ("<div class=c><div><div class=bubble><div class=cn>Bev</div>...")."""
    first = block.find(True, recursive=False)
    return first is not None and _heads_like_its_twins(first)


def _sole_part_of_post(block: Tag) -> bool:
    """The block is all that a post classed as one holds: the row of "<table class=post><tr><td
    class=user>...</td><td>...</td></tr></table>"."""
    return _classed_as_post(block.parent) and not any(_says_something(sibling) for sibling in (*block.previous_siblings, *block.next_siblings))


SOURCE_LINE_BREAK = re.compile(r"\s*\n\s*")


def _mark_asides(asides: list[Tag]) -> None:
    """A line before and after each aside's text, so one walk of the page text finds them all."""
    for tag in asides:
        tag.insert(0, NavigableString(ASIDE_OPEN))
        tag.append(NavigableString(ASIDE_CLOSE))


def _take_marks(marked: str, authors: list[str]) -> tuple[str, tuple[tuple[int, int], ...], tuple[tuple[int, int, str], ...], tuple[tuple[int, int], ...]]:
    """The page text without the marker lines, where each aside's text stands in it, where each post's
    text stands with its author (posts were marked in the order of `authors`), and where each heading
    starts, with its level."""
    lines: list[str] = []
    spans: list[tuple[int, int]] = []
    posts: list[tuple[int, int, str]] = []
    headings: list[tuple[int, int]] = []
    open_at: list[int] = []
    post_open_at: list[tuple[int, str]] = []
    next_author = iter(authors)
    position = 0
    for line in marked.split("\n"):
        if line == ASIDE_OPEN:
            open_at.append(position)
        elif line == ASIDE_CLOSE:
            if open_at and (begin := open_at.pop()) < position:
                spans.append((begin, position - 1))  # up to the end of its last line
        elif line == POST_OPEN:
            post_open_at.append((position, next(next_author, "")))
        elif line == POST_CLOSE:
            if post_open_at and (opened := post_open_at.pop())[0] < position:
                posts.append((opened[0], position - 1, opened[1]))
        elif line.startswith(HEADING_MARK):
            headings.append((position, int(line[len(HEADING_MARK) :])))
        else:
            lines.append(line)
            position += len(line) + 1
    return "\n".join(lines), tuple(sorted(spans)), tuple(sorted(posts)), tuple(headings)


def parse_html(source_id: str, body: bytes | str, *, base_url: str = "", encoding: str | None = None) -> Document:
    """Visible text, links, images and structured data of one HTML page."""
    with warnings.catch_warnings():
        # Servers send XHTML, XML and fragments labelled as HTML; reading them as HTML is the point.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        # multi_valued_attributes=None keeps class and rel as plain strings: splitting them for
        # every tag costs more than everything footprint does with them.
        # The server's declared charset first; without one, BeautifulSoup reads <meta charset> and guesses.
        soup = BeautifulSoup(body, "lxml", multi_valued_attributes=None,
                             from_encoding=encoding if isinstance(body, bytes) else None)
    def absolute(url: str) -> str:
        return urljoin(base_url, url) if base_url else url

    # One walk over the tree gathers everything; find_all per feature would walk it ten times.
    meta: dict[str, str] = {}
    cards: list[Card] = []
    structured: list[str] = []
    links: list[str] = []
    images: list[Image] = []
    rel_me: list[str] = []
    remove: list[Tag] = []
    asides: list[Tag] = []
    post_candidates: list[tuple[Tag, str]] = []
    headings: list[Tag] = []
    text_blocks: list[Tag] = []  # <pre> blocks that read as text: their line breaks count
    # Tags inside a removed one go with it; knowing that here saves asking bs4's `decomposed`,
    # which on a live tag searches its whole subtree for a child called "_decomposed".
    removed: set[int] = set()
    has_hcard = False
    password_field = False
    runs_scripts = False
    for tag in soup.find_all(True):
        name, attrs = tag.name, tag.attrs  # the attribute dict itself: tag.get() per lookup costs more
        if name == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key and attrs.get("content"):
                meta[str(key).lower()] = str(attrs["content"]).strip()
        elif name == "title" and "title" not in meta and tag.string:
            meta["title"] = tag.string.strip()
        elif name == "script" and attrs.get("type") == "application/ld+json":
            try:
                data = json.loads(tag.string or "")
            except ValueError:
                data = None
            if data is not None:
                structured.append(json.dumps(data, ensure_ascii=False))
                cards.extend(_jsonld_people(data))
        elif name == "input" and str(attrs.get("type") or "").lower() == "password":
            password_field = True
        elif name in ("script", "noscript"):
            runs_scripts = True
        elif name == "img":
            alt = str(attrs.get("alt") or "")
            candidates = [str(attrs.get("src") or "").strip()]
            candidates += [part.strip().split(" ")[0] for part in str(attrs.get("srcset") or "").split(",")]
            images.extend(Image(src=absolute(src), alt=alt) for src in dict.fromkeys(c for c in candidates if c))
        if name in ("a", "link") and attrs.get("href"):
            href = str(attrs["href"]).strip()
            if name == "a":
                links.append(absolute(href))
            if "me" in str(attrs.get("rel") or "").split():
                rel_me.append(absolute(href))
        if not has_hcard and (classes := attrs.get("class")) and ("h-card" in classes or "vcard" in classes):
            has_hcard = has_hcard or bool({"h-card", "vcard"} & set(str(classes).split()))
        if id(tag.parent) in removed:
            removed.add(id(tag))
        elif name in HIDDEN_TAGS or (name in CODE_TAGS and _is_code(tag, name, attrs)) or (attrs and _is_hidden(attrs)):
            remove.append(tag)
            removed.add(id(tag))
        elif name == "pre":
            text_blocks.append(tag)
        else:
            if len(asides) < MAX_ASIDES and _is_aside(name, attrs):
                asides.append(tag)
            if len(post_candidates) < MAX_ASIDES and (post := _post_author(tag, name, attrs)):
                post_candidates.append(post)
            if name in HEADING_TAGS and len(headings) < MAX_ASIDES:
                headings.append(tag)
    if structured:
        meta["json-ld"] = "\n".join(structured)
    if has_hcard:
        cards.extend(_hcards(body, base_url))
    for tag in remove:
        tag.decompose()
    if og_image := meta.get("og:image"):
        images.append(Image(src=absolute(og_image), alt=meta.get("og:image:alt", "")))

    for block in text_blocks:
        for string in list(block.strings):
            if "\n" in string:
                string.replace_with(NavigableString(string.replace("\n", PRE_LINE_BREAK)))
    _mark_asides(asides)
    posts = _posts(post_candidates)
    for block, _ in posts:
        block.insert(0, NavigableString(POST_OPEN))
        block.append(NavigableString(POST_CLOSE))
    for heading in headings:
        if heading.get_text(strip=True):
            heading.insert(0, NavigableString(f"{HEADING_MARK}{HEADING_TAGS[heading.name]}"))
    # A line break inside a text in the HTML source is a space, as a browser shows it ("...than the" /
    # "lad I was sent to" is one sentence): only the page's elements break lines, and the lines of a kept
    # <pre> (marked with PRE_LINE_BREAK above).
    marked = "\n".join(SOURCE_LINE_BREAK.sub(" ", string) for string in soup.stripped_strings)
    if text_blocks:
        marked = "\n".join(line.strip() for line in marked.replace(PRE_LINE_BREAK, "\n").split("\n") if line.strip())
    text, aside_spans, post_spans, heading_starts = _take_marks(marked, [author for _, author in posts]) if asides or posts or headings else (marked, (), (), ())
    if text_blocks:
        post_spans = (*post_spans, *_chat_lines(text, post_spans))
    # The tree is full of parent/child cycles; breaking them now frees it at once instead of
    # leaving thousands of objects to the cyclic garbage collector (measurably faster).
    soup.decompose()
    return Document(source_id=source_id, text=text, links=tuple(links), images=tuple(images), meta=meta,
                    cards=tuple(cards), rel_me=tuple(dict.fromkeys(rel_me)), password_field=password_field,
                    runs_scripts=runs_scripts, asides=aside_spans, posts=post_spans, headings=heading_starts)


def _is_code(tag: Tag, name: str, attrs: dict[str, Any]) -> bool:
    """A code listing (see CODE_TAGS): always <code>, <kbd> and <samp>; a <pre> unless it reads as text."""
    if name != "pre":
        return True
    if tag.find("code") is not None or not CODE_CLASS_WORDS.isdisjoint(_class_words(attrs)):
        return True
    text = tag.get_text()
    return not text.strip() or sum(ch in CODE_SYMBOLS for ch in text) > CODE_SYMBOL_SHARE * len(text)


def _chat_lines(text: str, posts: tuple[tuple[int, int, str], ...]) -> list[tuple[int, int, str]]:
    """Each line of a chat exported as text (CHAT_LINE) as a post of its author, unless it already stands in one."""
    found = []
    for match in CHAT_LINE.finditer(text):
        if any(start <= match.start() < end for start, end, _ in posts):
            continue
        end = text.find("\n", match.end())
        found.append((match.start(), end if end != -1 else len(text), match.group(1).strip()))
    return found


def _text_values(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if isinstance(value, (int, float)):
        return (str(value),)
    if isinstance(value, list):
        return tuple(v for item in value for v in _text_values(item))
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return (value["name"].strip(),)
    return ()


def _jsonld_people(data: object, *, depth: int = 0) -> list[Card]:
    """Every schema.org Person in a JSON-LD block, however deeply nested (bounded)."""
    if depth > 8:
        return []
    if isinstance(data, list):
        return [card for item in data for card in _jsonld_people(item, depth=depth + 1)]
    if not isinstance(data, dict):
        return []
    found: list[Card] = []
    kinds = data.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "Person" in kinds and isinstance(data.get("name"), str):
        fields = {name: _text_values(data.get(key)) for key, name in JSONLD_FIELDS.items() if data.get(key)}
        orgs = _text_values(data.get("worksFor"))
        if orgs:
            fields["org"] = orgs
        address = data.get("address")
        if isinstance(address, dict) and address.get("postalCode"):
            fields["postal_code"] = _text_values(address.get("postalCode"))
        found.append(Card(name=data["name"].strip(), fields=fields))
    elif isinstance(data.get("name"), str):
        # An organisation or business and the people who run or work for it: the business is where they work.
        for key in ("founder", "owner", "employee", "member"):
            value = data.get(key)
            for person in value if isinstance(value, list) else [value]:
                if isinstance(person, dict) and isinstance(person.get("name"), str):
                    fields = {"org": (data["name"].strip(),)}
                    if key in ("founder", "owner"):  # a business someone runs: its phone and postcode are theirs too
                        fields |= {name: _text_values(data.get(k)) for k, name in (("telephone", "tel"), ("email", "email"))
                                   if data.get(k)}
                        address = data.get("address")
                        if isinstance(address, dict) and address.get("postalCode"):
                            # the business's own address: the person's home only when the business is run from it
                            fields["business_postal_code"] = _text_values(address.get("postalCode"))
                    found.append(Card(name=person["name"].strip(), fields=fields))
    for key, value in data.items():
        if key not in ("worksFor", "address", "founder", "owner", "employee", "member") and isinstance(value, (dict, list)):
            found.extend(_jsonld_people(value, depth=depth + 1))
    return found


def _hcards(body: bytes | str, base_url: str) -> list[Card]:
    """h-card (and the older vcard class names) through mf2py, the microformats parser.

    mf2py parses the page again on its own terms; only pages that carry an h-card pay for it.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            parsed = mf2py.parse(doc=body, url=base_url or None, html_parser="lxml")
    except Exception:  # mf2py on hostile markup: structured data is a bonus, never a reason to fail
        log.info("microformats parse failed", exc_info=True)
        return []
    cards = []
    stack = list(parsed.get("items", []))
    while stack:
        item = stack.pop(0)
        properties = item.get("properties", {})
        stack.extend(item.get("children", []))
        if "h-card" not in item.get("type", []):
            continue
        name = next(iter(_text_values(properties.get("name", []))), "")
        fields = {field: _text_values(properties[key]) for key, field in HCARD_FIELDS.items() if properties.get(key)}
        for adr in properties.get("adr", []):
            if isinstance(adr, dict) and adr.get("properties", {}).get("postal-code"):
                fields["postal_code"] = _text_values(adr["properties"]["postal-code"])
        if name:
            cards.append(Card(name=name, fields=fields))
    return cards


def read_local_page(path: Path, source_id: str) -> tuple[Source, Document | None]:
    source = Source(id=source_id, kind=SourceKind.PAGE, location=str(path))
    try:
        body = path.read_bytes()
    except OSError as error:
        source.fail(f"could not open the file: {error.strerror or error}")
        return source, None
    if not looks_like_html("", body):
        source.fail("not an HTML page")
        return source, None
    document = parse_html(source_id, body)
    source.title = document.meta.get("title", "")[:200]
    return source, document


def _known_encoding(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _page_from_fetch(source: Source, fetched: FetchResult) -> Document | None:
    if not fetched.ok:
        source.fail(refusal_reason(source.platform, fetched) or fetched.error)
        return None
    if not looks_like_html(fetched.content_type, fetched.body):
        kind = fetched.content_type.split(";")[0] or "unknown type"
        source.fail(f"not an HTML page ({kind})")
        return None
    charset = re.search(r"charset=([\w.:-]+)", fetched.content_type, re.IGNORECASE)
    encoding = charset.group(1) if charset and _known_encoding(charset.group(1)) else None
    document = parse_html(source.id, fetched.body, base_url=fetched.final_url or fetched.url, encoding=encoding)
    source.title = document.meta.get("title", "")[:200]
    if reason := wall_reason(source.platform, fetched, document):
        source.fail(reason)
        return stranger_view(document)
    return document


def _fetch_page_images(page: Source, document: Document, fetcher: Fetcher) -> list[tuple[Source, FetchResult]]:
    """Downloads up to IMAGES_PER_PAGE images of a page (in a worker thread)."""
    fetched: list[tuple[Source, FetchResult]] = []
    seen: set[str] = set()
    for image in document.images:
        if image.src in seen or urlsplit(image.src).scheme not in ("http", "https"):
            continue
        seen.add(image.src)
        if len(seen) > IMAGES_PER_PAGE:
            break
        source = Source(id=f"{page.id}.{len(seen)}", kind=SourceKind.IMAGE, location=image.src, parent=page.id, title=image.alt[:200])
        result = fetcher.fetch(image.src, max_bytes=IMAGE_LIMIT_BYTES)
        if result.ok and result.body.startswith(b"\xff\xd8"):
            # Keep only what the metadata needs until the images are read.
            result = replace(result, body=metadata_bytes(io.BytesIO(result.body)))
        fetched.append((source, result))
    return fetched


def _read_page_images(fetched: list[tuple[Source, FetchResult]]) -> list[tuple[Source, PhotoMeta]]:
    """Reads the downloaded images' metadata in worker processes with a time and memory limit
    per image (isolation.py): an image on a page is as untrusted as the page."""
    downloaded = [(source, result) for source, result in fetched if result.ok]
    metas = iter(IsolatedReader().read_all([ImageJob(name=source.location, data=result.body) for source, result in downloaded]))
    read = []
    for source, result in fetched:
        meta = next(metas) if result.ok else PhotoMeta(path=source.location, error=result.error)
        if meta.error:
            source.fail(meta.error)
        read.append((source, meta))
    return read


def collect_pages(
    pages: Iterable[Source],
    fetcher: Fetcher,
    *,
    read_images: bool = True,
) -> list[PageRead]:
    """Fetches the pages in parallel (a small pool), keeping their order in the result."""
    page_list = list(pages)

    def fetch_one(source: Source) -> tuple[Source, Document | None, list[tuple[Source, FetchResult]]]:
        document = _page_from_fetch(source, fetcher.fetch(source.location, max_bytes=PAGE_LIMIT_BYTES))
        images = _fetch_page_images(source, document, fetcher) if (document and read_images) else []
        return source, document, images

    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="footprint-page") as pool:
        fetched = list(pool.map(fetch_one, page_list))
    images = iter(_read_page_images([image for _, _, page_images in fetched for image in page_images]))
    return [PageRead(source=source, document=document, images=[next(images) for _ in page_images])
            for source, document, page_images in fetched]


class PageChoice:
    """The pages an audit reads, each address once however it was found."""

    def __init__(self, next_id: Callable[[], str]) -> None:
        self.next_id = next_id
        self.seen: set[str] = set()

    def _new(self, url: str) -> bool:
        key = normalise_url(url)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def declared(self, urls: Iterable[str]) -> list[Source]:
        """The profiles the person gave."""
        pages = []
        for url in urls:
            if self._new(url):
                platform, site_kind = classify_url(url)
                pages.append(Source(id=self.next_id(), kind=SourceKind.PAGE, location=url, platform=platform,
                                    site_kind=site_kind, declared=True))
        return pages

    def from_results(self, results: Iterable[Source], *, limit: int) -> list[Source]:
        """Pages behind search results, in the order given (most surely the person's first)."""
        pages: list[Source] = []
        for result in results:
            if len(pages) >= limit:
                break
            if self._new(result.location):
                pages.append(Source(id=self.next_id(), kind=SourceKind.PAGE, location=result.location,
                                    platform=result.platform, site_kind=result.site_kind, parent=result.id))
        return pages

    def linked(self, reads: Iterable[PageRead], *, limit: int) -> list[Source]:
        """The person's other profiles, as their own pages link to them with rel=me."""
        pages: list[Source] = []
        for read in reads:
            if not (read.source.declared and read.document):
                continue
            for url in read.document.rel_me:
                if len(pages) < limit and url.startswith(("http://", "https://")) and self._new(url):
                    platform, site_kind = classify_url(url)
                    pages.append(Source(id=self.next_id(), kind=SourceKind.PAGE, location=url, platform=platform,
                                        site_kind=site_kind, declared=True, parent=read.source.id))
        return pages
