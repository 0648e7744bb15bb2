"""Make the binary attachment fixtures of this folder, once, with LibreOffice.

    .venv/bin/python tests/attachments/make_fixtures.py

The .docx and .xlsx are built from the seed notice's hand-checked
expected.json by ``tests/officekit.py`` (the tests build their own copies the
same way); LibreOffice then makes what only an office suite writes:

- ``seed-dongguan-2014-75.doc``: Word 97-2003 (through .odt: LibreOffice 7.4
  drops the table when it writes python-docx's .docx straight to .doc);
- ``seed-dongguan-2014-75.xls``: Excel 97-2003, merged section cells kept;
- ``seed-dongguan-2014-75.pdf``: seven pages, real CJK text with embedded
  fonts (fonts-wqy-zenhei), the header row repeated on each page, rows cut
  by page breaks, the section cells merged down their groups;
- ``encrypted.pdf``: the same PDF opened only with a password.

Re-run only when the seed's expected.json changes, and check the output by
hand (the tests compare it with expected.json).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))   # tests/, for officekit

import officekit  # noqa: E402

NAME = "seed-dongguan-2014-75"
PDF_WITH_PASSWORD = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                     '"DocumentOpenPassword":{"type":"string","value":"secret"}}')


def soffice(target: str, source: Path, outdir: Path, profile: Path) -> Path:
    """Convert ``source`` with LibreOffice headless; return the file made."""
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", target, "--outdir", str(outdir), str(source)],
                   check=True, capture_output=True, timeout=300)
    return outdir / f"{source.stem}.{target.split(':')[0]}"


def main() -> None:
    gold = officekit.load_gold(NAME)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        profile = tmp / "profile"
        docx = officekit.build_docx(gold, tmp / f"{NAME}.docx")
        xlsx = officekit.build_xlsx(gold, tmp / f"{NAME}.xlsx")
        shutil.copy(soffice("pdf", docx, tmp, profile), HERE / f"{NAME}.pdf")
        shutil.copy(soffice("xls", xlsx, tmp, profile), HERE / f"{NAME}.xls")
        odt = soffice("odt", docx, tmp, profile)
        shutil.copy(soffice("doc", odt, tmp, profile), HERE / f"{NAME}.doc")
        (tmp / "enc").mkdir()
        shutil.copy(soffice(PDF_WITH_PASSWORD, docx, tmp / "enc", profile), HERE / "encrypted.pdf")
    for f in sorted(HERE.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
