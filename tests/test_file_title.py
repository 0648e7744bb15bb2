"""A document site's preview that runs the plan's name into its opening paragraph (layout/filetitle.py): the plan's
heading is the name as the document prints it, the file's name printed over the preview saying where it ends
(holdouts contactpts-town and piecesduty-shitang, batch 126; session 73)."""
from extractor.layout.filetitle import file_name_opening
from extractor.layout.locate import locate_content
from extractor.layout.metadata import parse_metadata
from extractor.source.decode import decode_bytes

from conftest import make_raw

HEAD = ["XX镇2023年溺水隐患排查整治方案.docx", "上传人：p** 文档编号：5348 格式：DOCX", "资源描述"]


def test_the_name_run_into_the_opening_is_the_files_name():
    line = "XX镇2023年溺水隐患排查整治方案为抓好全镇预防溺水工作，特制订本方案。"
    assert file_name_opening(line, HEAD) == "XX镇2023年溺水隐患排查整治方案"


def test_the_documents_own_heading_after_the_echoed_name_keeps_its_blank():
    head = ["镇20年防溺水联防联控机制工作方案.doc"]
    line = "镇20年防溺水联防联控机制工作方案_ 镇 20_ 年防溺水联防联控机制工作方案 根据上级要求，特制定本方案。"
    assert file_name_opening(line, head) == "镇20_年防溺水联防联控机制工作方案"


def test_a_paragraph_opening_with_no_files_name_is_none():
    assert file_name_opening("为抓好全镇预防溺水工作，特制订本方案。", HEAD) is None
    assert file_name_opening("方案为抓好工作，特制订本方案。", ["方案.doc"]) is None   # too short a name


def test_the_page_is_titled_by_the_name_as_the_document_prints_it():
    text = "\n".join([*HEAD, "", "《XX镇2023年溺水隐患排查整治方案.docx》由会员分享，可在线阅读。", "",
                      "XX镇2023年溺水隐患排查整治方案为抓好全镇预防溺水工作，特制订本方案。",
                      "一、工作职责镇党政办：负责组织协调各有关部门做好排查整治工作。"])
    meta = parse_metadata(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="p.txt"))))
    assert (meta.title, meta.table_title) == ("XX镇2023年溺水隐患排查整治方案", "XX镇2023年溺水隐患排查整治方案")
