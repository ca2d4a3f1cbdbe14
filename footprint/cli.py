"""The command line. It parses options, calls the library, and turns errors into one line.

Exit statuses (pinned by tests/test_cli.py):
  0  done (an audit that could not check some sources still exits 0: the report lists them)
  1  the command could not finish (for example, the report folder cannot be written)
  2  usage error: unknown command or option, missing or invalid input
  130 interrupted with Ctrl-C
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import unicodedata
from dataclasses import asdict
from datetime import date
from enum import IntEnum
from pathlib import Path

import click

from footprint import __version__
from footprint.collect.photos import collect_photos
from footprint.detect import detect_document, detect_photo, detect_photo_set
from footprint.model import Detection, PhotoMeta, Source, SourceKind, Status, Subject
from footprint.scrub import scrub_file

# The audit, page and report machinery (requests, BeautifulSoup, Jinja2...) is imported inside
# the commands that use it: `footprint photos` on a big folder should not wait for it.
DEFAULT_MAX_QUERIES = 40

SELF_AUDIT_NOTICE = (
    "footprint is for checking yourself, or a person who has given you written consent. "
    "Do not use it to look up service users: the safeguarding guidance forbids gathering "
    "information about them online."
)


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


def terminal_safe(text: str) -> str:
    """Scraped text can carry terminal escape sequences; print only what is printable."""
    return "".join(ch if ch.isprintable() or ch == " " else "?" for ch in text if unicodedata.category(ch) != "Cf")


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "person"


def check_full_name(name: str) -> str:
    name = " ".join(name.split())
    if len(re.findall(r"\w+", name)) < 2:
        raise click.BadParameter("give a full name, first and last (for example \"Jane Doe\").", param_hint="--name")
    return name


def progress_printer(quiet: bool, *, width: int = 30):
    """A one-line bar per stage on a terminal; occasional plain lines when stderr is a file."""
    interactive = sys.stderr.isatty()

    def report(stage: str, done: int, total: int) -> None:
        if quiet or total == 0:
            return
        if interactive:
            filled = width * done // total
            end = "\n" if done == total else ""
            click.echo(f"\r  {stage:7} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", err=True, nl=False)
            if end:
                click.echo("", err=True)
        elif done == total or done % 10 == 0:
            click.echo(f"  {stage}: {done}/{total}", err=True)
    return report


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=SELF_AUDIT_NOTICE)
@click.version_option(__version__, prog_name="footprint")
@click.option("-v", "--verbose", is_flag=True, help="Log what happens, to standard error.")
def cli(verbose: bool) -> None:
    """footprint: see what strangers can find out about you online, and how to fix it.

    It searches for your name, reads your public pages and photos, and writes a private
    HTML and JSON report on this computer. Nothing is sent anywhere else.
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("reports/demo"), show_default=True,
              help="Folder for report.html and report.json.")
@click.option("--reveal", is_flag=True, help="Show full values instead of partly hidden ones.")
@click.option("--compare", "compare_with", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="A previous report.json: show what is new, gone and unchanged since then.")
def demo(out: Path, reveal: bool, compare_with: Path | None) -> None:
    """Audit the bundled fictional persona, fully offline (for trainers)."""
    from footprint.audit import run_audit
    from footprint.demo import load_demo

    previous = _load_previous(compare_with)
    scenario = load_demo()
    audit = run_audit(scenario.subject, consent="demo", plan=scenario.plan, search_backend=scenario.backend,
                      fetcher=scenario.fetcher)
    _write(audit, out, reveal, previous)


def _load_previous(path: Path | None) -> dict | None:
    from footprint.render import load_previous

    if path is None:
        return None
    try:
        return load_previous(path)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--compare") from error


def _write(audit, out: Path, reveal: bool, previous: dict | None = None) -> None:
    from footprint.render import write_report

    try:
        html_path, json_path = write_report(audit, out, reveal=reveal, previous=previous)
    except OSError as error:
        raise click.ClickException(f"could not write the report in {out}: {error.strerror or error}") from error
    failed = sum(s.status != Status.OK for s in audit.sources)
    click.echo(f"{len(audit.findings)} findings; {failed} things could not be checked (listed in the report).", err=True)
    click.echo(str(html_path))
    click.echo(str(json_path))


