"""A learned second opinion on the person's birthday.

The phrasings of data/birthdays.json find a birthday said in a known way ("Big 3-0 today!", "my
birthday is on 3 March"). People also give it away in ways no list holds: friends' "Happy birthday
Huw!!" under a post dated 8 June, "I turned 44 yesterday" in a dated post, "my birthday on the Friday
(the 21st!)", "Date of birth 14.03.1991", "she celebrated a birthday of her own on the 23rd of this
month". Every mention of a birthday (data/birthdays.json "events") is paired with every date it could
give: each date written in its sentence (a day alone takes the month of the dates around it), and the
date of the post it stands in, moved by "yesterday", "tomorrow" or a weekday said with it. A logistic
regression trained on the labelled pages (bench/train_birthday_model.py) reads from the sentence whose
birthday it is and which date it means; its weights are data (data/birthday_model.json).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from footprint.detect.children_model import kinship_classes
from footprint.detect.contact import (
    DAY_MONTH,
    DAY_SUFFIX,
    DEADLINE_BEFORE,
    FIRST_PERSON_SINGULAR,
    MONTH_DAY,
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_WORD,
    WEEKDAYS,
    date_value,
    find_birthdays_by_rules,
    full_year,
    heads_a_post,
    month_by_weekday,
    month_day,
    months_named,
    next_to_before,
    post_date_near,
    weekday_before,
)
from footprint.detect.learned import LinearModel, load_model
from footprint.detect.lexicon import cues, is_given_name, pet_words, relation_words
from footprint.detect.owner import owner_words, page_names_person, post_around, where_written
from footprint.model import Detection, Document, Subject
from footprint.text import NAME_WORD, WORD, excerpt, fold, lowered, phrase_pattern, sentence_around, sentences

# An age as people write it: "40", "3-0", "forty", "forty-five", Welsh "deugain", "hanner cant".
NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred")
AGE = rf"(?:\d{{1,3}}|\d-\d|(?:{NUMBER_WORDS})(?:-(?:{NUMBER_WORDS}))?|ugain|deugain|trigain|hanner cant)"
MILESTONE = (r"(?:18th|21st|[1-9]0th|100th|eighteenth|twenty-first|thirtieth|fortieth|fiftieth|sixtieth|seventieth|"
             r"eightieth|ninetieth|hundredth)")
CHILD_AGE_LIMIT = 16
WEEKDAY = re.compile(r"\b(?:(last|next|this)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
POST_DATE_REACH = 2500
MAX_EVENTS = 60  # birthday mentions read on one page: enough for a page of wishes
EVENT_DATES_READ = 8  # the page's first dates, where its event's day is written under the title


def birthday_model() -> LinearModel:
    return load_model("birthday_model.json")


@dataclass(frozen=True)
class Candidate:
    value: str  # "MM-DD"
    start: int  # of the birthday mention
    end: int
    features: frozenset[str]


@dataclass(frozen=True)
class _Date:
    start: int
    end: int
    value: str  # "YYYY-MM-DD" or "MM-DD"


@cache
def _events() -> re.Pattern[str]:
    return _phrases("events")


@cache
def _wishes() -> re.Pattern[str]:
    return _phrases("wishes")


def _phrases(key: str) -> re.Pattern[str]:
    patterns = [re.escape(p).replace(r"\{age\}", AGE).replace(r"\{milestone\}", MILESTONE).replace(r"\ ", r"\s+")
                for p in sorted(cues("birthdays")[key], key=len, reverse=True)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w-])")


@cache
def _coincidence() -> re.Pattern[str]:
    return phrase_pattern(tuple(cues("birthdays")["coincidence"]))


@cache
def _past_words() -> frozenset[str]:
    return frozenset(cues("birthdays")["past_words"])


@cache
def _day_words() -> dict[str, int]:
    return dict(cues("birthdays")["day_words"])


@cache
def _written_date() -> re.Pattern[str]:
    """Dates written out: "14 June 2025", "June 14", "14/06/2025", "19/05/25", "14.03.1991", "2025-06-14", "the
    thirteenth of March", "y trydydd o Dachwedd"."""
    words = "|".join(sorted(_day_words(), key=len, reverse=True))
    return re.compile(rf"{DAY_MONTH}|{MONTH_DAY}|(?<!\d)(\d{{1,2}})[/.](\d{{1,2}})[/.]((?:19|20)\d\d\b|(?<=\d\d/\d\d/)\d\d(?![\d/]))|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"
                      rf"|\b({words})\s+(?:of\s+|o\s+)?({MONTH_NAMES})\b")


