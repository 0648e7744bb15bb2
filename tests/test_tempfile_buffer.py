"""store/partfiles.TempFile holds what is written and writes it a buffer at a time: the file
gets the same bytes at the offsets ``write`` gave, whatever the buffer, the system's limit of
pieces a call, or a short write."""
import os

import pytest

from extractor.store import partfiles
from extractor.store.partfiles import TempFile

PIECES = [b"head\n", b"", b"x" * 11, b",", "第一项".encode(), b"\r\n" * 3, b"tail"]


@pytest.mark.parametrize("buffer, iov_max, most", [(1 << 20, 1024, None), (7, 3, None), (7, 2, 5), (1, 1, 1)])
def test_the_file_holds_what_was_written_at_the_offsets_given(tmp_path, monkeypatch, buffer, iov_max, most):
    monkeypatch.setattr(partfiles, "WRITE_BUFFER_BYTES", buffer)
    monkeypatch.setattr(partfiles, "_IOV_MAX", iov_max)
    if most is not None:   # a system that writes at most ``most`` bytes a call
        writev, write = os.writev, os.write
        monkeypatch.setattr(os, "writev", lambda fd, pieces: write(fd, b"".join(pieces)[:most]))
        monkeypatch.setattr(os, "write", lambda fd, data: write(fd, bytes(data)[:most]))
    temp = TempFile(tmp_path / "out.txt")
    offsets = [temp.write(p) for p in PIECES]
    assert offsets == [sum(map(len, PIECES[:i])) for i in range(len(PIECES))]
    assert temp.size == sum(map(len, PIECES))
    # what a copy from the file reads (``fd``) is every byte written so far
    assert os.pread(temp.fd, temp.size, 0) == b"".join(PIECES)
    temp.write(b"!")
    assert temp.commit().read_bytes() == b"".join(PIECES) + b"!"


def test_discard_drops_what_is_held_with_the_file(tmp_path):
    temp = TempFile(tmp_path / "out.txt")
    temp.write(b"held")
    temp.discard()
    assert list(tmp_path.iterdir()) == []
