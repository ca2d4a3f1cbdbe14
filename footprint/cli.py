"""The command line. It parses options, calls the pipelines, and turns errors into one line.

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
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any

import click

from footprint import __version__
from footprint.console import plural, print_inspection, print_photos, progress_printer, writable_folder_problem
from footprint.inputs import InputError, SubjectInput, build_subject, photo_path
from footprint.model import Audit, Consent, Status, Subject

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


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "person"


def _usage(error: InputError) -> click.BadParameter:
    return click.BadParameter(str(error), param_hint=f"--{error.field}")


def _output_folder(out: Path) -> Path:
    if problem := writable_folder_problem(out):
        raise click.BadParameter(f"the report cannot be written there: {problem}.", param_hint="--out")
    return out


def _load_previous(path: Path | None) -> dict[str, Any] | None:
    from footprint.render import load_previous

    if path is None:
        return None
    try:
        return load_previous(path)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--compare") from error


def _write(audit: Audit, out: Path, reveal: bool, previous: dict[str, Any] | None) -> None:
    from footprint.render import write_report

    try:
        html_path, json_path = write_report(audit, out, reveal=reveal, previous=previous)
    except OSError as error:
        raise click.ClickException(f"could not write the report in {out}: {error.strerror or error}") from error
    failed = sum(s.status != Status.OK for s in audit.sources)
    click.echo(f"{plural(len(audit.findings), 'finding')}; {plural(failed, 'thing')} could not be checked "
               "(listed in the report).", err=True)
    click.echo(str(html_path))
    click.echo(str(json_path))


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=SELF_AUDIT_NOTICE)
@click.version_option(__version__, prog_name="footprint")
@click.option("-v", "--verbose", is_flag=True, help="Log what happens, to standard error.")
def cli(verbose: bool) -> None:
    """footprint: see what strangers can find out about you online, and how to fix it.

    It searches for your name, reads your public pages and photos, and writes a private
    HTML and JSON report on this computer. Nothing is sent anywhere else.
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


REVEAL = click.option("--reveal", is_flag=True, help="Show full values instead of partly hidden ones.")
COMPARE = click.option("--compare", "compare_with", type=click.Path(dir_okay=False, exists=True, path_type=Path),
                       default=None, help="A previous report.json: show what is new, gone and unchanged since then.")


@cli.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("reports/demo"), show_default=True,
              help="Folder for report.html and report.json.")
@REVEAL
@COMPARE
def demo(out: Path, reveal: bool, compare_with: Path | None) -> None:
    """Audit the bundled fictional persona, fully offline (for trainers)."""
    from footprint.demo import load_demo
    from footprint.pipeline import run_audit

    out = _output_folder(out)
    previous = _load_previous(compare_with)
    scenario = load_demo()
    audit = run_audit(scenario.subject, consent=Consent.DEMO, plan=scenario.plan, services=scenario.services)
    _write(audit, out, reveal, previous)


@cli.command(epilog=SELF_AUDIT_NOTICE)
@click.option("--name", "name", required=True, help="Your full name, as others would type it.")
@click.option("--other-name", multiple=True, help="A former or alternative name (repeatable).")
@click.option("--short-name", multiple=True, help="A short form of your first name people use, e.g. 'Jen' (repeatable).")
@click.option("--town", multiple=True, help="A town you live or work in (repeatable).")
@click.option("--employer", multiple=True, help="Your employer; repeat for other ways it is written, e.g. 'RCT'.")
@click.option("--role", default="", help="Your job, e.g. 'social worker'.")
@click.option("--age", type=click.IntRange(min=1), default=None, help="Your age, only to rule out namesakes of other ages.")
@click.option("--born", type=int, default=None, help="Your year of birth, instead of --age.")
@click.option("--profile", "profiles", multiple=True, metavar="URL", help="One of your own public pages (repeatable).")
@click.option("--photo", "photos", multiple=True, metavar="PATH", help="A photo file or folder of yours (repeatable).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Report folder [default: reports/<name>-<date>/].")
@click.option("--max-queries", type=click.IntRange(min=0), default=None,
              help="Most searches to send [default: 40]; 0 skips the search stage.")
@click.option("--offline", is_flag=True, help="No network: use cached or recorded content only.")
@click.option("--allow-private", is_flag=True, help="Allow fetching loopback and private addresses (local servers, tests).")
@REVEAL
@click.option("--consent", type=click.Choice([Consent.SELF.value, Consent.WRITTEN.value]), default=None,
              help="Who is being checked: yourself, or a person who gave written consent.")
