"""TOML files read through a parsed copy in the cache folder (extractor/cachefiles.py)."""
from __future__ import annotations

import datetime
import tomllib
from pathlib import Path

import pytest

from extractor import cachefiles
from extractor.cachefiles import load_toml

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"


def same(a, b) -> bool:
    """Equal, with the same types all the way down (1 and 1.0, True and 1 differ)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same, a, b))
    return a == b


def no_parsing(monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("parsed although a copy was kept")
    monkeypatch.setattr(cachefiles.tomllib, "loads", refuse)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.toml")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_data_file_reads_back_as_tomllib_parses_it(path, cache_folder, monkeypatch):
    with path.open("rb") as fh:
        want = tomllib.load(fh)
    assert same(load_toml(path), want)             # parsed, and its copy written
    assert len(list(cache_folder.glob("toml-*.json"))) == 1
    no_parsing(monkeypatch)
    assert same(load_toml(path), want)             # read from the copy


def test_values_of_every_kind_keep_their_types_and_order(tmp_path, cache_folder, monkeypatch):
    source = tmp_path / "kinds.toml"
    source.write_text('z = 1\na = 1.0\nb = true\nc = "東莞"\nd = [1, 2.5, "x", [false]]\n'
                      'e = inf\nbig = 123456789012345678901234567890\n[t]\ny = {k = -0.0}\n'
                      '[[rows]]\nn = 1\n[[rows]]\nn = 2\n', encoding="utf-8")
    want = tomllib.loads(source.read_text(encoding="utf-8"))
    load_toml(source)
    no_parsing(monkeypatch)
    got = load_toml(source)
    assert same(got, want) and list(got) == ["z", "a", "b", "c", "d", "e", "big", "t", "rows"]
    assert str(got["t"]["y"]["k"]) == "-0.0"


def test_an_edited_file_is_parsed_again(tmp_path, cache_folder):
    source = tmp_path / "a.toml"
    source.write_text("x = 1\n", encoding="utf-8")
    assert load_toml(source) == {"x": 1}
    source.write_text("x = 2\n", encoding="utf-8")   # same size, maybe the same mtime: the bytes decide
    assert load_toml(source) == {"x": 2}
    assert len(list(cache_folder.glob("toml-*.json"))) == 2


def test_a_damaged_copy_is_parsed_and_written_again(tmp_path, cache_folder):
    source = tmp_path / "a.toml"
    source.write_text('x = "y"\n', encoding="utf-8")
    load_toml(source)
    (copy,) = cache_folder.glob("toml-*.json")
    for damage in ('{"x": "y', "[1, 2]", "\xff\xfe"):
        copy.write_text(damage, encoding="latin-1")
        assert load_toml(source) == {"x": "y"}
        assert copy.read_text(encoding="utf-8") == '{"x": "y"}'


def test_dates_are_parsed_every_time(tmp_path, cache_folder):
    source = tmp_path / "d.toml"
    source.write_text("since = 2016-05-01\n", encoding="utf-8")
    assert load_toml(source) == {"since": datetime.date(2016, 5, 1)}
    assert not (cache_folder.exists() and list(cache_folder.glob("toml-*.json")))
    assert load_toml(source) == {"since": datetime.date(2016, 5, 1)}


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(blocker / "cache"))
    source = tmp_path / "a.toml"
    source.write_text("x = [1]\n", encoding="utf-8")
    assert load_toml(source) == {"x": [1]}
    assert load_toml(source) == {"x": [1]}


def test_errors_are_those_of_tomllib(tmp_path, cache_folder):
    with pytest.raises(OSError):
        load_toml(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("x = \n", encoding="utf-8")
    with pytest.raises(tomllib.TOMLDecodeError):
        load_toml(bad)
    bad.write_bytes(b'x = "\xff"\n')
    with pytest.raises(UnicodeDecodeError):
        load_toml(bad)



def test_the_template_and_the_registry_are_read_through_the_cache(cache_folder, monkeypatch):
    from extractor.agencies import departments, records, registry

    # Loading the template or a registry file reads other data files (places, patterns, the
    # template) once a process, through the same cache; read them first so that only the two
    # files under test are written below, whichever tests ran before this one.
    departments.load_template.__wrapped__(departments.TEMPLATE_FILE)
    registry._read_city_file(registry.REGISTRY_DIR / "dongguan.toml")
    for written in cache_folder.glob("toml-*.json"):
        written.unlink()
    seen, real = [], cachefiles.load_toml
    for module in (departments, records):   # records: the one reader of the agency data files
        monkeypatch.setattr(module, "load_toml", lambda p: seen.append(Path(p).name) or real(p))
    departments.load_template.__wrapped__(departments.TEMPLATE_FILE)   # past the per-process lru_cache
    registry._read_city_file(registry.REGISTRY_DIR / "dongguan.toml")
    assert seen == ["template.toml", "dongguan.toml"]
    assert len(list(cache_folder.glob("toml-*.json"))) == 2


def test_an_agency_data_file_that_does_not_parse_is_an_error_naming_it(tmp_path, cache_folder):
    """The one reader of the agency data files (``records.read_agency_data``): a registry
    file or a patterns file that is no TOML is a one-line error naming the file."""
    from extractor.agencies import registry
    from extractor.models import ExtractorError

    bad = tmp_path / "broken.toml"
    bad.write_text("[city\nname = ", encoding="utf-8")
    for load in (lambda: registry.load_registry(tmp_path), lambda: registry.load_patterns(bad)):
        with pytest.raises(ExtractorError, match=r"broken\.toml: cannot read agency data"):
            load()


def test_jieba_losing_its_cache_folder_while_it_loads_prints_no_traceback(tmp_path, monkeypatch, capfd):
    """jieba writes its dictionary cache (mkstemp + rename) into the folder it was
    given, and logs a failure with a traceback.  The folder gone between the check
    and the write (another process cleared it), or a ``jieba.cache`` another user
    owns in the shared temp dir, is a cache not written: it only costs time."""
    from extractor.agencies import segments

    monkeypatch.setattr(segments, "_TOKENIZER", None)
    monkeypatch.setattr(segments, "_TOKENIZER_WORDS", set())
    monkeypatch.setattr(segments, "_writable_cache_dir", lambda: str(tmp_path / "removed"))
    tokenizer = segments.jieba_tokenizer()
    assert tokenizer.lcut("发展和改革", HMM=False) == ["发展", "和", "改革"]
    assert "Traceback" not in capfd.readouterr().err


def test_jieba_cache_goes_to_the_cache_folder(tmp_path, monkeypatch):
    """The per-user cache folder (made if missing), not the temp dir every user shares."""
    from extractor.agencies import segments

    monkeypatch.delenv("EXTRACTOR_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert segments._writable_cache_dir() == str(tmp_path / "xdg" / "extractor")
    assert (tmp_path / "xdg" / "extractor").is_dir()


def test_a_marshalled_cache_file_is_read_only_when_private(tmp_path):
    """``read_private_marshal`` (codecache's and recache's files hold what the interpreter runs): a
    dict from a file and folder only the user can write; else, or unreadable, nothing."""
    import marshal

    folder = tmp_path / "cache"
    folder.mkdir(mode=0o755)
    path = folder / "probe.marshal"
    path.write_bytes(marshal.dumps({("a", 0): b"kept"}))
    path.chmod(0o600)
    assert cachefiles.read_private_marshal(path) == {("a", 0): b"kept"}
    path.chmod(0o664)
    assert cachefiles.read_private_marshal(path) == {}
    path.chmod(0o600)
    folder.chmod(0o777)
    try:
        assert cachefiles.read_private_marshal(path) == {}
    finally:
        folder.chmod(0o755)
    for content in (b"not marshal", marshal.dumps([1, 2]), b""):
        path.write_bytes(content)
        assert cachefiles.read_private_marshal(path) == {}
    assert cachefiles.read_private_marshal(folder / "missing.marshal") == {}