@cache
def _day_alone() -> re.Pattern[str]:
    """A day of the month without its month: "the 21st", "Saturday the 28th", "Friday (29th)", "on the
    thirteenth", "y 14eg"."""
    words = "|".join(sorted(_day_words(), key=len, reverse=True))
    return re.compile(rf"(?:\b(?:the|y|yr|on|ar|{WEEKDAY_WORD}|sul|sadwrn|llun|gwener|iau|mercher)\s+\(?|\()"
                      rf"(\d{{1,2}}{DAY_SUFFIX}|{words})\b(?!\s+(?:of\s+|o\s+)?(?:{MONTH_NAMES})\b)")


@cache
def _named_days() -> re.Pattern[str]:
    return phrase_pattern(tuple(cues("birthdays")["named_days"]))


def _written_dates(lower: str) -> list[_Date]:
    """Every full date on the page, in the order written."""
    found = []
    for match in _written_date().finditer(lower):
        groups = match.groups()
        if groups[0] or groups[3]:
            value = date_value(groups[:6])
        elif groups[12]:
            value = month_day(MONTHS[groups[13]], _day_words()[groups[12]], None)
        elif groups[6]:
            value = month_day(int(groups[7]), int(groups[6]), full_year(groups[8]))  # UK order: day/month/year
        else:
            value = month_day(int(groups[10]), int(groups[11]), int(groups[9]))
        if value:
            found.append(_Date(match.start(), match.end(), value))
    return found


def _nearest(dates: list[_Date], starts: list[int], position: int, *, outside: tuple[int, int] | None = None) -> _Date | None:
    """The written date closest to `position` within reach, outside the given stretch."""
    at = bisect_right(starts, position)
    best: _Date | None = None
    for index in range(max(0, at - 6), min(len(dates), at + 6)):
        found = dates[index]
        if outside and outside[0] <= found.start < outside[1]:
            continue
        distance = abs(found.start - position)
        if distance <= POST_DATE_REACH and (best is None or distance < abs(best.start - position)):
            best = found
    return best


def _month_for(day: int, weekday: int | None, dates: list[_Date], starts: list[int], position: int) -> tuple[str, str] | None:
    """(MM-DD, how) for a day said alone: the month of a date on the page with the same day ("Fri 6th - Sun
    8th June ... the Sunday is the 8th"), or else the month in which it falls on the weekday said with it
    nearest the post's date ("Saturday 9th" in a post of 14 October 2024), or else that of the nearest date."""
    at = bisect_right(starts, position)
    near = [d for d in dates[max(0, at - 8) : at + 8] if abs(d.start - position) <= POST_DATE_REACH]
    if same_day := [d for d in near if int(d.value[-2:]) == day]:
        closest = min(same_day, key=lambda d: abs(d.start - position))
        return (value, "day_alone") if (value := month_day(int(closest.value[-5:-3]), day, None)) else None
    posted = post_date_near([(d.start, d.value) for d in near], position) if weekday is not None else None
    if weekday is not None and posted and (value := month_by_weekday(day, weekday, posted)):
        return value, "weekday_and_day"
    around = min(near, key=lambda d: abs(d.start - position), default=None)
    return (value, "day_alone") if around and (value := month_day(int(around.value[-5:-3]), day, None)) else None


def _month_named_in(sentence: str, day: int) -> tuple[str, str] | None:
    """(MM-DD, how) for a day said alone in a sentence that names one month alone ("our May meeting (Tuesday 14th)")."""
    months = set(months_named(sentence, sentence.lower(), len(sentence)))
    if len(months) != 1:
        return None
    return (value, "day_alone") if (value := month_day(months.pop(), day, None)) else None