@click.option("--replay", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Answer the search stage from recorded results (JSON) instead of the network.")
@click.option("--plan", "show_plan", is_flag=True, help="Print the searches that would be sent, and stop.")
@click.option("--inspect-results", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many of the search results most likely about you to read as pages.")
@click.option("--searxng", metavar="URL", default=None,
              help="Search through this SearXNG instance (or set FOOTPRINT_SEARXNG_URL), for example your organisation's.")
@click.option("--search-pause", type=click.FloatRange(min=0), default=None,
              help="Seconds between searches sent to an engine [default: 2 for public engines].")
@click.option("--search-budget", type=click.FloatRange(min=1), default=300, show_default=True,
              help="Most seconds to spend searching; unsent searches are listed in the report.")
@COMPARE
@click.option("--no-cache", is_flag=True, help="Do not use or fill the disk cache.")
@click.option("--quiet", is_flag=True, help="No progress messages.")
def audit(name: str, other_name: tuple[str, ...], short_name: tuple[str, ...], town: tuple[str, ...],
          employer: tuple[str, ...], role: str, age: int | None, born: int | None, profiles: tuple[str, ...],
          photos: tuple[str, ...], out: Path | None, max_queries: int | None, offline: bool, allow_private: bool,
          reveal: bool, consent: str | None, replay: Path | None, show_plan: bool, inspect_results: int,
          searxng: str | None, search_pause: float | None, search_budget: float, compare_with: Path | None, no_cache: bool, quiet: bool) -> None:
    """Search for yourself, read your pages and photos, and write a privacy report."""
    from footprint.collect.engines import SearchSetupError
    from footprint.collect.plan import DEFAULT_MAX_QUERIES, plan_queries
    from footprint.collect.search import SearchLimits
    from footprint.names import is_common_name
    from footprint.pipeline import COMMON_NAME_WARNING, AuditOptions, run_audit
    from footprint.services import make_services, user_cache

    try:
        subject = build_subject(SubjectInput(
            name=name, other_names=other_name, short_names=short_name, towns=town,
            employer=employer[0] if employer else "", employer_aliases=employer[1:], role=role,
            profiles=profiles, photos=photos, age=age, born=born))
    except InputError as error:
        raise _usage(error) from error
    plan = plan_queries(subject, max_queries=DEFAULT_MAX_QUERIES if max_queries is None else max_queries)
    if show_plan:
        for query in plan:
            click.echo(f"{query.type}\t{query.text}")
        return
    out = _output_folder(out or Path("reports") / f"{slugify(subject.full_name)}-{date.today().isoformat()}")
    previous = _load_previous(compare_with)
    chosen = Consent(consent) if consent else _ask_consent()
    try:
        services = make_services(plan, cache=None if no_cache else user_cache(), offline=offline, replay=replay,
                                 allow_private=allow_private, searxng=searxng, search_pause=search_pause)
    except SearchSetupError as error:
        raise click.UsageError(f"the search cannot be set up: {error}") from error
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--replay") from error
    if is_common_name(subject.full_name):
        click.echo(f"Warning: {COMMON_NAME_WARNING}", err=True)
    if not quiet:
        click.echo(f"Checking {subject.full_name}: {plural(len(plan), 'search', 'searches')}, "
                   f"{plural(len(subject.profile_urls), 'page')}, {plural(len(subject.photo_paths), 'photo path')}.", err=True)
    options = AuditOptions(pages_from_search=inspect_results, search_limits=SearchLimits(time_budget_seconds=search_budget))
    result = run_audit(subject, consent=chosen, plan=plan, services=services, options=options,
                       progress=progress_printer(quiet))
    _write(result, out, reveal, previous)


def _ask_consent() -> Consent:
    if not sys.stdin.isatty():
        raise click.UsageError("say who is being checked with --consent self or --consent written. " + SELF_AUDIT_NOTICE)
    click.echo(SELF_AUDIT_NOTICE, err=True)
    answer = click.prompt("Who is being checked? Type self (yourself), written (a person who gave written consent) or no",
                          type=click.Choice(["self", "written", "no"]), show_choices=False, err=True)
    if answer == "no":
        raise click.UsageError("stopped: footprint only checks yourself or a consenting person.")
    return Consent(answer)


def _existing_paths(paths: tuple[str, ...]) -> list[str]:
    try:
        return [photo_path(p) for p in paths]
    except InputError as error:
        raise click.BadParameter(str(error), param_hint="PATH") from error


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON to standard output.")
@click.option("--scrub", "scrub_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write clean copies (no location, names, camera details or preview) into this folder.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def photos(paths: tuple[str, ...], as_json: bool, scrub_dir: Path | None, quiet: bool) -> None:
    """Read photo files and folders: location, time, camera and owner fields, and patterns across them."""
    from footprint.pipeline import read_photos
    from footprint.scrub import scrub_photos
    from footprint.serialise import detection_json, photo_json

    roots = _existing_paths(paths)
    if scrub_dir is not None:
        _output_folder(scrub_dir)
    show_progress = progress_printer(quiet or as_json)
    reading = read_photos(roots, Subject(full_name=""),
                          progress=lambda done, total: show_progress("photos", done, total) if total >= 20 else None)
    scrubbed = scrub_photos(reading.photos, [Path(r) for r in roots], scrub_dir) if scrub_dir else []
    if as_json:
        click.echo(json.dumps({
            "photos": [photo_json(meta, reading.detections[source.id]) for source, meta in reading.photos],
            "findings": [detection_json(d) for d in reading.patterns],
            "scrubbed": [{"source": r.source, "output": r.output or None, "error": r.error or None} for r in scrubbed],
        }, indent=2, ensure_ascii=False))
        return
    print_photos(reading)
    for item in scrubbed:
        click.echo(f"clean copy: {item.output}" if item.output else f"not cleaned: {item.source} ({item.error})")


@cli.command()
@click.argument("targets", nargs=-1, required=True, metavar="URL_OR_FILE...")
@click.option("--json", "as_json", is_flag=True, help="Print JSON to standard output.")
@click.option("--name", "name", default="", help="Whose page it is, so their details can be told from other people's.")
@click.option("--allow-private", is_flag=True, help="Allow fetching loopback and private addresses.")
def inspect(targets: tuple[str, ...], as_json: bool, name: str, allow_private: bool) -> None:
    """Find contact, family, work and location details in pages (web addresses or saved files)."""
    from footprint.collect.fetch import HttpFetcher
    from footprint.pipeline import inspect_pages
    from footprint.serialise import detection_json, source_json

    for target in targets:
        if not re.match(r"^https?://", target, re.IGNORECASE) and not Path(target).is_file():
            raise click.BadParameter(f"{target!r} is neither a web address nor an existing file.", param_hint="URL_OR_FILE")
    inspection = inspect_pages(targets, Subject(full_name=" ".join(name.split())), HttpFetcher(allow_private=allow_private))
    if as_json:
        click.echo(json.dumps({"findings": [detection_json(d) for d in inspection.detections],
                               "sources": [source_json(s) for s in inspection.sources],
                               "notes": inspection.notes}, indent=2, ensure_ascii=False))
        return
    print_inspection(inspection)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on. Anything but 127.0.0.1 lets other computers reach it.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"), show_default=True,
              help="Folder for the reports.")
@click.option("--no-browser", is_flag=True, help="Do not open the browser; just print the link.")
def serve(host: str, port: int, out: Path, no_browser: bool) -> None:
    """Start the local web app, for people who would rather not use a terminal."""
    from footprint.web.app import serve as run_server

    out = _output_folder(out)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"Warning: listening on {host} lets other computers on the network reach footprint. "
                   "They still need the link with its token.", err=True)
    try:
        run_server(host=host, port=port, reports_dir=out, open_browser=not no_browser, announce=click.echo)
    except OSError as error:
        raise click.ClickException(f"could not listen on {host}:{port}: {error.strerror or error}") from error


def main() -> None:
    try:
        status = cli.main(standalone_mode=False, prog_name="footprint")
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(ExitStatus.USAGE if isinstance(error, click.UsageError) else ExitStatus.ERROR)
    except (click.Abort, KeyboardInterrupt):
        click.echo("Stopped.", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except Exception as error:  # a bug: one line for the person, the traceback on request
        if os.environ.get("FOOTPRINT_DEBUG"):
            raise
        click.echo(f"Error: footprint hit an internal problem ({type(error).__name__}: {error}). "
                   "Run again with FOOTPRINT_DEBUG=1 to see the details.", err=True)
        sys.exit(ExitStatus.ERROR)
    sys.exit(status if isinstance(status, int) else ExitStatus.OK)
