"""Legacy .doc / .xls and PDF attachments (session 43, `--office`): an attachment read alone is saved
by LibreOffice in an older format or printed to PDF, as a third of real notices publish their table
(README's corpus table: legacy .doc and .xls, .pdf in batches 6-19; docs/attachments.md "The readers").

The .docx / .xlsx that `office.py` wrote is converted on the fly (`soffice --headless --convert-to`),
into the output folder only; no binary is committed.  The table and its truth do not change, only
the file's kind and so the expected `form` (docs/attachments.md: `doc-table`, `xls-table`,
`pdf-table`).  Which notices convert, and to what, is drawn from a fifth stream
(`blindsynth-w:office:<seed>`), so a run without `--office` prints what it printed before.  PDF and legacy
bytes carry LibreOffice's own times: unlike the rest, they are not the same bytes on every run.
"""

import hashlib
import html as _html
import json
import os
import pathlib
import random
import re
import shutil
import subprocess
import tempfile

# a .docx attachment becomes a Word 97 .doc or a PDF, an .xlsx an Excel 97 .xls (README batches 6-19:
# .doc 12, .xls 11, .pdf 15 of the holdout's attachment files, against .docx 30 and .xlsx 24)
P_DOC = 0.35
P_PDF = 0.30
P_XLS = 0.45
# soffice's filters: a Word 97 binary, an Excel 97 binary, a PDF of the document as printed, a Word 2007 file
FILTERS = {"doc": "doc:MS Word 97", "xls": "xls:MS Excel 97", "pdf": "pdf:writer_pdf_Export",
           "docx": "docx:MS Word 2007 XML"}
FORMS = {"doc": "doc-table", "xls": "xls-table", "pdf": "pdf-table", "docx": "docx-table"}
# a page whose letter links its table as an attachment (the holdout's pair fixtures: pairdoc-tieling,
# pairdocx-anshan, pairdocx-dezhou; README batches 8A, 9A, 11A: "a page with its .docx / .xls"): a share
# of html-table pages under --office; the attachment a .doc, .docx or PDF made from the page's own table
P_PAIR = 0.35
PAIR_KINDS = [("doc", 0.4), ("docx", 0.3), ("pdf", 0.3)]
# session 44 (a stream of its own, `blindsynth-v:office:<seed>`): a share of the pairs link an Excel 97 .xls
# made by Calc from the page's table (pairxls-dancheng-2021-3: 附件 and the title over the sheet's table)
P_XLS_PAIR = 0.25
CONVERT_TIMEOUT = 600  # one soffice run converts every file of a kind in the batch


def target(seed, ext):
    """The legacy kind a seed's .docx / .xlsx is saved as under --office, or None (stays as it is)."""
    r = random.Random(f"blindsynth-w:office:{seed}").random()
    if ext == "docx":
        return "doc" if r < P_DOC else "pdf" if r < P_DOC + P_PDF else None
    if ext == "xlsx":
        return "xls" if r < P_XLS else None
    return None


def pair_kind(seed):
    """The attachment kind of an html-table page under --office, or None (the table stays on the page)."""
    rng = random.Random(f"blindsynth-w:office:{seed}")
    if rng.random() >= P_PAIR:
        return None
    r = rng.random()
    for kind, w in PAIR_KINDS:
        r -= w
        if r < 0:
            break
    if random.Random(f"blindsynth-v:office:{seed}").random() < P_XLS_PAIR:
        return "xls"
    return kind


