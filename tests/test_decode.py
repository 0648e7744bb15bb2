"""Stage 2: decoding bytes into text, recording the encoding used."""
import codecs

import pytest

from extractor.source.decode import decode_bytes, normalize_label
from extractor.models import ExtractorError

from conftest import make_raw

# 滘 and 镕 are in GBK but not in GB2312 (docs/encodings.md).
GBK_ONLY = "道滘镇 朱镕基"


def page(charset_decl: str, body: str) -> str:
    head = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset_decl}"></head>'
    return head + f"<body><table><tr><td>{body}</td></tr></table></body></html>"


def test_utf8_page():
    d = decode_bytes(make_raw(page("utf-8", "市发改局").encode("utf-8")))
    assert d.encoding == "utf-8" and "市发改局" in d.text and d.format == "html"


def test_utf8_bom_text():
    d = decode_bytes(make_raw(codecs.BOM_UTF8 + "东府办〔2014〕75号\n".encode(), path="n.txt"))
    assert d.text.startswith("东府办") and d.encoding.startswith("utf-8") and d.format == "text"


def test_utf16_bom():
    d = decode_bytes(make_raw("市科技局 |\n".encode("utf-16"), path="n.txt"))
    assert d.text.strip() == "市科技局 |" and d.encoding.startswith("utf-16")


def test_gbk_page_declared_gb2312_keeps_gbk_only_characters():
    data = page("gb2312", GBK_ONLY + " 市经信局").encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")  # the trap: a strict gb2312 decoder stops here
    d = decode_bytes(make_raw(data))
    assert d.encoding == "gb18030"
    assert GBK_ONLY in d.text and "市经信局" in d.text


def test_http_charset_wins_over_missing_meta():
    data = "<html><body><p>关于印发分工方案的通知 道滘镇</p></body></html>".encode("gbk")
    d = decode_bytes(make_raw(data, http_charset="GBK"))
    assert d.encoding == "gb18030" and "道滘镇" in d.text


def test_wrong_declared_charset_falls_back_with_warning():
    data = page("utf-8", "市发改局 市经信局 市科技局").encode("gbk")
    d = decode_bytes(make_raw(data))
    assert "市发改局" in d.text and d.encoding == "gb18030"
    assert any("does not fit" in w for w in d.warnings)


def test_undeclared_gbk_text_is_detected():
    data = "牵头单位：市发改局\n配合单位：市财政局、道滘镇\n".encode("gbk")
    d = decode_bytes(make_raw(data, path="n.txt"))
    assert "道滘镇" in d.text


@pytest.mark.parametrize("label,codec", [("gb2312", "gb18030"), ("GBK", "gb18030"), ("x-gbk", "gb18030"),
                                          ("utf-8", "utf-8"), ("UTF8", "utf-8"), ("nonsense", None)])
def test_normalize_label(label, codec):
    assert normalize_label(label) == codec


def test_binary_is_rejected():
    with pytest.raises(ExtractorError, match="binary"):
        decode_bytes(make_raw(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), path="x.png"))


def test_declared_utf8_with_a_few_broken_bytes_stays_utf8():
    body = "市发改局 市经信局 市科技局 " * 20
    data = page("utf-8", body).encode("utf-8")
    data = data.replace("市经信局".encode(), "市经信局".encode()[:-1], 1)  # one truncated character
    d = decode_bytes(make_raw(data))
    assert d.encoding == "utf-8 (lossy)" and "市发改局" in d.text and "\ufffd" in d.text
    assert any("replaced" in w for w in d.warnings)


# ---------------------------------------------------------------- decoding by evidence (issue 12)

def test_bom_then_a_bad_byte_decodes_with_a_warning():
    # D1: this stopped the whole run with a UnicodeDecodeError
    d = decode_bytes(make_raw(b"\xef\xbb\xbf\xe5\x88\x86\xff", path="z.txt"))
    assert d.text == "分\ufffd" and d.encoding == "utf-8 (BOM, lossy)"
    assert d.warnings == ("1 undecodable byte sequence(s) replaced under utf-8",)


def test_bom_with_many_bad_bytes_is_not_trusted():
    # a UTF-8 BOM before GBK text: the BOM is a leftover, the text reads as GBK
    data = codecs.BOM_UTF8 + ("牵头单位：市发改局。配合单位：市财政局、道滘镇。" * 5).encode("gbk")
    d = decode_bytes(make_raw(data, path="n.txt"))
    assert d.encoding == "gb18030" and d.text.startswith("牵头单位：市发改局") and "道滘镇" in d.text