def _event_dates(dates: list[_Date], lower: str) -> list[_Date]:
    """The days the page may be about ("Saturday 14th June 2025" under a show's title, "When: Thursday 14 March
    2024"): its first two full dates that head no post and are no deadline ("RSVP by 1 April"). The first
    is often the day a news story was written, the second the day it tells of. Not a date on the page's first line."""
    return [found for found in dates[:EVENT_DATES_READ]
            if not heads_a_post(lower, found.start, found.end) and not _heads_the_page(lower, found.start)
            and not DEADLINE_BEFORE.search(lower, max(0, found.start - 30), found.start)][:2]


def _heads_the_page(lower: str, start: int) -> bool:
    """A date on the page's first line: a news site's masthead gives the day it is read ("Monday 12 August 2024" /
    "Llandeilo 19°C"), not the day the story tells of."""
    return "\n" not in lower[:start]


def _moved(value: str, days: int | None, weekday: tuple[str | None, str] | None) -> str | None:
    """The post's date moved by a number of days, or to the weekday named (after it, or before it with "last")."""
    posted = date.fromisoformat(value if len(value) == 10 else f"2000-{value}")
    if days is not None:
        return (posted + timedelta(days=days)).isoformat()
    if weekday is None or len(value) != 10:
        return None  # which Friday is unknown without the year
    which, name = weekday
    target = WEEKDAYS.index(name)
    if which == "last":
        return (posted - timedelta(days=(posted.weekday() - target) % 7 or 7)).isoformat()
    return (posted + timedelta(days=(target - posted.weekday()) % 7)).isoformat()


def _age_features(mention: str) -> set[str]:
    if digits := re.search(r"\d+", mention.replace("-", "")):
        age = int(digits.group(0)) if "-" not in mention else int(digits.group(0)[:1]) * 10
        return {"a:child" if age < CHILD_AGE_LIMIT else "a:adult"}
    return set()


# "my", "Poppy's", "mam's" before a mention; not a contraction ("it's my 45th birthday" is the writer's).
POSSESSOR = re.compile(rf"(?:\b((?i:my|your|her|his|our|their|fy|dy|ei|ein))|({NAME_WORD})(?:'s|’s)|\b(?!(?:it|that|he|she|what|there|here|who|where|let)['’]s\b)([a-z]+)(?:'s|’s))\s*(?:\w+\s+){{0,2}}$")
WISH_TO = re.compile(rf"^[\s,!]*(?:to\s+|i\s+|for\s+)?(?:you\s+|ti\s+)?({NAME_WORD})?")
# "Happy birthday to my mum", "to our lovely nan", "i'n mab": a wish addressed to a relative.
WISH_TO_KIN = re.compile(r"^[\s,!]*(?:to|i|for)?\s*(?:my|our|your|the|fy|ein|'r|’r|'n|’n)\s*((?:[\w'’-]+\s+)?[\w'’-]+)", re.IGNORECASE)


def _whose_features(text: str, sentence: str, offset: int, mention_start: int, mention_end: int, own: frozenset[str]) -> set[str]:
    """Who the sentence gives the birthday to: a possessive before the mention ("my", "Poppy's", "mam's"),
    the name a wish is addressed to ("Happy birthday Huw!"), a first person anywhere in it."""
    features = set()
    before = text[max(offset, mention_start - 40) : mention_start]
    if possessor := POSSESSOR.search(before):
        pronoun, name, noun = possessor.groups()
        if pronoun:
            features.add(f"poss:{fold(pronoun)}")
        elif name:
            features.add("poss:owner" if fold(name) in own else "poss:other_name")
        elif noun:
            features.add(f"poss:{kinship_classes().get(fold(noun), 'word')}")
    lower = sentence.lower()
    if wish := _wishes().search(lower):
        addressed = WISH_TO.match(sentence[wish.end() :])
        name = addressed.group(1) if addressed else None
        if name and is_given_name(name):
            features.add("wish:to_owner" if fold(name) in own else "wish:to_other")
        elif not name:
            features.add("wish:to_nobody_named")
    return features


def _sentence_features(sentence: str, words: list[str], own: frozenset[str]) -> set[str]:
    classes = kinship_classes()
    features = {f"cs:{classes[word]}" for word in words if word in classes}
    if not FIRST_PERSON_SINGULAR.isdisjoint(words):
        features.add("s:first_person")
    if any(word in own for word in words):
        features.add("s:owner_named")
    if any(is_given_name(word) and fold(word) not in own for word in re.findall(NAME_WORD, sentence)):
        features.add("s:other_named")
    if pet_words().search(sentence.lower()):
        features.add("s:pet")
    if _wishes().search(sentence.lower()):
        features.add("s:wish")
    return features


