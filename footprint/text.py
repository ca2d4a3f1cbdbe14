"""Small text helpers shared by the detectors."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

EXCERPT_WIDTH = 80


def squash(text: str) -> str:
    return " ".join(text.split())


def excerpt(text: str, start: int, end: int, *, width: int = EXCERPT_WIDTH) -> str:
    """The match with up to `width` characters either side, cut at word boundaries."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0 and (space := text.find(" ", left, start)) != -1:
        left = space + 1
    if right < len(text) and (space := text.rfind(" ", end, right)) != -1:
        right = space
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    return prefix + squash(text[left:right]) + suffix


def fold(text: str) -> str:
    """Lower case without accents, so 'Siân' matches 'Sian' and 'Gwenllïan' matches 'Gwenllian'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def alternation(phrases: Iterable[str]) -> str:
    """The phrases as one regular-expression alternation, escaped, longest first (so "my birthday" wins over "my")."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=512)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any phrase on word boundaries, longest first."""
    return re.compile(r"(?<!\w)(?:" + alternation(phrases) + r")(?!\w)", re.IGNORECASE)


# A capitalised word, as names of people and places are written (Welsh and hyphenated too).
UPPER = "A-Z\u00C0-\u00DE\u0174\u0176"  # Latin capitals, with Welsh Ŵ and Ŷ
LOWER = "a-z\u00DF-\u00FF\u0175\u0177"  # and ŵ, ŷ
NAME_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?"


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    return text.lower()


@lru_cache(maxsize=64)  # several detectors share a trigger on the same page
def windows(text: str, trigger: re.Pattern[str], *, before: int, after: int) -> tuple[tuple[int, int], ...]:
    """Merged spans of text around every match of a cheap trigger pattern.

    Detectors run their expensive patterns only inside these spans: most of a page holds no
    "@", no "(7)" and no "Year 3", and scanning all of it with a long alternation is what
    made detection slower than parsing (bench/page_speed.py). Triggers are written in lower
    case and run on the lower-cased text, several times faster than a case-insensitive
    pattern; if lower-casing shifts a few offsets the generous margins absorb it.
    """
    spans: list[tuple[int, int]] = []
    for match in trigger.finditer(lowered(text)):
        start, end = max(0, match.start() - before), min(len(text), match.end() + after)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return tuple(spans)


def finditer_near(pattern: re.Pattern[str], text: str, trigger: re.Pattern[str], *, before: int = 200,
                  after: int = 200) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), restricted to the windows around `trigger` (see windows())."""
    for start, end in windows(text, trigger, before=before, after=after):
        yield from pattern.finditer(text, start, end)


def matches_at(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> list[re.Match[str]]:
    """pattern.match at the start of each span (see phrase_spans), never overlapping: for patterns that
    begin with a cue word, one anchored try per cue instead of a scan of the text around it."""
    found: list[re.Match[str]] = []
    for start, _ in spans:
        if (not found or start >= found[-1].end()) and (match := pattern.match(text, start)):
            found.append(match)
    return found


# A full stop that ends an abbreviation, not a sentence: "no. 14", "Tel. 01632 ...", "Mrs. Rees", "St. David's".
NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "tel", "ref", "approx"})
TITLE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "mx", "dr", "st", "rev", "revd", "cllr", "prof", "parch", "capt", "sgt", "insp"})


def ends_sentence(text: str, dot: int) -> bool:
    """Whether the "." at text[dot], followed by a space, ends a sentence."""
    word_start = dot
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:dot].lower()
    following = text[dot + 2 : dot + 3]
    if word in NUMBER_ABBREVIATIONS:
        return not following.isdigit()
    if word in TITLE_ABBREVIATIONS:
        return not following.isupper()
    return True


def _mark_ends_sentence(text: str, at: int, mark: str) -> bool:
    """A full stop as ends_sentence reads it; "!" or "?" unless a dash or a lower-case word follows: "a special
    birthday – 60! – on 28 December", "Who knew? not me"."""
    if mark == ". ":
        return ends_sentence(text, at)
    following = text[at + 2 : at + 3]
    return not (following in ("–", "—", "-") or following.islower())


def _between_sentence_marks(text: str, left: int, right: int, start: int, end: int, *, read_stops: bool) -> tuple[int, int]:
    """text[left:right] narrowed to the sentence marks nearest text[start:end] on either side. With read_stops, a
    full stop after an abbreviation ("Tel. 01632 ...") does not count; "!" and "?" never count before a dash or a
    lower-case word."""
    for mark in (". ", "! ", "? "):
        def passed_over(at: int, mark: str = mark) -> bool:
            return (mark != ". " or read_stops) and not _mark_ends_sentence(text, at, mark)

        before = text.rfind(mark, left, start)
        while before != -1 and passed_over(before):
            before = text.rfind(mark, left, before)
        if before != -1:
            left = before + 2
        after = text.find(mark, end, right)
        while after != -1 and passed_over(after):
            after = text.find(mark, after + 2, right)
        if after != -1:
            right = after + 1
    return left, right


