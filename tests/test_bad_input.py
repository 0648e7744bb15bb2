"""Bad input and a hostile file system, run as a user would (issue 12): each
case names the file and the reason on one line, no traceback, and the good
notices of the same batch are exported whole."""
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli import main

SEED_HTML, SEED_TXT = "seed-dongguan-2014-75.html", "seed-dongguan-2014-75.txt"
SEED_MEASURES = 53   # the seed's measures, counted by hand in tests/fixtures/seed-dongguan-2014-75.expected.json


def extractor(*args, cwd=None, preexec_fn=None):
    return subprocess.run([sys.executable, "-m", "extractor", *map(os.fsdecode, args), "--no-progress"],
                          cwd=cwd, capture_output=True, text=True, timeout=120, preexec_fn=preexec_fn)


@pytest.fixture
def raw(tmp_path, fixtures_dir):
    """raw/ holding the seed page, the good notice every case must keep."""
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(fixtures_dir / SEED_HTML, folder / SEED_HTML)
    return folder


def notices(out: Path) -> list[dict]:
    return json.loads((out / "notices.json").read_text(encoding="utf-8"))


def seed_is_whole(out: Path) -> bool:
    seeds = [n for n in notices(out) if n["source"]["path"].endswith(SEED_HTML)]
    return len(seeds) == 1 and len(seeds[0]["measures"]) == SEED_MEASURES


