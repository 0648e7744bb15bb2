"""``report.html``: one self-contained page over a run's CSVs (``extractor report``).

Read with pandas from the output folder (notices.csv, measures.csv,
assignments.csv, review.csv), optionally one city's notices only:

1. the counts (notices, measures, units, agencies, names to review);
2. measures led and supported per agency (stacked bars, and the table);
3. measures by year of the notice, and by section title;
4. which agencies work together: a co-assignment matrix of the agencies named
   most (how many measures name both, as lead or support);
5. deadlines over time (``deadline_date`` by month, or by year over a long
   span) and by ``deadline_kind``;
6. the unresolved names to review (review.csv).

The page loads nothing: styles inline, charts inline SVG (``charts.py``), no
script; a Content-Security-Policy forbids any fetch, so a stray reference
shows as a console error (the browser test looks for those).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from html import escape
from pathlib import Path

from ..models import ExtractorError
from ..store.files import atomic_path
from .charts import PALETTE, bar_chart, column_chart, heatmap

log = logging.getLogger(__name__)

REPORT_NAME = "report.html"
#: agencies in the lead/support chart and the co-assignment matrix (the most named)
TOP_AGENCIES = 20
TOP_MATRIX = 12
#: section titles in the by-section chart
TOP_SECTIONS = 15
#: a deadline span longer than this many months is charted by year, not by month
MAX_MONTH_COLUMNS = 36
#: rows of review.csv listed in the page (all of them are in the file)
MAX_REVIEW_ROWS = 200
_CSV = ("notices.csv", "measures.csv", "assignments.csv", "review.csv")


@dataclass
class Tables:
    """The run's CSVs as DataFrames (one city's rows when filtered)."""

    notices: "object"
    measures: "object"
    assignments: "object"
    review: "object"


def load_tables(out_dir: Path, city: str | None = None) -> Tables:
    """Read the CSVs of ``out_dir``; keep ``city``'s rows (东莞 or 东莞市) if given."""
    import pandas as pd

    from ..store.outputs import files_being_appended

    missing = [name for name in _CSV if not (Path(out_dir) / name).is_file()]
    if missing:
        raise ExtractorError(f"{out_dir}: no {', '.join(missing)} here; run `extractor run` first")
    cut = [name for name in files_being_appended(out_dir) if name in _CSV]
    if cut:   # a killed run's append (docs/rerun.md): the last rows may be cut
        raise ExtractorError(f"{out_dir}: {', '.join(cut)} may end with part of a notice (a run was "
                             "stopped while appending to them, or is appending now); `extractor run` "
                             "cuts them back")
    frames = [pd.read_csv(Path(out_dir) / name, dtype={"year": "Int64"}, keep_default_na=False,
                          na_values=[""]) for name in _CSV]
    if city:
        cities = frames[0]["city"].dropna()
        if not cities.str.startswith(city).any():
            # most likely a typo: an empty report would look like a city with no notices
            known = "、".join(sorted(cities.unique())) or "none"
            raise ExtractorError(f"{out_dir}: no notice of {city} here (cities: {known})")
        frames = [f[f["city"].fillna("").str.startswith(city)] for f in frames]
    return Tables(*frames)


def agency_label(frame) -> "object":
    """The agency's official name, else the name as printed (unresolved)."""
    return frame["canonical"].fillna(frame["name"])


def agency_roles(t: Tables):
    """Measures led and supported per agency (groups left out), most first."""
    a = t.assignments[t.assignments["agency_id"].notna()]
    counts = a.assign(agency=agency_label(a)).pivot_table(index="agency", columns="role", values="seq",
                                                          aggfunc="count", fill_value=0)
    counts = counts.reindex(columns=["lead", "support"], fill_value=0)
    counts["total"] = counts["lead"] + counts["support"]
    return counts.sort_values(["total", "lead"], ascending=False)


def co_assignments(t: Tables, top: int = TOP_MATRIX):
    """Agency x agency: measures that name both (as lead or support), for the
    ``top`` agencies named on most measures; the diagonal is left empty."""
    import pandas as pd

    a = t.assignments[t.assignments["agency_id"].notna()]
    a = a.assign(agency=agency_label(a))[["doc_id", "seq", "agency"]].drop_duplicates()
    keep = a["agency"].value_counts().head(top).index
    a = a[a["agency"].isin(keep)]
    pairs = a.merge(a, on=["doc_id", "seq"])
    pairs = pairs[pairs["agency_x"] != pairs["agency_y"]]
    matrix = pd.crosstab(pairs["agency_x"], pairs["agency_y"]).reindex(index=keep, columns=keep, fill_value=0)
    return matrix


def deadline_counts(t: Tables):
    """Measures due per month (per year over a span of more than
    ``MAX_MONTH_COLUMNS`` months), every period of the span listed; and per kind."""
    dated = t.measures["deadline_date"].dropna().astype(str)
    # (astype: a column with no kind at all is read as float, which a string may not fill)
    kinds = t.measures["deadline_kind"].astype(object).fillna("(none printed)").value_counts()
    if dated.empty:
        return dated.value_counts(), kinds
    first, last = dated.min(), dated.max()
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    if span > MAX_MONTH_COLUMNS:
        return _every_period(dated.str[:4].value_counts(), _years(first, last)), kinds
    months = [f"{m // 12:04d}-{m % 12 + 1:02d}"
              for m in range(int(first[:4]) * 12 + int(first[5:7]) - 1, int(last[:4]) * 12 + int(last[5:7]))]
    return _every_period(dated.str[:7].value_counts(), months), kinds