def sentence_around(text: str, start: int, end: int) -> tuple[int, str]:
    """(offset, sentence) of the sentence holding text[start:end]; lines count as breaks."""
    left, right = 0, len(text)
    if (newline := text.rfind("\n", 0, start)) != -1:
        left = newline + 1
    if (newline := text.find("\n", end)) != -1:
        right = newline
    left, right = _between_sentence_marks(text, left, right, start, end, read_stops=True)
    while left < right and text[left].isspace():
        left += 1
    return left, text[left:right].rstrip()


SENTENCE_END = re.compile(r"[.!?] |\n")


@lru_cache(maxsize=8)  # the practice and children models read the same page's sentences
def sentences(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, sentence) of every sentence of the text, cut where sentence_around cuts: at a line
    break and after ". ", "! " or "? "."""
    found = []
    left = 0
    for mark in (*SENTENCE_END.finditer(text), None):
        if mark is not None and mark.group() == ". " and not ends_sentence(text, mark.start()):
            continue
        right = len(text) if mark is None else mark.start() + (0 if mark.group() == "\n" else 1)
        while left < right and text[left].isspace():
            left += 1
        if sentence := text[left:right].rstrip():
            found.append((left, sentence))
        if mark is not None:
            left = mark.end()
    return tuple(found)


LINE_JOIN_REACH = 200


def _runs_on(last: str) -> bool:
    """A line ending in a word, a comma or a dash runs on into the next; one ending in a full stop, a
    number, an emoji or a symbol ends there ("... all day 🥳" / "Caerau_Dad" / "· 12 Mar 2024 08:30")."""
    return bool(last) and (last.isalpha() or last in ",–—-(")  # not a time stamp: "· 12 Mar 2024 07:52"


def sentence_across_lines(text: str, start: int, end: int) -> tuple[int, str]:
    """Like sentence_around, but a line break inside a sentence does not end it: the page text puts
    each inline element on a line of its own ("On" / "Saturday 8 June" / "– which is my 40th birthday")."""
    left = text.rfind("\n", 0, start) + 1
    while left > 0 and start - left < LINE_JOIN_REACH:
        previous_start = text.rfind("\n", 0, left - 1) + 1
        previous = text[previous_start : left - 1].rstrip()
        if not previous or not _runs_on(previous[-1]):
            break
        left = previous_start
    right = text.find("\n", end)
    while right != -1 and right - end < LINE_JOIN_REACH and _runs_on(text[max(0, right - LINE_JOIN_REACH) : right].rstrip()[-1:]):
        right = text.find("\n", right + 1)
    right = len(text) if right == -1 else right
    left, right = _between_sentence_marks(text, left, right, start, end, read_stops=False)
    while left < right and text[left].isspace():
        left += 1
    return left, text[left:right].rstrip()


# The shapes of an email address and a full UK postcode: what the detectors look for and what a
# redacted report masks wherever it stands.
EMAIL = re.compile(r"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![\w-])")
POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE)

WORD = re.compile(r"\w+(?:['’&-]\w+)*")


@lru_cache(maxsize=8)
def words_of(text: str) -> frozenset[str]:
    """The lower-cased words of a text, once: a set lookup per cue instead of a scan per cue."""
    return frozenset(WORD.findall(lowered(text)))


@lru_cache(maxsize=256)
def _whole_words(phrases: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """(phrase, the words of it that stand whole between spaces) for each phrase: "one of my" has
    three, "#proud" none (it can be glued to more letters, as in "#proudmum")."""
    return tuple((phrase, frozenset(part for part in phrase.lower().split() if WORD.fullmatch(part))) for phrase in phrases)


def present_phrases(text: str, phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases that occur in the text: those whose whole words are all among its words,
    checked with a plain substring test (most cue phrases fail the cheap word test first)."""
    words, lower = words_of(text), lowered(text)
    return tuple(p for p, needed in _whole_words(phrases) if needed <= words and p in lower)


@lru_cache(maxsize=512)
def _lower_case_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)")


def phrase_spans(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of every phrase in the text as whole words, case-insensitively.

    The lower-cased text scanned by a case-sensitive pattern, the word boundary before each hit
    checked by hand: about seven times faster over a whole page than re.IGNORECASE with a
    lookbehind, which stops re from skipping ahead to the phrases' first letters."""
    present = present_phrases(text, phrases)
    if not present:
        return []
    lower = lowered(text)
    if len(lower) != len(text):  # lower-casing moved offsets: use the slow, exact pattern
        return [m.span() for m in phrase_pattern(present).finditer(text)]
    return [m.span() for m in _lower_case_pattern(present).finditer(lower)
            if m.start() == 0 or not (lower[m.start() - 1].isalnum() or lower[m.start() - 1] == "_")]


def phrases_in(text: str, phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern for just the phrases that occur in the text (set and substring tests first,
    far cheaper than a long alternation scanned at every position), or None."""
    present = present_phrases(text, phrases)
    return phrase_pattern(present) if present else None