def errors(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return [ln for ln in stderr.splitlines() if ln.startswith("extractor: error:")]


def test_bom_and_a_bad_byte_is_a_notice_with_a_warning(raw, tmp_path):
    # D1: a traceback, and no JSON or CSV written for the whole batch
    (raw / "z.txt").write_bytes(b"\xef\xbb\xbf\xe5\x88\x86\xff")
    res = extractor("run", raw, "--out", tmp_path / "out")
    assert res.returncode == 0 and errors(res.stderr) == []
    assert f"{raw / 'z.txt'}: 1 undecodable byte sequence(s) replaced under utf-8" in res.stderr
    assert seed_is_whole(tmp_path / "out") and len(notices(tmp_path / "out")) == 2


def test_file_name_that_is_not_utf8_is_read_and_shown_escaped(raw, tmp_path, fixtures_dir):
    # D2: 分工.txt named in GBK (what unzipping a GBK-named archive gives): orjson TypeError
    name = os.fsencode(raw) + b"/\xb7\xd6\xb9\xa4.txt"
    with open(name, "wb") as f:
        f.write(b"\xef\xbb\xbf" + "关于召开工作会议的通知\n定于下周召开。\n".encode())
    out = tmp_path / "out"
    res = extractor("run", raw, "--out", out)
    assert res.returncode == 0 and errors(res.stderr) == []
    shown = f"{raw}/\\xb7\\xd6\\xb9\\xa4.txt"
    assert f"{shown}: no task table" in res.stderr
    assert sorted(n["source"]["path"] for n in notices(out)) == sorted([shown, str(raw / SEED_HTML)])
    assert seed_is_whole(out)
    con = sqlite3.connect(out / "notices.sqlite")
    assert con.execute("SELECT count(*) FROM notices").fetchone()[0] == 2


def test_control_characters_in_file_names_are_escaped_when_printed(raw, tmp_path):
    # D11: a newline in a name let it print a line of its own (a fake error); ESC reached the terminal
    (raw / "a\nextractor: error: fake.txt").write_bytes(b"\x00\x01binary" * 20)
    (raw / "b\x1b[31mred.html").write_text("<html><body><p>关于召开工作会议的通知</p></body></html>",
                                         encoding="utf-8")
    out = tmp_path / "out"
    res = extractor("run", raw, "--out", out)
    assert res.returncode == 1
    assert errors(res.stderr) == [f"extractor: error: {raw}/a\\nextractor: error: fake.txt: "
                                  "binary file (NUL bytes), not a text or HTML page"]
    assert "\x1b" not in res.stderr and f"{raw}/b\\x1b[31mred.html: no task table" in res.stderr
    assert seed_is_whole(out)


def test_unreadable_subfolder_is_named_as_an_error(raw, tmp_path, capsys, monkeypatch):
    # D11: a chmod-000 folder was skipped silently, exit 0.  Tests may run as root,
    # whom chmod does not stop, so the folder's listing is refused here instead.
    locked = raw / "locked"
    locked.mkdir()
    shutil.copy(raw / SEED_HTML, locked / "hidden.html")
    real_scandir = os.scandir

    def refusing(path="."):
        if os.fspath(path) == os.fspath(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    out = tmp_path / "out"
    assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert errors("\n".join(err)) == [f"extractor: error: {locked}: cannot read folder: Permission denied"]
    assert seed_is_whole(out) and len(notices(out)) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod-000 folder")
def test_chmod_000_subfolder_is_named_as_an_error(raw, tmp_path):
    locked = raw / "locked"
    locked.mkdir()
    shutil.copy(raw / SEED_HTML, locked / "hidden.html")
    locked.chmod(0)
    try:
        res = extractor("run", raw, "--out", tmp_path / "out")
    finally:
        locked.chmod(0o755)
    assert res.returncode == 1
    assert errors(res.stderr) == [f"extractor: error: {locked}: cannot read folder: Permission denied"]


def test_input_over_the_size_cap_is_refused_before_it_is_read(raw, tmp_path):
    # D11: no cap (a 50 MB table page took 2.1 GB).  A sparse 60 MB file: cheap to make,
    # and refused by its size, not after reading it.
    with open(raw / "huge.html", "wb") as f:
        f.truncate(60 * 1024 * 1024)
    out = tmp_path / "out"
    res = extractor("run", raw, "--out", out)
    assert res.returncode == 1
    assert errors(res.stderr) == [f"extractor: error: {raw / 'huge.html'}: 60 MB is over the "
                                  "20 MB limit on an input (--max-input-mb)"]
    assert seed_is_whole(out)


def test_size_cap_can_be_changed(raw, tmp_path, fixtures_dir):
    shutil.copy(fixtures_dir / "sp-chuzhou-2020-9.txt", raw)   # 9 KB: under 0.014 MB, the seed (16 KB) is over
    res = extractor("run", raw, "--out", tmp_path / "out", "--max-input-mb", "0.014")
    assert res.returncode == 1
    assert errors(res.stderr) == [f"extractor: error: {raw / SEED_HTML}: 0.0159 MB is over the "
                                  "0.014 MB limit on an input (--max-input-mb)"]
    assert [Path(n["source"]["path"]).name for n in notices(tmp_path / "out")] == ["sp-chuzhou-2020-9.txt"]


# ---------------------------------------------------------------- the archive (D5)

def test_read_only_archive_is_one_line_and_exit_2(raw, tmp_path, capsys, monkeypatch):
    # D5: a traceback and exit 1 ("some input unreadable").  chmod does not stop root,
    # so the archive is opened read-only the way SQLite opens a file it may not write.
    out = tmp_path / "out"
    assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 0
    before = (out / "notices.json").read_bytes()
    capsys.readouterr()
    real_connect = sqlite3.connect

    def read_only(database, *args, **kw):
        if str(database).endswith("notices.sqlite"):
            return real_connect(f"{Path(database).resolve().as_uri()}?mode=ro", *args, uri=True,
                                **{k: v for k, v in kw.items() if k != "uri"})
        return real_connect(database, *args, **kw)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    (raw / "again.html").write_bytes((raw / SEED_HTML).read_bytes() + b"\n")   # new bytes: to be stored
    assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"extractor: error: {out / 'notices.sqlite'}: attempt to write a readonly database"]
    assert (out / "notices.json").read_bytes() == before


def _full_disk():
    """A child process that may write no file past 64 KB: what a full disk looks like to SQLite."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # EFBIG, not a signal that kills the process
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_full_disk_is_one_line_and_exit_2(raw, tmp_path):
    res = extractor("run", raw, "--out", tmp_path / "out", preexec_fn=_full_disk)
    assert res.returncode == 2, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"extractor: error: {tmp_path / 'out'}"), lines


def test_help_names_the_size_cap_default():
    from extractor.source.read import MAX_INPUT_MB

    res = subprocess.run([sys.executable, "-m", "extractor", "run", "--help"], capture_output=True, text=True)
    assert f"(default: {MAX_INPUT_MB})" in " ".join(res.stdout.split())


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_a_pipe_or_device_given_as_input_is_refused_not_read(raw, tmp_path, special):
    # reading a named pipe waited for ever; /dev/zero (size 0 to stat) never ends
    if special == "fifo":
        special = tmp_path / "pipe.html"
        os.mkfifo(special)
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "extractor", "run", str(raw), str(special), "--out", str(out),
                          "--no-progress"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 1
    assert errors(res.stderr) == [f"extractor: error: {special}: not a regular file (a device, pipe or socket)"]
    assert seed_is_whole(out)


def test_a_file_gone_while_one_input_is_extracted_fails_that_input_by_name(raw, tmp_path, capsys, monkeypatch):
    """A file the system loses under one input's extraction (a temp or cache file
    another process removed; here simulated) raised an OSError that stopped the
    whole run with "extractor: error: No such file or directory", naming nothing
    when the error carried no file name.  It is that input's failure, the batch goes on."""
    import errno

    from extractor.engine import extract

    doomed = raw / "doomed.html"
    shutil.copy(raw / SEED_HTML, doomed)
    real_extract_raw = extract.extract_raw

    def losing(raw_input, resolver=None, path=None):
        if path is not None and Path(path).name == doomed.name:
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT))   # no file name, as getcwd's
        return real_extract_raw(raw_input, resolver, path)

    monkeypatch.setattr(extract, "extract_raw", losing)
    out = tmp_path / "out"
    assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert errors(err) == [f"extractor: error: {doomed}: {os.strerror(errno.ENOENT)}"]
    assert seed_is_whole(out) and len(notices(out)) == 1


def test_an_os_error_naming_a_file_under_one_input_names_both(raw, tmp_path, capsys, monkeypatch):
    from extractor.engine import extract

    gone = tmp_path / "profile" / "user"
    monkeypatch.setattr(extract, "extract_raw",
                        lambda *a: (_ for _ in ()).throw(FileNotFoundError(2, "No such file or directory", str(gone))))
    out = tmp_path / "out"
    assert main(["run", str(raw), "--out", str(out), "--no-progress"]) == 1
    assert errors(capsys.readouterr().err) == [
        f"extractor: error: {raw / SEED_HTML}: {gone}: No such file or directory"]


def test_an_os_error_without_a_file_name_outside_any_input_says_where_it_was_raised(raw, tmp_path, capsys,
                                                                                    monkeypatch):
    """An OSError outside any input that names no file (os.getcwd in a removed
    folder, a socket) still names a place: the line of code that met it."""
    from extractor.cli import run as run_cli

    def broken(args):
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(run_cli, "cmd_run", broken)
    assert main(["run", str(raw), "--out", str(tmp_path / "out"), "--no-progress"]) == 2
    line, = errors(capsys.readouterr().err)
    assert line.startswith("extractor: error: No such file or directory (no file named; raised at ")
    assert "raised at test_bad_input.py:" in line and "in broken, from app.py:" in line