@cli.command(epilog=SELF_AUDIT_NOTICE)
@click.option("--name", "name", required=True, help="Your full name, as others would type it.")
@click.option("--other-name", multiple=True, help="A former or alternative name (repeatable).")
@click.option("--short-name", multiple=True, help="A short form of your first name people use, e.g. 'Jen' (repeatable).")
@click.option("--town", multiple=True, help="A town you live or work in (repeatable).")
@click.option("--employer", default="", help="Your employer.")
@click.option("--role", default="", help="Your job, e.g. 'social worker'.")
@click.option("--profile", "profiles", multiple=True, metavar="URL", help="One of your own public pages (repeatable).")
@click.option("--photo", "photos", multiple=True, metavar="PATH", help="A photo file or folder of yours (repeatable).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Report folder [default: reports/<name>-<date>/].")
@click.option("--max-queries", type=click.IntRange(min=0), default=DEFAULT_MAX_QUERIES, show_default=True,
              help="Most searches to send; 0 skips the search stage.")
@click.option("--offline", is_flag=True, help="No network: use cached or recorded content only.")
@click.option("--allow-private", is_flag=True, help="Allow fetching loopback and private addresses (local servers, tests).")
@click.option("--reveal", is_flag=True, help="Show full values instead of partly hidden ones.")
@click.option("--consent", type=click.Choice(["self", "written"]), default=None,
              help="Who is being checked: yourself, or a person who gave written consent.")