def test_undeclared_utf8_with_one_stray_byte_stays_utf8(fixtures_dir):
    # D3: one stray byte made the seed's text decode as gb18030 (mojibake, 0 measures)
    data = (fixtures_dir / "seed-dongguan-2014-75.txt").read_bytes()
    half = data.index("\n".encode(), len(data) // 2)
    d = decode_bytes(make_raw(data[:half] + b"\xff" + data[half:], path="n.txt"))
    assert d.encoding == "utf-8 (lossy)" and "东府办〔2014〕75号" in d.text
    assert d.warnings == ("1 undecodable byte sequence(s) replaced under utf-8",)


@pytest.mark.parametrize("codec,meta", [("utf-8", "utf-8"), ("gbk", "gbk")])
def test_wrong_http_charset_loses_to_a_meta_that_reads_as_chinese(codec, meta):
    # D8: the header said ISO-8859-1 (which decodes any bytes) and the page came out garbled
    data = page(meta, "关于印发重点工作责任分工方案的通知 市发改局 道滘镇").encode(codec)
    d = decode_bytes(make_raw(data, http_charset="ISO-8859-1"))
    assert "市发改局" in d.text and "道滘镇" in d.text
    assert d.encoding == ("utf-8" if codec == "utf-8" else "gb18030")
    assert any("ISO-8859-1" in w and "HTTP header" in w for w in d.warnings)


def test_right_http_charset_still_wins():
    data = page("utf-8", "市发改局 市经信局").encode("gbk")   # the <meta> is the wrong one here
    d = decode_bytes(make_raw(data, http_charset="gbk"))
    assert d.encoding == "gb18030" and "市经信局" in d.text


def test_ascii_page_keeps_its_declared_charset():
    d = decode_bytes(make_raw(b"<html><body><p>no Chinese here</p></body></html>", http_charset="ISO-8859-1"))
    assert d.encoding == "iso8859-1" and d.warnings == ()


def test_traditional_text_in_utf8_is_not_taken_for_gbk():
    text = "關於印發重點工作責任分工方案的通知\n牽頭單位：市發展和改革局\n配合單位：市財政局\n" * 3
    d = decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))
    assert d.encoding == "utf-8" and d.text.startswith("關於")


def test_zero_width_characters_are_taken_out_of_the_text():
    """WeChat copies leave U+200B inside words; nothing prints them, so nothing reads them."""
    text = "牵头\u200b单位：市发改委、\u200b市财政局\u2060\ufeff\n"
    decoded = decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))
    assert decoded.text == "牵头单位：市发改委、市财政局\n"


def test_soft_hyphens_are_taken_out_of_pages_and_text_copies():
    """A web editor's hyphenation hints (U+00AD) inside words print as nothing inside a line."""
    for path in ("n.txt", "n.html"):
        decoded = decode_bytes(make_raw("牵\xad头单位：市发改委、\xad市财政局\n".encode("utf-8"), path=path))
        assert decoded.text == "牵头单位：市发改委、市财政局\n"


def test_kangxi_radicals_of_a_pdf_copy_are_read_as_the_characters_they_print():
    """A PDF whose font maps glyphs to Kangxi radicals gives a text copy ⼯作 for 工作 and ⽇ for 日;
    the text gets the characters back.  Other characters near the radicals stay (〇, and ⺠, a
    radical with no compatibility mapping)."""
    text = "⼀、重点⼯作\n完成时限：2024年6⽉30⽇\n〇 ⺠\n"
    decoded = decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))
    assert decoded.text == "一、重点工作\n完成时限：2024年6月30日\n〇 ⺠\n"


def _replacements(data: bytes) -> int:
    return data.decode("utf-8", errors="replace").count("\ufffd")


def test_a_prefix_read_as_utf8_holds_at_most_one_replacement_more_than_the_whole():
    """The bound ``_cannot_fit_utf8`` rests on: UTF-8 decodes a prefix as the whole does up to its
    last sequence, which the cut can turn into one replacement at most - on random bytes, GBK and
    UTF-8 text, cut at every place."""
    import random

    rng = random.Random(20261203)
    samples = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 60))) for _ in range(300)]
    samples += [bytes(rng.choice(b"\x41\xe4\xb8\xad\xf0\x9f\x98\x80\xc3\xa9\xef\xbf\xbd\x80\xbf\xed\xa0")
                      for _ in range(rng.randrange(1, 40))) for _ in range(300)]
    text = "东莞市发展和改革局、滘头村民委员会（牵头）€😀 abc"
    samples += [text.encode("gbk", "replace"), text.encode("utf-8"), text.encode("gb18030")]
    for data in samples:
        whole = _replacements(data)
        for cut in range(len(data) + 1):
            assert _replacements(data[:cut]) <= whole + 1, (data, cut)