def split_pair(n, head, body, kind):
    """(the page's blocks, the attachment's HTML): the letter stays on the page, its 附件 mark and table
    title give way to a link; the attachment prints 附件, the title and the page's table(s)."""
    while head and (head[-1] == ("p", "附件") or head[-1][0] == "center" and head[-1][1] == n.table_title):
        head = head[:-1]
    link = f'<p>附件：<a href="fj1.{kind}">{esc(n.table_title)}</a></p>'
    parts = ["<html><head><meta charset=\"utf-8\"></head><body>", "<p>附件</p>",
             f'<p style="text-align:center"><strong>{esc(n.table_title)}</strong></p>']
    for k, text in body:
        if kind == "xls" and k == "p" and text.startswith("注：") and parts[-1].endswith("</table>"):
            # a sheet prints its note as a row merged across under the table (twohead-siping-2021-7,
            # docs/forms.md "Conventions stated in the letter"), not as a cell of the task column
            parts[-1] = parts[-1][:-len("</tbody></table>")] + (
                f'<tr><td colspan="{_width(parts[-1])}">{esc(text)}</td></tr>\n</tbody></table>')
        elif k == "html":
            # a Word table has no cell beyond its header's: the page's empty trailing <td> stays there
            parts.append(text.replace("<td>&nbsp;</td></tr>", "</tr>"))
        elif k == "head":
            parts.append(f"<p><strong>{esc(text)}</strong></p>")
        else:
            parts.append(f"<p>{esc(text)}</p>")
    parts.append("</body></html>")
    return head + [("html", link)], "\n".join(parts) + "\n"


def esc(s):
    return _html.escape(s, quote=False)


def _width(table):
    """The number of grid columns of an HTML table: its widest row, colspans counted."""
    return max(sum(int(c or 1) for c in re.findall(r'<t[dh](?: [^>]*?colspan="(\d+)")?[^>]*>', row))
               for row in re.findall(r"<tr>.*?</tr>", table, re.S))


def convert(out, jobs):
    """Convert the files of `jobs` ([(path of the .docx/.xlsx, kind)]) in place in `out`, one soffice run
    per kind; returns the new paths by old path.  The originals are removed."""
    out = pathlib.Path(out)
    done = {}
    with tempfile.TemporaryDirectory(prefix="blindsynth-office-") as tmp:
        profile = pathlib.Path(tmp, "profile").as_uri()  # a private profile: other soffice runs go on
        for kind, src in sorted({(k, p.suffix) for p, k in jobs}):
            paths = [p for p, k in jobs if k == kind and p.suffix == src]
            dest = pathlib.Path(tmp, kind + src)
            dest.mkdir()
            # a pair's attachment is written as HTML and opened by Writer, not as a web page
            # (an .xls pair's by Calc: its table becomes the sheet's cells, merged cells merged ranges)
            infilter = ([f"--infilter=HTML ({'StarCalc' if kind == 'xls' else 'StarWriter'})"]
                        if src == ".html" else [])
            subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless"] + infilter + [
                            "--convert-to", FILTERS[kind], "--outdir", str(dest)] + [str(p) for p in paths],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=CONVERT_TIMEOUT, env={**os.environ, "HOME": tmp})
            for p in paths:
                made = dest / (p.stem + "." + kind)
                if not made.exists():
                    continue  # left as it was: the expected file keeps its form
                new = out / made.name
                shutil.move(str(made), new)
                p.unlink()
                done[p] = new
    return done


def write_sidecars(page, attachment):
    """The `.fetch.json` files `extractor fetch` writes beside a page and its attachment
    (docs/attachments.md "Fetching"; the holdout's pair fixtures): the page's lists the attachment."""
    base = "http://www.example.gov.cn/zwgk/notice"
    url = f"{base}/{attachment.name.split('.', 1)[1]}"
    title = None
    for pth, extra in ((page, {}), (attachment, {})):
        data = pth.read_bytes()
        side = {"url": f"{base}/index.html" if pth == page else url, "status": 200,
                "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        if pth == page:
            side["content_type"] = "text/html"
            side["attachments"] = [{"url": url, "text": "附件", "path": attachment.name}]
        else:
            side.update({"content_type": "application/octet-stream", "role": "attachment",
                         "parent_url": f"{base}/index.html", "parent_path": page.name, "link_text": "附件"})
        side["final_url"] = side["url"]
        pathlib.Path(str(pth) + ".fetch.json").write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