def _between_features(between: str, own: frozenset[str]) -> set[str]:
    features = set()
    names = [fold(w) for w in re.findall(NAME_WORD, between) if is_given_name(w)]
    if any(name not in own for name in names):
        features.add("b:other_named")
    if any(name in own for name in names):
        features.add("b:owner_named")
    if re.search(r"[.!?;]", between):
        features.add("b:clause_break")
    return features


def _distance(chars: int) -> str:
    return "near" if chars < 20 else "mid" if chars < 60 else "far"


def candidates(document: Document, subject: Subject, by_rules: dict[str, bool | None] | None = None) -> list[Candidate]:
    """Each (birthday mention, date it could give) pair on the page, with what the sentence says about it
    and what the phrasings (by_rules: day -> whose they say it is) made of the same day."""
    text = document.text
    lower = lowered(text)
    mentions = list(_events().finditer(lower))[:MAX_EVENTS]
    if not mentions:
        return []
    own = owner_words(subject)
    about_person = page_names_person(document, subject)
    dates = _written_dates(lower)
    starts = [d.start for d in dates]
    cut = sentences(text)
    sentence_starts = [offset for offset, _ in cut]
    relative = cues("birthdays")["relative_days"]
    events = _event_dates(dates, lower)
    found: list[Candidate] = []
    for mention in mentions:
        index = bisect_right(sentence_starts, mention.start()) - 1
        offset, sentence = cut[max(index, 0)]
        sentence_end = offset + len(sentence)
        words = [fold(w) for w in WORD.findall(sentence)]
        common = _sentence_features(sentence, words, own) | _age_features(mention.group(0))
        common |= _whose_features(text, sentence, offset, mention.start(), mention.end(), own)
        place = where_written(document, mention.start(), subject)
        common.update(f"{place}&{f}" for f in list(common) if f.startswith(("s:first_person", "wish:", "poss:")))
        common.add(f"m:{mention.group(0).split()[0] if mention.group(0)[0].isalpha() else 'age'}")
        common.add(place)
        if about_person:
            common.add("p:about_person")
        said: list[tuple[_Date, str]] = [(d, "explicit") for d in dates if offset <= d.start < sentence_end]
        for alone in _day_alone().finditer(lower, offset, sentence_end):
            if any(d.start <= alone.start(1) < d.end for d, _ in said):
                continue
            raw = alone.group(1)
            day = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else _day_words()[raw]
            if resolved := (_month_named_in(sentence, day)
                            or _month_for(day, weekday_before(lower, alone.start(1), day), dates, starts, alone.start(1))):
                said.append((_Date(alone.start(1), alone.end(1), resolved[0]), resolved[1]))
        for named in _named_days().finditer(lower, offset, sentence_end):
            said.append((_Date(named.start(), named.end(), cues("birthdays")["named_days"][named.group(0)]), "named_day"))
        for found_date, source in said:
            features = set(common) | {f"d:{source}"}
            if len(found_date.value) == 10:
                age = date.today().year - int(found_date.value[:4])
                features.add("d:with_year" if age >= CHILD_AGE_LIMIT else "d:year_of_a_child")
            before = found_date.start < mention.start()
            gap = mention.start() - found_date.end if before else found_date.start - mention.end()
            features.add(f"d:{'before' if before else 'after'}_{_distance(max(gap, 0))}")
            between = text[found_date.end : mention.start()] if before else text[mention.end() : found_date.start]
            features |= _between_features(between, own)
            found.append(Candidate(found_date.value[-5:], mention.start(), mention.end(), frozenset(features)))
        next_to = next_to_before().search(lower, max(offset, mention.start() - 40), mention.start())
        # "race day is also her birthday", "the wedding is the day after I turn 30": the day of the page's event.
        shift = cues("birthdays")["next_to"][next_to.group(1)] if next_to else None
        if shift is not None or _coincidence().search(sentence):
            for order, event in enumerate(events):
                if offset <= event.start < sentence_end:
                    continue  # a date in the sentence is paired above
                features = set(common) | {f"d:page_event_{order + 1}", "d:next_to" if next_to else "d:coincides"}
                if said:
                    features.add("d:other_date_said")
                event_day = _moved(event.value, shift or 0, None) or event.value
                found.append(Candidate(event_day[-5:], mention.start(), mention.end(), frozenset(features)))
        # The post's own date, moved by a relative day said in the sentence.
        posted = _nearest(dates, starts, mention.start(), outside=(offset, sentence_end))
        if posted is None:
            continue
        days = next((shift for word, shift in relative.items() if word in words), None)
        if shift is not None:
            days = shift
        weekday = WEEKDAY.search(sentence.lower())
        which = weekday.group(1) if weekday else None
        if weekday and which is None and not _past_words().isdisjoint(words):
            which = "last"  # "On Friday I officially became fifty", written after it
        moved = _moved(posted.value, days, (which, weekday.group(2)) if weekday else None)
        features = set(common) | {"d:post_date"}
        if days is not None:
            features.add("d:next_to" if next_to else "d:moved_by_day" if days else "d:today")
        elif weekday:
            features.add("d:moved_to_weekday" if moved else "d:weekday_unknown")
        if said:
            features.add("d:other_date_said")
        features.add(f"d:post_{'before' if posted.start < mention.start() else 'after'}_{_distance(abs(posted.start - mention.start()) // 10)}")
        if (post := post_around(document, mention.start())) and post[0] <= posted.start < post[1]:
            features.add("d:in_same_post")
        found.append(Candidate((moved or posted.value)[-5:], mention.start(), mention.end(), frozenset(features)))
    return _with_support(found, by_rules or {})