def test_a_utf8_reading_is_ruled_out_from_its_first_bytes_only_when_it_would_not_fit(fixtures_dir):
    """``_cannot_fit_utf8`` says a reading cannot fit only where decoding all of it finds that it
    does not (``_Reading.fits``): the fixture pages and texts as they are, in GBK, in UTF-8 with
    bad bytes strewn at several rates, and with U+FFFD printed in them; and the pages decode as
    when every UTF-8 candidate was decoded in full."""
    import random
    import extractor.source.decode as dec

    rng = random.Random(7)
    pages = [p.read_bytes() for p in sorted(fixtures_dir.rglob("*")) if p.suffix in (".html", ".htm", ".txt")]
    samples = list(pages)
    for data in pages[:60]:
        text = data.decode("utf-8", "replace")
        samples.append(text.encode("gbk", "replace"))
        samples.append(("\ufffd" * rng.randrange(1, 50) + text).encode("utf-8"))
        for rate in (0.001, 0.004, 0.02, 0.2):
            raw = bytearray(text.encode("utf-8"))
            for _ in range(int(len(raw) * rate)):
                raw[rng.randrange(len(raw))] = rng.choice(b"\x80\xbf\xc0\xe4\xff")
            samples.append(bytes(raw))
    ruled_out = 0
    for data in samples:
        try:
            data.decode("utf-8")
            continue
        except UnicodeDecodeError as exc:
            first_bad = exc.start
        if dec._cannot_fit_utf8(data, first_bad):
            ruled_out += 1
            assert not dec._read(data, "utf-8", dec.GUESS).fits
    assert ruled_out > 50

    full = {}
    for data in samples:
        try:
            full[data] = decode_bytes(make_raw(data))
        except ExtractorError as exc:
            full[data] = str(exc)
    original = dec._cannot_fit_utf8
    dec._cannot_fit_utf8 = lambda data, first_bad: False
    try:
        for data in samples:
            try:
                again = decode_bytes(make_raw(data))
            except ExtractorError as exc:
                again = str(exc)
            assert again == full[data]
    finally:
        dec._cannot_fit_utf8 = original


# Big5 as standard readers take it (WHATWG Big5, iconv BIG5-HKSCS): the circled item numbers
# ①② are C6A1/C6A2 (the ETEN extension); Python's big5/cp950 codecs read those bytes as kana.
BIG5_ITEMS = (b"\xc6\xa1" + "推進政務服務事項網上可辦（牽頭單位：區行政審批局）\n".encode("big5hkscs")
              + b"\xc6\xa2" + "新建中小學和幼兒園（牽頭單位：區教育局、區財政局）\n".encode("big5hkscs"))


def test_undeclared_big5_text_reads_the_eten_circled_numbers():
    assert BIG5_ITEMS.decode("big5")[0] != "①"   # the trap
    d = decode_bytes(make_raw(BIG5_ITEMS * 3, path="n.txt"))
    lines = d.text.splitlines()
    assert lines[0].startswith("①推進") and lines[1].startswith("②新建")
    assert "區行政審批局" in d.text and "區財政局" in d.text


def test_declared_big5_page_reads_the_eten_circled_numbers():
    head = b'<html><head><meta charset="big5"></head><body><p>'
    d = decode_bytes(make_raw(head + BIG5_ITEMS + b"</p></body></html>"))
    assert "①推進" in d.text and "②新建" in d.text


def test_a_byte_pair_only_cp950_has_still_reads_in_big5():
    euro = b"\xa3\xe1"   # cp950's euro sign, which the big5hkscs table lacks
    with pytest.raises(UnicodeDecodeError):
        euro.decode("big5hkscs")
    data = BIG5_ITEMS + "補助".encode("big5hkscs") + euro + b"100\n"
    for raw in (make_raw(data * 3, path="n.txt"),
                make_raw(b'<html><head><meta charset="big5"></head><body><p>' + data + b"</p></body></html>")):
        d = decode_bytes(raw)
        assert "補助€100" in d.text and "①推進" in d.text and "lossy" not in d.encoding


def test_undetected_big5_with_box_drawing_is_read_as_big5():
    """A Big5 text copy of a box-drawn table (many A2xx pairs: ┌─┬│) is also valid gb18030, reads
    as gb18030 mojibake too poorly to be taken as a guess, and the detector names nothing: of the two
    legacy encodings the one that reads as Chinese is taken, not gb18030 blindly."""
    text = ("關於印發某縣二〇二四年重點工作分工的通知\n各鄉鎮人民政府，縣直各單位：\n"
            "┌──┬──────────┬─────┐\n│序號│工作任務            │牽頭單位  │\n"
            "├──┼──────────┼─────┤\n│1   │推進農田水利設施建設│縣水務局  │\n"
            "├──┼──────────┼─────┤\n│2   │擴大職業技能培訓規模│縣人社局  │\n"
            "└──┴──────────┴─────┘\n某縣人民政府辦公室\n2024年5月6日\n") * 3
    data = text.encode("big5hkscs")
    data.decode("gb18030")   # the bytes fit gb18030 as well
    decoded = decode_bytes(make_raw(data, path="n.txt"))
    assert decoded.text.replace("\r\n", "\n").startswith("關於印發某縣") and "縣水務局" in decoded.text


def test_undetected_gbk_still_reads_as_gbk():
    """The look-alike: simplified text in GBK with box drawing reads as GBK as before."""
    text = ("关于印发某县二〇二四年重点工作分工的通知\n各乡镇人民政府，县直各单位：\n"
            "┌──┬──────────┬─────┐\n│序号│工作任务            │牵头单位  │\n"
            "├──┼──────────┼─────┤\n│1   │推进农田水利设施建设│县水务局  │\n"
            "└──┴──────────┴─────┘\n") * 3
    decoded = decode_bytes(make_raw(text.encode("gbk"), path="n.txt"))
    assert "县水务局" in decoded.text and decoded.text.replace("\r\n", "\n").startswith("关于印发某县")
