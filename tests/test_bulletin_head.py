"""A bulletin run into one line by a forum, a single space where each of its lines broke (holdout unitrows-fangzi):
its head's 签发人 field ends the head, the title opens after it as after a doc number (headfields.head_field_ends), and
the line's letter joints on its spaces cut the signature, the date and the 附件 line as in a document site's
space-joined paragraph (runon.spaced_joints)."""
from extractor.engine.extract import extract
from extractor.parse.headfields import head_field_ends
from extractor.parse.runon import letter_joints, spaced_joints, split_run_on

_HEAD = ("(2019)第3期 某某市某某区人民政府督查室 签发人:王立平 关于2019年重点工作上半年推进情况的通报 "
         "各镇人民政府,区政府各部门: 区政府督查室对今年确定的重点工作开展了督查. 现将有关情况通报如下. "
         "附件:2019年重点工作上半年推进情况 某某市某某区人民政府督查室 2019年7月8日 附件 2019年重点工作上半年推进情况")


def test_the_head_field_ends_where_the_signer_is_named():
    copy = "(2019)第3期 某区人民政府督查室 签发人:王立平 关于…"
    assert [copy[:at] for at in head_field_ends(copy, len(copy))] == ["(2019)第3期 某区人民政府督查室 签发人:王立平"]
    # a field glued to the title's 关于 ends before it
    glued = "某区人民政府督查室签发人：王立平关于做好…的通报"
    assert [glued[:at] for at in head_field_ends(glued, len(glued))] == ["某区人民政府督查室签发人：王立平"]
    # 签发 inside a sentence, no colon, is no field
    assert head_field_ends("由区长签发后印发各部门", 11) == []


def test_a_one_line_bulletin_is_cut_at_its_head_and_its_spaced_signature():
    assert split_run_on(_HEAD) == [
        "(2019)第3期 某某市某某区人民政府督查室 签发人:王立平", "关于2019年重点工作上半年推进情况的通报",
        "各镇人民政府,区政府各部门:", "区政府督查室对今年确定的重点工作开展了督查. 现将有关情况通报如下.",
        "附件:2019年重点工作上半年推进情况", "某某市某某区人民政府督查室", "2019年7月8日",
        "附件 2019年重点工作上半年推进情况"]


def test_a_line_with_no_spaces_is_read_as_before():
    glued = _HEAD.replace(" ", "")
    assert spaced_joints(glued) == set()
    assert spaced_joints("某区人民政府办公室关于做好防汛工作的通知各镇： 现将有关事项通知如下。") == set()
    assert letter_joints(glued) == letter_joints(glued) | spaced_joints(glued)


def test_the_bulletin_metadata_read_off_the_one_line_copy():
    page = ("编辑: someone 2014-09-04\n" + _HEAD + " 承办 单位 任务目标 协办单位 区发 改局 "
            "1.全年实施重点项目30个. 2.争取上级资金2亿元. 区统计局 区财 政局 1.一般公共预算收入增长6%. 区审计局\n")
    meta = extract(page.encode("utf-8"))
    assert (meta.title, meta.issuer, meta.date) == ("关于2019年重点工作上半年推进情况的通报", "某某市某某区人民政府督查室",
                                                    "2019-07-08")
    assert list(meta.recipients) == ["各镇人民政府", "区政府各部门"]
    assert meta.table_title == "2019年重点工作上半年推进情况"