def _with_support(found: list[Candidate], by_rules: dict[str, bool | None]) -> list[Candidate]:
    """How many mentions of a birthday give the same day ("Happy birthday Sue!" in five comments of 14
    June), and whether the phrasings found that day too."""
    mentions: dict[str, set[int]] = {}
    for candidate in found:
        mentions.setdefault(candidate.value, set()).add(candidate.start)
    supported = []
    for candidate in found:
        count = len(mentions[candidate.value])
        support = "v:one_mention" if count == 1 else "v:two_mentions" if count == 2 else "v:three_or_more_mentions"
        features = candidate.features | {support}
        if candidate.value in by_rules:
            features |= {"r:rules_someone_elses" if by_rules[candidate.value] is False else "r:rules_found"}
        supported.append(Candidate(candidate.value, candidate.start, candidate.end, features))
    return supported


def _wished_to_a_relative(sentence: str) -> bool:
    """The mention's sentence wishes a relative happy birthday ("Happy birthday to my mum, 70 today!"): the
    day is theirs, whatever else the sentence says."""
    wish = _wishes().search(sentence.lower())
    addressed = WISH_TO_KIN.match(sentence[wish.end() :]) if wish else None
    return addressed is not None and any(fold(word) in relation_words() for word in addressed.group(1).split())


def find_birthdays(document: Document, subject: Subject) -> list[Detection]:
    """The person's birthday: what the phrasings find (contact.find_birthdays_by_rules); when they find none
    of the person's, the one day the learned model rates highest from the mentions of a birthday and the
    dates around them, if it rates it high enough (a person has one birthday)."""
    found = find_birthdays_by_rules(document, subject)
    if any(d.owner is not False for d in found):
        return found
    model = birthday_model()
    scored = [(model.probability(c.features), c) for c in candidates(document, subject, {d.value: d.owner for d in found})]
    if not scored:
        return found
    p, best = max(scored, key=lambda pair: pair[0])
    offset, sentence = sentence_around(document.text, best.start, best.end)
    # "Birthday shout-out to Macsen who turns 7 tomorrow!": a child's age said of the same day in the same sentence.
    a_childs = any("a:child" in c.features and c.value == best.value and offset <= c.start < offset + len(sentence) for _, c in scored)
    if (p >= model.threshold and best.value not in {d.value for d in found} and not a_childs
            and not _wished_to_a_relative(sentence)):
        found.append(Detection(kind="birthday", value=best.value, evidence=excerpt(document.text, best.start, best.end),
                               source_id=document.source_id, match=document.text[best.start : best.end], owner=None))
    return found
