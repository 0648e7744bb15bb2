"""A document-sharing site's figures for the PDF it previews (holdout wraplines-unplaced, batch 60): the site's heading
(the document's name), then its tool words and figures one a line (VIP专免, the upload date, 999+, 29.51KB, `24 页`, 海报,
侵权投诉).  The figures are page noise (``[boilerplate] drop_lines``, ``noise_lines``), and the bare dashed date under
the heading signs nothing (``dates.is_heading_stamp``): before, 999+ was the list's title and the upload date the
notice's."""
from __future__ import annotations

import pytest

from extractor.layout.dates import find_date, is_heading_stamp
from extractor.layout.locate import locate_content
from extractor.layout.noise import is_noise_line
from extractor.source.decode import decode_bytes

from conftest import make_raw


@pytest.mark.parametrize("line", ["29.51KB", "1.2 MB", "24 页", "999+"])
def test_a_sites_figures_for_the_file_are_noise(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", ["新增学位999个", "全年共24 页资料", "增长12.5%", "互联网+政务服务"])
def test_a_notices_own_figures_in_its_text_are_no_noise(line):
    assert not is_noise_line(line)


def test_the_sites_tool_words_alone_on_their_lines_are_dropped_and_in_a_sentence_stay():
    text = "某计划\nVIP专免\n2024-06-03\n海报\n侵权投诉\n1.制作宣传海报100张。（责任单位：宣传科）"
    lines = list(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))).lines)
    assert lines[:2] == ["某计划", "2024-06-03"] and "1.制作宣传海报100张。（责任单位：宣传科）" in lines
    assert not {"VIP专免", "海报", "侵权投诉"} & set(lines)


def test_a_bare_dashed_date_under_the_heading_signs_nothing_and_one_lower_down_still_does():
    assert is_heading_stamp(["某计划", "2024-06-03"], 1)
    assert not is_heading_stamp(["某计划", "2024年6月3日"], 1)
    assert find_date(["某计划", "2024-06-03", "1.某任务。（某局）"]) == (None, None)
    assert find_date(["关于印发某计划的通知", "各部门：", "现印发给你们。", "某局", "2024-06-03"]) == (4, "2024-06-03")
