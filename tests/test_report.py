"""report.html (report/build.py, ``extractor report``): its tables, counted by
hand on ``analystkit``'s corpus, and the page itself in a real browser."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analystkit import UNRESOLVED, build_output
from extractor.models import ExtractorError
from extractor.report.build import (REPORT_NAME, agency_roles, build_report, co_assignments, deadline_counts,
                                    load_tables, measures_by_year)
from extractor.report.charts import PALETTE


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build_output(tmp_path_factory.mktemp("report"))


def test_agencies_lead_and_support_counts(out):
    roles = agency_roles(load_tables(out))
    assert roles[["lead", "support"]].to_dict("index") == {
        "东莞市发展和改革局": {"lead": 3, "support": 2}, "东莞市科学技术局": {"lead": 1, "support": 2},
        "东莞市经济和信息化局": {"lead": 1, "support": 1}, "东莞市财政局": {"lead": 1, "support": 1},
        "东莞市商务局": {"lead": 1, "support": 0}, UNRESOLVED: {"lead": 0, "support": 1}}
    assert list(roles.index[:2]) == ["东莞市发展和改革局", "东莞市科学技术局"]


def test_co_assignment_matrix(out):
    matrix = co_assignments(load_tables(out))
    fgj, kjj, jxj, czj = "东莞市发展和改革局", "东莞市科学技术局", "东莞市经济和信息化局", "东莞市财政局"
    assert (matrix.loc[fgj, kjj], matrix.loc[kjj, fgj], matrix.loc[fgj, jxj], matrix.loc[jxj, kjj]) == (3, 3, 2, 2)
    assert (matrix.loc[fgj, czj], matrix.loc["东莞市商务局", UNRESOLVED], matrix.loc[fgj, fgj]) == (2, 1, 0)
    assert matrix.to_numpy().sum() == 2 * (3 + 2 + 2 + 2 + 1)


def test_years_and_deadlines(out):
    t = load_tables(out)
    assert measures_by_year(t).to_dict() == {"2016": 3, "2017": 3}
    months, kinds = deadline_counts(t)
    # every month from the first deadline to the last, none skipped
    assert months.to_dict() == {f"2016-{m:02d}": 1 if m in (6, 12) else 0 for m in range(6, 13)} | {
        f"2017-{m:02d}": 1 if m == 12 else 0 for m in range(1, 13)} | {
        f"2018-{m:02d}": 1 if m == 9 else 0 for m in range(1, 10)}
    assert kinds.to_dict() == {"ongoing": 2, "date": 2, "notice-year": 2}


def test_city_filter(out):
    assert len(load_tables(out, "东莞").measures) == 6


def test_a_city_with_no_notice_is_one_error_not_an_empty_report(out, capsys):
    from extractor.cli import main

    with pytest.raises(ExtractorError, match="no notice of 丽水市 here"):
        load_tables(out, "丽水市")
    target = out / REPORT_NAME
    before = target.read_bytes() if target.exists() else None
    assert main(["report", "--out", str(out), "--city", "丽水"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "丽水" in err and "东莞市" in err   # names the cities it has
    assert (target.read_bytes() if target.exists() else None) == before   # nothing overwritten


def test_the_page_is_self_contained(out):
    page = build_report(out).read_text(encoding="utf-8")
    assert page.count("<svg") == 5                       # agencies, years, sections, matrix, deadlines
    assert not re.search(r"<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import", page)
    assert re.findall(r"https?://[^\s\"']+", page) == ["http://www.w3.org/2000/svg"] * 5   # namespaces only
    assert "default-src 'none'" in page and UNRESOLVED in page


def test_missing_csvs_are_one_error(tmp_path):
    from extractor.cli import main

    assert main(["report", "--out", str(tmp_path)]) == 2
    assert not (tmp_path / REPORT_NAME).exists()


# --- in a real browser ---------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: CI installs chromium (the Makefile); only a developer's machine may skip these
needs_chromium = pytest.mark.skipif(not CHROMIUM and not os.environ.get("CI"),
                                    reason="chromium is not installed (make test installs it as root)")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--enable-logging=stderr", "--v=0")


def screenshot(page: Path, png: Path, profile: Path, size: str = "1000,2400") -> list[str]:
    """Load ``page`` in headless Chromium and save a screenshot; the console
    messages it logged (any console output at all: the report has no script)."""
    assert CHROMIUM, "chromium is not installed: CI must install it (Makefile, make test)"
    res = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
                          f"--window-size={size}", page.resolve().as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    return [line for line in res.stderr.splitlines() if ":CONSOLE" in line]


def colour_share(png: Path, colour: str, tolerance: int = 40) -> float:
    """The share of the screenshot's pixels within ``tolerance`` of ``colour``."""
    from PIL import Image

    image = Image.open(png).convert("RGB")
    target = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    near = sum(n for n, rgb in image.getcolors(image.width * image.height)
               if all(abs(a - b) <= tolerance for a, b in zip(rgb, target)))
    return near / (image.width * image.height)


@needs_chromium
def test_the_report_opens_in_chromium_with_its_charts(out, tmp_path):
    page = build_report(out)
    png = tmp_path / "report.png"
    console = screenshot(page, png, tmp_path / "profile")
    assert console == []
    assert png.stat().st_size > 10_000
    # the bars are drawn: the lead blue and the support orange cover part of the page
    assert colour_share(png, PALETTE[0]) > 0.005
    assert colour_share(png, PALETTE[1]) > 0.002
    assert colour_share(png, "#ffffff", tolerance=3) < 0.97
    shutil.copy(png, out.parent / "report.png")   # kept beside the run, to look at


@needs_chromium
def test_the_browser_check_can_fail(tmp_path):
    """The same checks on a page that fetches something and draws nothing: a
    console error, and a screenshot with no chart colour in it."""
    page = tmp_path / "bad.html"
    page.write_text('<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
                    '</head><body><img src="https://example.invalid/x.png"></body></html>', encoding="utf-8")
    png = tmp_path / "bad.png"
    console = screenshot(page, png, tmp_path / "profile", size="400,300")
    assert any("Content Security Policy" in line for line in console)
    assert colour_share(png, PALETTE[0]) == 0
    assert colour_share(png, "#ffffff", tolerance=3) > 0.99


def test_cli_writes_the_report(out):
    res = subprocess.run([sys.executable, "-m", "extractor", "report", "--out", str(out), "--city", "东莞"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == str(out / REPORT_NAME)
