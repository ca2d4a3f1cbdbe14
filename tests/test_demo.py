"""`footprint demo`: the trainers' walkthrough, with no network at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from footprint.model import Category

NO_NETWORK = textwrap.dedent("""
    import socket, sys
    def refuse(event, args):
        # Local Unix sockets are how photo-reading worker processes talk to the audit; anything
        # that could reach a network (an internet socket, a name lookup, an address) is refused.
        if event == "socket.__new__" and args[1] == socket.AF_UNIX:
            return
        if args and isinstance(args[0], socket.socket) and args[0].family == socket.AF_UNIX:
            return
        if event.startswith("socket.") or event in ("urllib.Request",):
            raise RuntimeError(f"network use during demo: {event} {args!r}")
    sys.addaudithook(refuse)
    sys.argv = ["footprint", "demo", "--out", *sys.argv[1:]]
    from footprint.cli import main
    main()
""")


def run_demo(out_dir, *extra):
    return subprocess.run([sys.executable, "-c", NO_NETWORK, str(out_dir), *extra], capture_output=True, text=True,
                          env={**os.environ, "FOOTPRINT_DEBUG": "1"}, timeout=120)


def test_demo_runs_without_opening_a_socket_and_prints_its_paths(tmp_path):
    out = tmp_path / "demo"
    result = run_demo(out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(out / "report.html"), str(out / "report.json")]
    assert "network use" not in result.stderr


def test_the_audit_hook_really_catches_sockets():
    code = NO_NETWORK.replace('from footprint.cli import main\nmain()', 'import socket; socket.create_connection(("127.0.0.1", 9))')
    result = subprocess.run([sys.executable, "-c", code, "x"], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "network use during demo" in result.stderr


def test_demo_report_covers_every_category_for_a_trainer(tmp_path):
    assert run_demo(tmp_path).returncode == 0
    report = json.loads((tmp_path / "report.json").read_text())
    assert {f["category"] for f in report["findings"]} == {c.value for c in Category}
    kinds = {f["kind"] for f in report["findings"]}
    assert {"phone", "child", "school", "practice", "logo", "photo_gps", "page_image_gps", "photo_owner",
            "people_finder", "press", "possible_clone", "likely_home", "child_and_school"} <= kinds
    assert report["consent"]["basis"] == "demo"
    assert report["could_not_check"], "the demo shows what an unchecked source looks like"
    assert {t["id"] for t in report["tell_your_manager"]} >= {"notify-press", "notify-clone"}
    html = (tmp_path / "report.html").read_text()
    for secret in ("900123", "960457", "CF37 9ZX", "Ella", "Owain"):
        assert secret not in html, secret
    assert "fictional" in html.lower()


def test_a_redacted_report_holds_no_needle_anywhere(tmp_path):
    """mat2-style: every sensitive value the revealed report shows is searched for, in every form,
    in every byte of the redacted report and its JSON. None may be there."""
    assert run_demo(tmp_path / "hidden").returncode == 0
    assert run_demo(tmp_path / "shown", "--reveal").returncode == 0
    revealed = json.loads((tmp_path / "shown" / "report.json").read_text())
    needles = {"Hywel-Prosser", "Prosser", "Hywel", "hywelprosser"}
    sensitive = {"phone", "email", "postcode", "address", "child", "partner", "home_area", "school", "birthday"}
    generic = {"heol", "road", "street", "lane", "close"}
    for finding in revealed["findings"]:
        if finding["kind"] in sensitive:
            needles.add(finding["value"])
        if finding["kind"] in ("address", "home_area"):  # a street is found by its own name too
            needles |= {word for word in finding["value"].split() if len(word) > 3 and word.lower() not in generic}
    for value in list(needles):  # and a phone number by its national digits as people write them
        if value.startswith("+44"):
            needles.add("0" + value[3:])
    assert len(needles) > 15  # the demo has something to hide
    for name in ("report.html", "report.json"):
        text = (tmp_path / "hidden" / name).read_text().lower()
        found = sorted(needle for needle in needles if needle.lower() in text)
        assert found == [], f"{name} shows {found}"
