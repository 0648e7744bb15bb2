"""A Word 97 binary whose text ends on a table row, with no paragraph mark after it.

LibreOffice writes such a .doc from a document whose body ends in a table, and its own
import then loses the table (the cells come back as run-on paragraphs).  The converter
gives the file its closing paragraph mark first (extractor/source/office/wordend.py).
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from docx import Document

from extractor.engine.extract import extract_file
from extractor.source.office.convert import soffice_path
from extractor.source.office.wordend import close_final_row, ends_on_table_row

needs_soffice = pytest.mark.skipif(soffice_path() is None and not os.environ.get("CI"),
                                   reason="LibreOffice (soffice) is not installed (make test installs it as root)")

ROWS = [
    ("1", "实施农村供水管网改造，更换老旧管道30公里。", "县水利局", "2023年10月底前"),
    ("2", "新建规模化水厂1座，日供水能力达到2万吨。", "县发改局", "2024年6月底前"),
    ("3", "建立农村供水水质季度检测制度。", "县卫健局", "长期坚持"),
]


def _docx(path: Path, closing_line: str | None) -> Path:
    """A one-table attachment (临朐 water supply), its body ending in the table or in ``closing_line``."""
    doc = Document()
    doc.add_paragraph("附件")
    doc.add_paragraph("临朐县农村供水保障提升工作任务表")
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("序号", "工作任务", "牵头单位", "完成时限")):
        cell.text = text
    for row in ROWS:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    if closing_line is not None:
        doc.add_paragraph(closing_line)
    doc.save(path)
    return path


def _word97(src: Path, tmp: Path) -> bytes:
    """``src`` saved as a Word 97 binary by LibreOffice, as the holdout .doc files are made."""
    out = tmp / "out"
    subprocess.run([soffice_path() or "soffice", f"-env:UserInstallation={(tmp / 'profile').as_uri()}",
                    "--headless", "--convert-to", "doc", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=180)
    return (out / (src.stem + ".doc")).read_bytes()


@pytest.fixture(scope="module")
def binaries(tmp_path_factory) -> dict[str, bytes]:
    tmp = tmp_path_factory.mktemp("wordend")
    return {"table_last": _word97(_docx(tmp / "table_last.docx", None), tmp),
            "closed": _word97(_docx(tmp / "closed.docx", "（此件公开发布）"), tmp)}


@needs_soffice
def test_a_doc_ending_on_a_table_row_gives_its_table(binaries, tmp_path, resolver):
    doc = tmp_path / "linqu.doc"
    doc.write_bytes(binaries["table_last"])
    notice = extract_file(doc, resolver)
    got = [(m.measure_no, m.deadline, [a.name for a in m.lead]) for m in notice.measures]
    assert got == [(int(no), deadline, [lead]) for no, _text, lead, deadline in ROWS]
    assert {m.form for m in notice.measures} == {"doc-table"}


@needs_soffice
def test_the_closing_mark_is_added_once_and_only_where_it_is_missing(binaries):
    table_last, closed = binaries["table_last"], binaries["closed"]
    assert ends_on_table_row(table_last) and not ends_on_table_row(closed)
    fixed = close_final_row(table_last)
    assert len(fixed) == len(table_last) and not ends_on_table_row(fixed)
    assert close_final_row(fixed) == fixed
    assert close_final_row(closed) == closed


def test_bytes_that_are_not_a_word_binary_pass_unchanged():
    for data in (b"", b"{\\rtf1 x}", b"\xd0\xcf\x11\xe0" + bytes(60)):
        assert close_final_row(data) == data and not ends_on_table_row(data)
