"""Stage 2: decoding bytes into text, recording the encoding used."""
import codecs

import pytest

from extractor.source.decode import decode_bytes, normalize_label
from extractor.models import ExtractorError

from conftest import make_raw

# 滘 and 镕 are in GBK but not in GB2312 (FACTS.md).
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
