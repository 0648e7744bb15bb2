"""A cover page whose table is an attachment: fetched over HTTP from a local
server with ``extractor fetch``, then read by ``extractor run`` as one notice
(metadata from the page, measures from the attachment)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html

import officekit
from localhttp import Route, http_server  # noqa: F401 (the fixture)
from test_cli import extractor

SEED = "seed-dongguan-2014-75"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def cover_page(link_text: str, extra_links: str = "") -> bytes:
    """The seed page with its table taken out and a link to the table put in its place."""
    root = html.fromstring((officekit.FIXTURES / f"{SEED}.html").read_bytes())
    table = root.xpath("//table[contains(@class, 'MsoNormalTable')]")[0]
    link = html.fromstring(f'<p><a href="/files/fengong.docx">{link_text}</a>{extra_links}</p>')
    table.getparent().replace(table, link)
    return html.tostring(root, encoding="utf-8")


@pytest.fixture
def served(http_server, tmp_path):   # noqa: F811
    gold = officekit.load_gold(SEED)
    docx = officekit.build_docx(gold, tmp_path / "fengong.docx").read_bytes()
    http_server.routes["/files/fengong.docx"] = Route(200, docx, {"Content-Type": DOCX})
    return http_server, gold


def test_fetch_then_run_gives_one_notice_from_page_and_attachment(served, tmp_path):
    server, gold = served
    link_text = f"附件：{gold['table_title']}.docx"
    server.routes["/notice.html"] = Route(200, cover_page(link_text), {"Content-Type": "text/html; charset=utf-8"})
    raw, out = tmp_path / "raw", tmp_path / "out"
    fetched = extractor("fetch", server.url("/notice.html"), "--into", raw)
    assert fetched.returncode == 0, fetched.stderr
    saved = sorted(p.name for p in raw.iterdir() if not p.name.endswith(".fetch.json") and p.name != ".lock")
    assert len(saved) == 2 and [Path(n).suffix for n in saved] == [".docx", ".html"]
    side = json.loads((raw / (saved[0] + ".fetch.json")).read_text(encoding="utf-8"))
    assert (side["parent_path"], side["link_text"], side["role"]) == (saved[1], link_text, "attachment")

    res = extractor("run", raw, "--out", out)
    assert res.returncode == 0, res.stderr
    [notice] = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    assert (notice["doc_number"], notice["date"], notice["issuer"]) == (gold["doc_number"], gold["date"], gold["issuer"])
    assert notice["title"] == gold["title"] and notice["table_title"] == gold["table_title"]
    assert [(m["measure_no"], m["text"]) for m in notice["measures"]] == [
        (m["measure_no"], m["text"]) for m in gold["measures"]]
    assert {m["form"] for m in notice["measures"]} == {"docx-table"}
    files = notice["source"]["files"]
    assert [(Path(f["path"]).name, f["role"], f["format"]) for f in files] == [
        (saved[1], "page", "html"), (saved[0], "attachment", "docx")]
    assert files[1]["link_text"] == link_text and len(files[1]["sha256"]) == 64
    assert files[1]["url"] == server.url("/files/fengong.docx")


def test_attachments_that_fail_are_named_and_the_page_kept(served, tmp_path):
    server, gold = served
    server.routes["/big.pdf"] = Route(200, b"%PDF-1.4\n" + b"0" * 3_000_000, {"Content-Type": "application/pdf"})
    server.routes["/locked.pdf"] = Route(200, (Path(__file__).parent / "attachments" / "encrypted.pdf").read_bytes())
    links = '<a href="/big.pdf">附件2</a><a href="/gone.xls">附件3</a><a href="/locked.pdf">附件4</a>'
    server.routes["/notice.html"] = Route(200, cover_page("附件1", links), {"Content-Type": "text/html"})
    raw, out = tmp_path / "raw", tmp_path / "out"
    fetched = extractor("fetch", server.url("/notice.html"), "--into", raw, "--max-mb", "1", "--retries", "0")
    assert fetched.returncode == 1
    assert server.url("/big.pdf") in fetched.stderr and "cap" in fetched.stderr
    assert server.url("/gone.xls") in fetched.stderr and "HTTP 404" in fetched.stderr

    res = extractor("run", raw, "--out", out)
    [notice] = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    assert len(notice["measures"]) == 53 and notice["doc_number"] == gold["doc_number"]
    assert any("locked" in w and "encrypted" in w for w in notice["warnings"])
    assert "encrypted" in res.stderr and "Traceback" not in res.stderr


def test_an_attachment_over_the_cap_is_named_and_the_page_kept(served, tmp_path, monkeypatch):
    from extractor.engine.extract import extract_file
    from extractor.source.office import limits

    server, gold = served
    server.routes["/notice.html"] = Route(200, cover_page("附件"), {"Content-Type": "text/html"})
    raw = tmp_path / "raw"
    assert extractor("fetch", server.url("/notice.html"), "--into", raw).returncode == 0
    monkeypatch.setattr(limits, "MAX_ATTACHMENT_BYTES", 1000)
    [page] = raw.glob("*.html")
    notice = extract_file(page)
    assert notice.doc_number == gold["doc_number"] and not notice.measures
    [docx] = raw.glob("*.docx")
    assert f"attachment {docx.name} skipped: " in " ".join(notice.warnings)
    assert "exceeds the 1000-byte cap on an attachment" in " ".join(notice.warnings)


def test_an_attachment_given_alone_is_its_own_notice(served, tmp_path):
    server, gold = served
    server.routes["/notice.html"] = Route(200, cover_page("附件"), {"Content-Type": "text/html"})
    raw = tmp_path / "raw"
    assert extractor("fetch", server.url("/notice.html"), "--into", raw).returncode == 0
    [docx] = raw.glob("*.docx")
    from extractor.engine.extract import extract_file

    notice = extract_file(docx)
    assert notice.doc_number is None and notice.table_title == gold["table_title"]
    assert len(notice.measures) == 53 and notice.source.files == ()


def test_a_refetched_attachment_with_other_bytes_makes_a_new_version(served, tmp_path):
    server, gold = served
    server.routes["/notice.html"] = Route(200, cover_page("附件"), {"Content-Type": "text/html"})
    raw, out = tmp_path / "raw", tmp_path / "out"
    assert extractor("fetch", server.url("/notice.html"), "--into", raw).returncode == 0
    assert extractor("run", raw, "--out", out).returncode == 0
    # the page stays the same; the table loses its last measure
    shorter = dict(gold, measures=gold["measures"][:-1])
    server.routes["/files/fengong.docx"] = Route(
        200, officekit.build_docx(shorter, tmp_path / "shorter.docx").read_bytes(), {"Content-Type": DOCX})
    assert extractor("fetch", server.url("/notice.html"), "--into", raw).returncode == 0
    assert len(list(raw.glob("*.docx"))) == 2          # the first attachment is kept as it was
    res = extractor("run", raw, "--out", out)
    assert res.returncode == 0 and "1 changed" in res.stdout + res.stderr
    [notice] = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    assert (notice["version"], len(notice["measures"])) == (2, 52)


def test_a_web_page_saved_as_doc_gives_its_table(served, tmp_path):
    server, gold = served
    table = html.tostring(html.fromstring((officekit.FIXTURES / f"{SEED}.html").read_bytes()).xpath(
        "//table[contains(@class, 'MsoNormalTable')]")[0], encoding="unicode")
    page = f"<html><head><meta charset='utf-8'></head><body><p>附件</p>{table}</body></html>"
    server.routes["/files/fengong.docx"] = Route(200, page.encode("utf-8"), {"Content-Type": "application/msword"})
    server.routes["/notice.html"] = Route(200, cover_page("附件"), {"Content-Type": "text/html"})
    raw, out = tmp_path / "raw", tmp_path / "out"
    assert extractor("fetch", server.url("/notice.html"), "--into", raw).returncode == 0
    assert extractor("run", raw, "--out", out).returncode == 0
    [notice] = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    assert len(notice["measures"]) == 53 and notice["doc_number"] == gold["doc_number"]
    assert [f["format"] for f in notice["source"]["files"]] == ["html", "html"]


def test_no_attachments_fetches_the_page_alone(served, tmp_path):
    server, _gold = served
    server.routes["/notice.html"] = Route(200, cover_page("附件"), {"Content-Type": "text/html"})
    raw = tmp_path / "raw"
    assert extractor("fetch", server.url("/notice.html"), "--into", raw, "--no-attachments").returncode == 0
    assert [p.suffix for p in raw.iterdir() if p.name != ".lock" and not p.name.endswith(".fetch.json")] == [".html"]
    assert server.hits.get("/files/fengong.docx") is None
