"""Legacy Office files (.doc, .wps, .et, and RTF saved as .doc) through LibreOffice headless.

No maintained Python library reads Word 97-2003 or Kingsoft WPS binaries
into tables (antiword and textract give text without cell structure), while
LibreOffice's import filters are the most complete outside Microsoft Office.
Each file is converted to .docx (or .xlsx for a spreadsheet) and read by the
.docx/.xlsx reader, so the cells keep their merges.

- every conversion runs in a private temp folder, under a timeout, in its
  own process group (``soffice`` starts ``soffice.bin``: a timeout kills both);
- each process uses its own LibreOffice profile (``-env:UserInstallation``),
  so parallel runs (``--jobs``) never share one and never collide on its lock;
  it is removed at exit, and one left by a process that is gone (a stopped
  ``--jobs`` worker) by the next process that makes one;
- the profile switches macro execution off before the first conversion;
- a Word binary whose text ends on a table row first gets the paragraph mark
  LibreOffice needs to read that table back (``wordend.close_final_row``);
- where ``soffice`` is missing the file fails with one line naming the tool.
"""
from __future__ import annotations

import atexit
import logging
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ...models import ExtractorError
from .wordend import close_final_row

log = logging.getLogger(__name__)

#: seconds one conversion may take; a 50-page .doc converts in about 3 s on
#: the project's 2-core machine, the first one of a process in about 5 s
CONVERT_TIMEOUT = 120.0
#: what to install where ``soffice`` is missing (Debian package names)
INSTALL_HINT = "install LibreOffice: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui"
TARGETS = {"doc": "docx", "wps": "docx", "rtf": "docx", "et": "xlsx"}
#: kinds that are Word 97 binaries: a final table row gets its closing paragraph mark first (wordend.py)
WORD_BINARIES = ("doc", "wps")

#: the name of a process's profile folder in the temp folder: this, its pid, a random part
PROFILE_PREFIX = "extractor-lo-profile-"
_profile: Path | None = None
#: LibreOffice settings written into the private profile: macros never run
_NO_MACROS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" \
oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" \
oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


def soffice_path() -> str | None:
    """The LibreOffice executable on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_legacy(data: bytes, kind: str) -> bytes:
    """``data`` (a .doc/.wps/.et file) converted to .docx/.xlsx bytes."""
    exe = soffice_path()
    if exe is None:
        raise ExtractorError(f"needs LibreOffice (soffice) to read .{kind} files: {INSTALL_HINT}")
    target = TARGETS[kind]
    if kind in WORD_BINARIES:
        data = close_final_row(data)
    with tempfile.TemporaryDirectory(prefix="extractor-convert-") as tmp:
        source = Path(tmp) / f"attachment.{kind}"
        source.write_bytes(data)
        cmd = [exe, "--headless", "--norestore", "--nolockcheck", "--nologo", "--nodefault",
               f"-env:UserInstallation={_user_profile().as_uri()}",
               "--convert-to", target, "--outdir", tmp, str(source)]
        _run(cmd, kind)
        out = source.with_suffix(f".{target}")
        if not out.is_file() or not out.stat().st_size:
            raise ExtractorError(f"LibreOffice could not convert the .{kind} file "
                                 "(password-protected or damaged?)")
        return out.read_bytes()


def _run(cmd: list[str], kind: str) -> None:
    env = {**os.environ, "SAL_USE_VCLPLUGIN": "svp"}   # no display needed
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, env=env)
    try:
        _out, err = proc.communicate(timeout=CONVERT_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise ExtractorError(f"LibreOffice took over {CONVERT_TIMEOUT:.0f} s to convert the .{kind} file") from None
    if proc.returncode:
        log.debug("soffice exited %s: %s", proc.returncode, err.decode(errors="replace")[-500:])


def _user_profile() -> Path:
    """This process's LibreOffice profile, made on first use and removed at exit."""
    global _profile
    if _profile is None or _profile_owner != os.getpid():
        _remove_orphan_profiles()
        _set_profile(Path(tempfile.mkdtemp(prefix=f"{PROFILE_PREFIX}{os.getpid()}-")))
    return _profile


def _remove_orphan_profiles() -> None:
    """Remove the profiles of processes that are gone: a ``--jobs`` worker is
    stopped by its pool, which runs neither atexit nor multiprocessing's finalizers."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PROFILE_PREFIX}*-*"):
        pid = folder.name[len(PROFILE_PREFIX):].split("-", 1)[0]
        if pid.isdecimal() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_profile_owner: int | None = None


def _set_profile(folder: Path) -> None:
    global _profile, _profile_owner
    user = folder / "user"
    user.mkdir(parents=True)
    (user / "registrymodifications.xcu").write_text(_NO_MACROS, encoding="utf-8")
    _profile, _profile_owner = folder, os.getpid()
    atexit.register(shutil.rmtree, folder, True)