def measures_by_year(t: Tables):
    """Measures per year of the notice, every year of the span listed ("?" for no date)."""
    years = t.measures["date"].dropna().astype(str).str[:4]
    counts = _every_period(years.value_counts(), _years(years.min(), years.max()) if len(years) else [])
    undated = int(t.measures["date"].isna().sum())
    if undated:
        counts.loc["?"] = undated
    return counts


def _years(first: str, last: str) -> list[str]:
    return [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]


def _every_period(counts, periods: list[str]):
    """``counts`` over ``periods`` in order, 0 where none (a time axis without gaps)."""
    return counts.reindex(periods, fill_value=0)


def build_report(out_dir: Path, city: str | None = None, target: Path | None = None) -> Path:
    """Write ``report.html`` (into ``out_dir`` unless ``target``); its path."""
    tables = load_tables(out_dir, city)
    page = report_html(tables, city)
    target = Path(target) if target else Path(out_dir) / REPORT_NAME
    with atomic_path(target) as tmp:
        tmp.write_text(page, encoding="utf-8")
    log.info("report of %d notices -> %s", len(tables.notices), target)
    return target


def report_html(t: Tables, city: str | None = None) -> str:
    """The whole page."""
    scope = city or "all cities"
    parts = [_summary(t), _agencies_section(t), _years_section(t), _matrix_section(t),
             _deadlines_section(t), _review_section(t)]
    return _PAGE.format(title=escape(f"Responsibility division: {scope}"), style=_STYLE,
                        body="\n".join(parts))


def _table(frame, **kwargs) -> str:
    return frame.to_html(border=0, classes="data", na_rep="", escape=True, **kwargs)


def _summary(t: Tables) -> str:
    a = t.assignments
    facts = [("notices", len(t.notices)), ("measures", len(t.measures)), ("lead and support units", len(a)),
             ("agencies", a["agency_id"].nunique()), ("names to review", len(t.review))]
    cells = "".join(f"<div><b>{n}</b><span>{escape(label)}</span></div>" for label, n in facts)
    return f'<section class="facts">{cells}</section>'


def _agencies_section(t: Tables) -> str:
    roles = agency_roles(t).head(TOP_AGENCIES)
    if roles.empty:
        return _section("Measures led and supported per agency", "<p>No agency is named.</p>")
    chart = bar_chart("Measures led and supported per agency", list(roles.index),
                      [("lead", roles["lead"].tolist()), ("support", roles["support"].tolist())])
    return _section("Measures led and supported per agency",
                    chart + _details("The table", _table(roles.rename_axis("agency"))))


def _years_section(t: Tables) -> str:
    by_year = measures_by_year(t)
    sections = t.measures["section_title"].fillna("(no section)").value_counts().head(TOP_SECTIONS)
    body = ("<h3>By year of the notice</h3>"
            + column_chart("Measures by year of the notice", list(by_year.index), by_year.tolist())
            + f"<h3>By section title (the {len(sections)} most frequent)</h3>"
            + bar_chart("Measures by section", list(sections.index), [("measures", sections.tolist())]))
    return _section("Measures by year and by section", body)


def _matrix_section(t: Tables) -> str:
    matrix = co_assignments(t)
    if matrix.empty or not matrix.to_numpy().any():
        return _section("Which agencies work together", "<p>No measure names two agencies.</p>")
    chart = heatmap("Measures naming both agencies", list(matrix.index), matrix.to_numpy().tolist())
    note = ("<p>Each cell counts the measures that name both agencies (as lead or support); the "
            f"{len(matrix)} agencies named on most measures.</p>")
    return _section("Which agencies work together", note + chart)


def _deadlines_section(t: Tables) -> str:
    months, kinds = deadline_counts(t)
    chart = (column_chart("Measures due, by deadline", list(months.index), months.tolist(), color=PALETTE[1])
             if len(months) else "<p>No deadline could be read as a date.</p>")
    return _section("Deadlines over time", chart + _table(kinds.rename_axis("deadline_kind").to_frame("measures")))


def _review_section(t: Tables) -> str:
    if t.review.empty:
        return _section("Names to review", "<p>Every unit name resolved to a registry agency.</p>")
    cols = ["city", "name", "notice_count", "measure_count", "best_canonical", "best_score"]
    shown = t.review[cols].head(MAX_REVIEW_ROWS)
    note = (f"<p>{len(t.review)} unit names did not resolve (review.csv). Confirm one by adding "
            "<code>name,agency_id[,city]</code> to <code>raw/aliases.csv</code>.</p>")
    return _section("Names to review", note + _table(shown, index=False))


def _section(title: str, body: str) -> str:
    return f"<section><h2>{escape(title)}</h2>\n{body}\n</section>"


def _details(summary: str, body: str) -> str:
    return f"<details><summary>{escape(summary)}</summary>{body}</details>"


_STYLE = """
body { font-family: sans-serif; margin: 24px auto; max-width: 980px; color: #222; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #ddd; }
h3 { font-size: 14px; font-weight: normal; color: #555; margin: 16px 0 0; }
.facts { display: flex; gap: 24px; flex-wrap: wrap; }
.facts div { display: flex; flex-direction: column; } .facts b { font-size: 26px; }
table.data { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
table.data th, table.data td { padding: 2px 8px; border-bottom: 1px solid #eee; text-align: left; }
svg.chart { display: block; margin: 12px 0; }
"""

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><style>{style}</style></head>
<body><h1>{title}</h1>
{body}
</body></html>
"""
