"""The page stage: fetch the person's pages (and those search found), read what a visitor
sees, and read the EXIF of images published on them."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from bs4.element import Comment, Tag

from footprint.collect.fetch import IMAGE_LIMIT_BYTES, PAGE_LIMIT_BYTES, FetchResult, Fetcher
from footprint.exif import read_photo_bytes
from footprint.model import Document, Image, PhotoMeta, Source, SourceKind, Status

log = logging.getLogger(__name__)

HIDDEN_TAGS = ("script", "style", "noscript", "template", "svg", "head")
IMAGES_PER_PAGE = 10
WORKERS = 6


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


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    style = str(tag.get("style", "")).replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def parse_html(source_id: str, body: bytes | str, *, base_url: str = "") -> Document:
    """Visible text, links, images and structured metadata of one HTML page."""
    soup = BeautifulSoup(body, "lxml")
    meta: dict[str, str] = {}
    if soup.title and soup.title.string:
        meta["title"] = soup.title.string.strip()
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        if key and tag.get("content"):
            meta[str(key).lower()] = str(tag["content"]).strip()
    structured = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            structured.append(json.dumps(json.loads(script.string or ""), ensure_ascii=False))
        except ValueError:
            continue
    if structured:
        meta["json-ld"] = "\n".join(structured)

    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(HIDDEN_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_hidden):
        tag.decompose()

    links = []
    for anchor in soup.find_all("a", href=True):
        links.append(urljoin(base_url, str(anchor["href"]).strip()) if base_url else str(anchor["href"]).strip())
    images = []
    for img in soup.find_all("img"):
        src = str(img.get("src") or "").strip()
        if src:
            images.append(Image(src=urljoin(base_url, src) if base_url else src, alt=str(img.get("alt") or "")))
    if og_image := meta.get("og:image"):
        images.append(Image(src=urljoin(base_url, og_image) if base_url else og_image, alt=meta.get("og:image:alt", "")))

    text = soup.get_text("\n", strip=True)
    return Document(source_id=source_id, text=text, links=tuple(links), images=tuple(images), meta=meta)


def read_local_page(path: Path, source_id: str) -> tuple[Source, Document | None]:
    source = Source(id=source_id, kind=SourceKind.PAGE, location=str(path))
    try:
        body = path.read_bytes()
    except OSError as error:
        source.status, source.reason = Status.FAILED, f"could not open the file: {error.strerror or error}"
        return source, None
    if not looks_like_html("", body):
        source.status, source.reason = Status.FAILED, "not an HTML page"
        return source, None
    document = parse_html(source_id, body)
    source.title = document.meta.get("title", "")[:200]
    return source, document


def _page_from_fetch(source: Source, fetched: FetchResult) -> Document | None:
    if not fetched.ok:
        source.status, source.reason = Status.FAILED, fetched.error
        return None
    if not looks_like_html(fetched.content_type, fetched.body):
        kind = fetched.content_type.split(";")[0] or "unknown type"
        source.status, source.reason = Status.FAILED, f"not an HTML page ({kind})"
        return None
    document = parse_html(source.id, fetched.body, base_url=fetched.final_url or fetched.url)
    source.title = document.meta.get("title", "")[:200]
    return document


def _read_page_images(page: Source, document: Document, fetcher: Fetcher) -> list[tuple[Source, PhotoMeta]]:
    read: list[tuple[Source, PhotoMeta]] = []
    seen: set[str] = set()
    for image in document.images:
        if image.src in seen or urlsplit(image.src).scheme not in ("http", "https"):
            continue
        seen.add(image.src)
        if len(seen) > IMAGES_PER_PAGE:
            break
        source = Source(id=f"{page.id}.{len(seen)}", kind=SourceKind.IMAGE, location=image.src, parent=page.id, title=image.alt[:200])
        fetched = fetcher.fetch(image.src, max_bytes=IMAGE_LIMIT_BYTES)
        if not fetched.ok:
            source.status, source.reason = Status.FAILED, fetched.error
            read.append((source, PhotoMeta(path=image.src, error=fetched.error)))
            continue
        meta = read_photo_bytes(fetched.body, name=image.src)
        if meta.error:
            source.status, source.reason = Status.FAILED, meta.error
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

    def read_one(source: Source) -> PageRead:
        document = _page_from_fetch(source, fetcher.fetch(source.location, max_bytes=PAGE_LIMIT_BYTES))
        images = _read_page_images(source, document, fetcher) if (document and read_images) else []
        return PageRead(source=source, document=document, images=images)

    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="footprint-page") as pool:
        return list(pool.map(read_one, page_list))