@click.option("--replay", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Answer the search stage from recorded results (JSON) instead of the network.")
@click.option("--plan", "show_plan", is_flag=True, help="Print the searches that would be sent, and stop.")
@click.option("--inspect-results", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many of the search results most likely about you to read as pages.")
@click.option("--search-budget", type=click.FloatRange(min=1), default=300, show_default=True,
              help="Most seconds to spend searching; unsent searches are listed in the report.")
@click.option("--compare", "compare_with", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="A previous report.json: show what is new, gone and unchanged since then.")
@click.option("--no-cache", is_flag=True, help="Do not use or fill the disk cache.")
@click.option("--quiet", is_flag=True, help="No progress messages.")
def audit(name, other_name, short_name, town, employer, role, profiles, photos, out, max_queries, offline,
          allow_private, reveal, consent, replay, show_plan, inspect_results, search_budget, compare_with, no_cache,
          quiet) -> None:
    """Search for yourself, read your pages and photos, and write a privacy report."""
    from footprint.audit import COMMON_NAME_WARNING, AuditOptions, run_audit
    from footprint.cache import DiskCache, default_cache_dir
    from footprint.collect import search
    from footprint.collect.fetch import HttpFetcher, OfflineFetcher
    from footprint.names import is_common_name

    subject = Subject(
        full_name=check_full_name(name),
        other_names=tuple(" ".join(n.split()) for n in other_name if n.strip()),
        short_names=tuple(n.strip() for n in short_name if n.strip()),
        towns=tuple(t.strip() for t in town if t.strip()),
        employer=employer.strip(),
        role=role.strip(),
        profile_urls=tuple(_check_url(p) for p in profiles),
        photo_paths=tuple(photos),
    )
    plan = search.plan_queries(subject, max_queries=max_queries)
    if show_plan:
        for query in plan:
            click.echo(f"{query.type}\t{query.text}")
        return
    previous = _load_previous(compare_with)
    consent = consent or _ask_consent()
    cache = None if no_cache else DiskCache(default_cache_dir())
    if replay:
        try:
            backend = search.ReplayBackend.from_file(replay, plan)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--replay") from error
    elif offline:
        backend = search.OfflineBackend(cache)
    else:
        backend = search.CachedBackend(search.DdgsBackend(), cache) if cache else search.DdgsBackend()
    fetcher = OfflineFetcher(cache) if offline else HttpFetcher(allow_private=allow_private, cache=cache)
    out = out or Path("reports") / f"{slugify(subject.full_name)}-{date.today().isoformat()}"
    if is_common_name(subject.full_name):
        click.echo(f"Warning: {COMMON_NAME_WARNING}", err=True)
    if not quiet:
        click.echo(f"Auditing {subject.full_name}: {len(plan)} searches, {len(profiles)} pages, {len(photos)} photo paths.", err=True)
    options = AuditOptions(pages_from_search=inspect_results, search_limits=search.SearchLimits(time_budget_seconds=search_budget))
    result = run_audit(subject, consent=consent, plan=plan, search_backend=backend, fetcher=fetcher,
                       options=options, progress=progress_printer(quiet))
    _write(result, out, reveal, previous)


def _check_url(url: str) -> str:
    url = url.strip()
    if not re.match(r"^https?://[^\s/]+", url):
        raise click.BadParameter(f"{url!r} is not a web address (it should start with https://).", param_hint="--profile")
    return url


def _ask_consent() -> str:
    if not sys.stdin.isatty():
        raise click.UsageError("say who is being checked with --consent self or --consent written. " + SELF_AUDIT_NOTICE)
    click.echo(SELF_AUDIT_NOTICE, err=True)
    answer = click.prompt("Who is being checked? Type 'self', 'written' (a person who gave written consent) or 'no'",
                          type=click.Choice(["self", "written", "no"]), err=True)
    if answer == "no":
        raise click.UsageError("stopped: footprint only checks yourself or a consenting person.")
    return answer


def photo_json(meta: PhotoMeta, detections: list[Detection]) -> dict:
    return {
        "path": meta.path,
        "format": meta.format or None,
        "gps": asdict(meta.gps) if meta.gps else None,
        "gps_time": meta.gps_time or None,
        "place": meta.place or None,
        "taken_at": meta.taken_at or None,
        "device": meta.device,
        "owner": meta.owner,
        "has_thumbnail": meta.has_thumbnail,
        "findings": [{"kind": d.kind, "value": d.value, "evidence": d.evidence} for d in detections],
        "error": meta.error or None,
    }


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON to standard output.")
@click.option("--scrub", "scrub_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write clean copies (no location, names, camera details or preview) into this folder.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def photos(paths: tuple[Path, ...], as_json: bool, scrub_dir: Path | None, quiet: bool) -> None:
    """Read photo files and folders: location, time, camera and owner fields, and patterns across them."""
    counter = iter(range(1, 10**9))
    show_progress = progress_printer(quiet or as_json)
    read = collect_photos(paths, next_id=lambda: f"P{next(counter)}",
                          progress=lambda done, total: show_progress("photos", done, total) if total >= 20 else None)
    subject = Subject(full_name="")
    entries = [photo_json(meta, detect_photo(source, meta, subject)) for source, meta in read]
    patterns = [{"kind": d.kind, "value": d.value, "photo": d.evidence} for d in detect_photo_set(read)]
    scrubbed = _scrub(read, paths, scrub_dir) if scrub_dir else []
    if as_json:
        click.echo(json.dumps({"photos": entries, "findings": patterns, "scrubbed": scrubbed}, indent=2, ensure_ascii=False))
        return
    for entry in entries:
        name = terminal_safe(entry["path"])
        if entry["error"]:
            click.echo(f"{name}: could not read ({entry['error']})")
            continue
        gps = f"{entry['gps']['lat']:.5f}, {entry['gps']['lon']:.5f} ({entry['place']})" if entry["gps"] else "no location"
        owner = ", ".join(f"{k}: {v}" for k, v in entry["owner"].items()) or "no names"
        camera = " ".join(v for k, v in entry["device"].items() if k in ("make", "model")) or "no camera details"
        click.echo(f"{name}\n    {gps}; {entry['taken_at'] or 'no date'}; {terminal_safe(camera)}; {terminal_safe(owner)}"
                   f"{'; has a preview image' if entry['has_thumbnail'] else ''}")
    for pattern in {p["value"]: p for p in patterns}.values():
        click.echo(f"Pattern: {terminal_safe(pattern['value'])}")
    for item in scrubbed:
        click.echo(f"clean copy: {item['output']}" if item["output"] else f"not cleaned: {item['source']} ({item['error']})")


def _scrub(read, roots: tuple[Path, ...], out_dir: Path) -> list[dict]:
    """Clean copies keep their path relative to the folder they were found in."""
    results = []
    for source, meta in read:
        if meta.error and not meta.format:
            continue
        original = Path(source.location)
        relative = original.name
        for root in roots:
            if root.is_dir() and original.is_relative_to(root):
                relative = str(original.relative_to(root))
        result = scrub_file(original, out_dir / relative)
        results.append({"source": result.source, "output": result.output or None, "error": result.error or None})
    return results


@cli.command()
@click.argument("targets", nargs=-1, required=True, metavar="URL_OR_FILE...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON to standard output.")
@click.option("--name", "name", default="", help="Whose page it is, so their details can be told from other people's.")
@click.option("--allow-private", is_flag=True, help="Allow fetching loopback and private addresses.")
def inspect(targets: tuple[str, ...], as_json: bool, name: str, allow_private: bool) -> None:
    """Find contact, family, work and location details in pages (web addresses or saved files)."""
    from footprint.collect.fetch import HttpFetcher
    from footprint.collect.pages import collect_pages, read_local_page

    subject = Subject(full_name=" ".join(name.split()))
    fetcher = HttpFetcher(allow_private=allow_private)
    detections: list[Detection] = []
    sources: list[Source] = []
    urls: list[Source] = []
    for number, target in enumerate(targets, start=1):
        if re.match(r"^https?://", target):
            urls.append(Source(id=f"S{number}", kind=SourceKind.PAGE, location=target))
            continue
        path = Path(target)
        if not path.exists():
            raise click.BadParameter(f"{target!r} is neither a web address nor an existing file.", param_hint="URL_OR_FILE")
        source, document = read_local_page(path, f"S{number}")
        sources.append(source)
        if document:
            detections.extend(detect_document(document, subject))
    for read in collect_pages(urls, fetcher):
        sources.append(read.source)
        if read.document:
            detections.extend(detect_document(read.document, subject))
        for image_source, meta in read.images:
            sources.append(image_source)
            detections.extend(detect_photo(image_source, meta, subject))
    findings = [{"kind": d.kind, "value": d.value, "evidence": d.evidence, "source": d.source_id,
                 "subject": d.subject} for d in detections]
    if as_json:
        click.echo(json.dumps({
            "findings": findings,
            "sources": [{"id": s.id, "kind": s.kind.value, "location": s.location, "status": s.status.value,
                         "reason": s.reason} for s in sources],
        }, indent=2, ensure_ascii=False))
        return
    for source in sources:
        if source.status != Status.OK:
            click.echo(f"could not check {terminal_safe(source.location)}: {source.reason}")
    for finding in findings:
        click.echo(f"{finding['kind']}: {terminal_safe(finding['value'])}   ({terminal_safe(finding['evidence'])})")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on. Anything but 127.0.0.1 lets other computers reach it.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"), show_default=True,
              help="Folder for the reports.")
@click.option("--no-browser", is_flag=True, help="Do not open the browser; just print the link.")
def serve(host: str, port: int, out: Path, no_browser: bool) -> None:
    """Start the local web app, for people who would rather not use a terminal."""
    from footprint.web import serve as run_server

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"Warning: listening on {host} lets other computers on the network reach footprint. "
                   "They still need the link with its token.", err=True)
    run_server(host=host, port=port, reports_dir=out, open_browser=not no_browser, announce=click.echo)


def main() -> None:
    try:
        status = cli.main(standalone_mode=False, prog_name="footprint")
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(ExitStatus.USAGE if isinstance(error, click.UsageError) else ExitStatus.ERROR)
    except click.Abort:
        click.echo("Stopped.", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except Exception as error:  # a bug: one line for the person, the traceback on request
        if os.environ.get("FOOTPRINT_DEBUG"):
            raise
        click.echo(f"Error: footprint hit an internal problem ({type(error).__name__}: {error}). "
                   "Run again with FOOTPRINT_DEBUG=1 to see the details.", err=True)
        sys.exit(ExitStatus.ERROR)
    sys.exit(status if isinstance(status, int) else ExitStatus.OK)
