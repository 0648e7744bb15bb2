"""Faster forms of the same answer (docs/scale.md, session 64): each gives what its former form gave on
thousands of random inputs whose draws reach every answer.  The former forms are kept here as they were."""
import random
import re

import pytest

from extractor.agencies import sharedheads
from extractor.hanzi import to_simplified
from extractor.parse.labels import verb_re
from extractor.text import alternation, vocab
from test_t2s_keeps import OPENCC_DICT, t2s_entries

ROUNDS = 3000

#: the look-behind of 办理 as it stood before the alternative (assign.toml [verbs])
_UNIT_END_BEFORE = "(?<=[局委办厅部院会室处队所站心府门位组班科])办理"
_UNIT_END_AFTER = "办理(?<=[局委办厅部院会室处队所站心府门位组班科]办理)"

#: pieces the random texts are made of: unit ends, wording before 办理, the other verbs and plain text
_PIECES = ("局", "委", "办", "部门", "中心", "凭证", "依法", "现场", "办理", "办", "理", "负责", "牵头", "配合",
           "研究", "提出", "意见", "落实", "各负其责", "联合", "会", "，", "、", "财政", "推进工作", " ")


def _texts(seed: int):
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 9)))


def test_verbs_with_the_look_behind_after_it_match_as_before():
    for name in ("role_hint", "responsible"):
        now = verb_re(name)
        assert _UNIT_END_AFTER in now.pattern
        before = re.compile(now.pattern.replace(_UNIT_END_AFTER, _UNIT_END_BEFORE))
        for text in _texts(64):
            assert ([m.span() for m in now.finditer(text)] == [m.span() for m in before.finditer(text)]), (name, text)


def test_the_random_texts_reach_both_readings_of_banli():
    role_hint = verb_re("role_hint")
    hits = [m.group() for text in _texts(64) for m in role_hint.finditer(text)]
    assert "办理" in hits
    assert any("办理" in text and "办理" not in [m.group() for m in role_hint.finditer(text)] for text in _texts(64))


def _share_government_runs_before(tokens):
    out = None
    for n in range(1, len(tokens)):
        token = tokens[n].strip()
        if not to_simplified(token).endswith(sharedheads.GOVERNMENT_TAIL) or not sharedheads.is_whole_place(tokens[n - 1]):
            continue
        shared = sharedheads.place_body(token)
        if shared is None or not sharedheads.is_government_word(to_simplified(shared[1])):
            continue
        start = n - 1
        while start > 0 and sharedheads.is_whole_place(tokens[start - 1]):
            start -= 1
        out = out or list(tokens)
        out[start:n] = [t.strip() + shared[1] for t in tokens[start:n]]
    return out or tokens


#: list items: places printed whole, governments (simplified and traditional 政府, 人民政府), bodies, catch-alls
_UNITS = ("银川市", "石嘴山市", "吴忠市人民政府", "吴忠市政府", "商水县", "商水縣人民政府", "宁东管委会", "自治区发展改革委",
          "自然资源厅", "市政府", "县政府办公室", "市财政局", "各县（区）政府", "府", "政府", " 银川市", "宜昌市", "荆州市发改委")


def test_government_runs_give_what_they_gave():
    rng = random.Random(640)
    shared = 0
    for _ in range(ROUNDS):
        tokens = [rng.choice(_UNITS) for _ in range(rng.randint(1, 6))]
        now = sharedheads._share_government_runs(tokens)
        assert now == _share_government_runs_before(tokens), tokens
        shared += now != tokens
    assert shared > 50   # the draws reach lists whose run shares the government word


@pytest.mark.skipif(not OPENCC_DICT.is_file(), reason="OpenCC's opencc_dict is not installed")
def test_t2s_gives_the_government_word_s_last_character_only_for_itself(tmp_path):
    """``_share_government_runs`` skips a list printing no 府: no entry of t2s's dictionaries gives a 府 where its
    key has another character (or, a value of another length, where its key holds no 府)."""
    last = sharedheads.GOVERNMENT_TAIL[-1]
    entries = 0
    for key, value, line in t2s_entries(tmp_path):
        entries += 1
        if len(value) == len(key):
            assert all(k == last for k, v in zip(key, value) if v == last), line
        else:
            assert last not in value or last in key, line
    assert entries > 4000   # the dictionaries were read


# --- session 65: a site lead's search asked only of a line printing a site word -----------------------------------

def _site_lead_before(lines):
    """``newslead._site_lead`` as it stood before the site-word guard (fd0d4520)."""
    from extractor.layout import newslead
    for line in lines:
        if "《" not in line:
            continue
        text = line.strip()
        for m in newslead._site_lead_re().finditer(newslead.simplified(text)):
            if m.group("about") is not None:
                return newslead.Lead(text[m.start("about"):m.end("about")], None, newslead._lead_day(text[:m.start()]))
    return None


def _lead_site_owner_before(lines):
    """``newslead.lead_site_owner`` as it stood before the site-word guard."""
    from extractor.layout import newslead
    from extractor.text import vocab
    rx = newslead._site_lead_re()
    ends = tuple(vocab()["metadata"]["issuer_ends"])
    for line in lines:
        if "《" not in line:
            continue
        text = line.strip()
        for m in rx.finditer(newslead.simplified(text)):
            owner = text[m.start("issuer"):m.end("issuer")]
            if newslead.simplified(owner).endswith(ends) and not newslead.is_unplaced(owner):
                return owner
    return None


#: pieces of lead sentences: days, time words, bodies (simplified and traditional), site words (both), verbs, book
#: titles with and without a 关于 and an issuer before it, and sentence marks
_LEAD_PIECES = ("今天，", "近日，", "2月23日，", "某自治区人民政府", "成都市人民政府", "市政府办公室", "宁夏回族自治区人民政府",
                "網站", "网站", "门户网站", "門戶網站", "官方网站", "官网", "官網", "发布了", "發布了", "刊发了", "刊登",
                "印发", "《", "》", "自治区人民政府办公厅关于", "关于", "加强安全生产工作", "的通知", "的通知》", "实施方案》",
                "，", "。", " ", "要求", "工作", "政府", "站")


#: a lead sentence's slots in order, each a choice of pieces ("" leaves the slot out)
_LEAD_SLOTS = (("", "今天，", "近日，", "2月23日，", "据悉，"), ("", "近日"),
               ("某自治区人民政府", "成都市人民政府", "市政府办公室", "宁夏回族自治区人民政府", "成都市人民政府办公厅"),
               ("網站", "网站", "门户网站", "門戶網站", "官方网站", "官网", "官網", "", "平台"),
               ("发布了", "發布了", "刊发了", "刊登", "印发", "转发"), ("《",),
               ("自治区人民政府办公厅关于", "成都市人民政府关于", "关于", "某市"), ("加强安全生产工作", "推进改革", ""),
               ("的通知》", "实施方案》", "的意见》", "》"), ("", "。", "，要求抓好落实。"))


def _lead_lines(rng):
    """One to four lines: lead sentences with a slot redrawn from all pieces now and then, and lines of pieces."""
    lines = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.7:
            slots = [rng.choice(pieces) for pieces in _LEAD_SLOTS]
            if rng.random() < 0.3:
                slots[rng.randrange(len(slots))] = rng.choice(_LEAD_PIECES)
            lines.append(("" if rng.random() < 0.8 else rng.choice(_LEAD_PIECES)) + "".join(slots))
        else:
            lines.append("".join(rng.choice(_LEAD_PIECES) for _ in range(rng.randint(0, 14))))
    return lines


def test_site_leads_read_as_before():
    from extractor.layout import newslead
    rng = random.Random(650)
    leads = owners = skipped = 0
    for _ in range(ROUNDS):
        lines = _lead_lines(rng)
        skipped += any("《" in line and not newslead._names_a_site(newslead.simplified(line.strip())) for line in lines)
        lead = newslead._site_lead(lines)
        assert lead == _site_lead_before(lines), lines
        owner = newslead.lead_site_owner(lines)
        assert owner == _lead_site_owner_before(lines), lines
        leads += lead is not None
        owners += owner is not None
    # the draws reach lines the pattern reads, in both readers, and lines quoting a document the guard skips
    assert leads > 100 and owners > 100 and skipped > 100


def test_a_site_lead_needs_a_site_word_in_its_simplified_line():
    """The guard's claim: the pattern matches literally one of ``lead_site_words`` (no flags, no character classes
    standing for one): a line printing none in simplified characters is never read."""
    from extractor.layout import newslead
    rx = newslead._site_lead_re()
    assert rx.flags & re.IGNORECASE == 0
    assert "(?:" + alternation(newslead._site_words()) + ")(?:" in rx.pattern


def _lead_at_before(text, at):
    """``newslead._lead_at`` as it stood before its length guard."""
    from extractor.layout import newslead
    voc = vocab()["metadata"]
    if not 0 < at < len(text) - 1 or newslead.simplified(text[at]).removesuffix("了") not in voc["lead_verbs"]:
        return None
    issuer, name = text[at - 1], text[at + 1]
    book = newslead._book_line_re().fullmatch(newslead.simplified(name))
    if (book is None or len(issuer) > newslead.LEAD_ISSUER_MAX_CHARS
            or not newslead.simplified(issuer).endswith(tuple(voc["issuer_ends"]))
            or newslead.is_unplaced(issuer) or re.search(r"[，,。；;：:\s《》“”]", issuer)):
        return None
    return newslead.Lead(name[book.start("book"):book.end("book")], issuer,
                         newslead._lead_day(text[at - 2]) if at >= 2 else None)


#: lines of a lead printed a phrase a line, and others: days, bodies, verbs (simplified, traditional, with 了, with
#: more after them), plans' names, sentences
_CARD_LINES = ("6月24日", "2023年6月24日", "某市人民政府办公室", "宜昌市人民政府办公室", "市政府办公室", "發布", "发布",
               "印发了", "出臺", "出台了", "公布", "下发", "发布会", "印发了《方案》", "了", "发", "《宜昌市优化营商环境若干措施》",
               "宜昌市优化营商环境实施方案", "全文内容如下", "各镇人民政府，市各有关单位：", "發布了", "印發")


def test_a_lead_a_phrase_a_line_reads_as_before():
    from extractor.layout import newslead
    rng = random.Random(651)
    found = 0
    for _ in range(ROUNDS):
        text = [rng.choice(_CARD_LINES) for _ in range(rng.randint(0, 2))]
        if rng.random() < 0.7:   # a card: its day, its body, its verb, its plan, one of them redrawn now and then
            card = [rng.choice(_CARD_LINES[:2]), rng.choice(_CARD_LINES[2:5]), rng.choice(_CARD_LINES[5:15]),
                    rng.choice(_CARD_LINES[16:18])]
            if rng.random() < 0.3:
                card[rng.randrange(4)] = rng.choice(_CARD_LINES)
            text += card[rng.randint(0, 1):]
        text += [rng.choice(_CARD_LINES) for _ in range(rng.randint(0, 2))]
        for at in range(-1, len(text) + 1):
            lead = newslead._lead_at(text, at)
            assert lead == _lead_at_before(text, at), (text, at)
            found += lead is not None
    assert found > 100   # the draws reach leads read, and verbs of every length (了, 发布会) read as none


def test_simplified_keeps_the_length():
    """``_lead_at``'s guard: ``hanzi.simplified`` gives a text of the length it was given, traditional or not."""
    from extractor.hanzi import simplified
    rng = random.Random(652)
    chars = "發布印發出臺了辦公室單位號關於網站門戶乾隆後麵髮头發財政局市县區，。《》 a1"
    for _ in range(ROUNDS):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert len(simplified(text)) == len(text), text


# --- session 66: a task row's quick answers in tablerow ----------------------------------------------------------

def _blank_task_row_before(row, plan):
    """``tablerow.blank_task_row`` as it stood before the letter guard (fc89be18)."""
    from extractor.numbering import split_measure_label
    from extractor.parse.tablerow import BLANK_TASK_MARKS
    if len(plan.measure) != 1:
        return False
    cell = row[plan.measure[0]]
    if cell.row_copy or cell.col_copy or not cell.text.strip():
        return False
    return not split_measure_label(cell.text)[2].strip(BLANK_TASK_MARKS)


#: pieces of task cells: item labels in every printed form, the blank marks, space of each kind, a task's words
_TASK_PIECES = ("1.", "2、", "12．", "（3）", "(4)", "③", "⑳", "1﹒", "（ 5 ）", "6 、", "1·", "…", "……", "．", ".", "。", "—",
                "－", "-", " ", "\u3000", "\n", "\t", "推进", "落实", "工作", "A", "b", "其他", "５．", "１２、", "完成", "1.5")


def test_a_blank_task_row_reads_as_before():
    from types import SimpleNamespace

    from extractor.parse.grid import Cell
    from extractor.parse.tablerow import blank_task_row
    rng = random.Random(66)
    plan = SimpleNamespace(measure=(0,))
    blank = guarded = 0
    for _ in range(ROUNDS * 3):
        text = "".join(rng.choice(_TASK_PIECES) for _ in range(rng.randint(0, 5)))
        row = [Cell((text,), (0, 0), rng.random() < 0.05, rng.random() < 0.05)]
        now = blank_task_row(row, plan)
        assert now == _blank_task_row_before(row, plan), text
        blank += now
        guarded += text.rstrip().rstrip("…．.。—－- \u3000")[-1:].isalpha()
    assert blank > 200 and guarded > 2000   # the draws reach blank rows, and rows the guard answers


def test_no_measure_label_ends_with_a_letter():
    """``blank_task_row``'s guard: a cell whose last character before its closing marks is a letter is no label and
    marks; so no character that can close a label (its digits, marks, brackets, circled numbers) is a letter."""
    import sys

    from extractor.numbering import split_measure_label
    ends = set()
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if ch.isalpha():
            for text in ("1" + ch, "（1" + ch, ch, "1 " + ch):
                label = split_measure_label(text)[1]
                assert label is None or not label.rstrip()[-1:].isalpha(), text
        elif split_measure_label("1" + ch)[1] or split_measure_label("（1" + ch)[1] or split_measure_label(ch)[1]:
            ends.add(ch)
    assert {"、", ".", "．", "）", ")", "①", "⑳"} <= ends


def _names_others_only_before(lead, support):
    """``tablerow._names_others_only`` as it stood (50760c3c)."""
    from extractor.parse.tablerow import _other_cells
    parts = lead + support
    return bool(parts) and all(p.strip() in _other_cells() for p in parts)


def test_a_row_naming_others_only_reads_as_before():
    from extractor.parse.tablerow import _names_others_only
    rng = random.Random(660)
    parts = ("其他", "其它", " 其他 ", "市财政局", "其他单位", "", "各县区")
    others = 0
    for _ in range(ROUNDS):
        lead = tuple(rng.choice(parts) for _ in range(rng.choice((0, 0, 1, 1, 2))))
        support = tuple(rng.choice(parts) for _ in range(rng.choice((0, 1, 2))))
        now = _names_others_only(lead, support)
        assert now == _names_others_only_before(lead, support), (lead, support)
        others += now
    assert others > 100


def _bracket_balance_before(text, openers, closers):
    return sum(ch in openers for ch in text) - sum(ch in closers for ch in text)


def test_a_bracket_balance_counts_as_before():
    """``brackets.bracket_balance`` finds each side in C (session 67): the same count as the generator over the
    text's characters on random texts of every bracket shape, a regular-expression character among them, for the
    bracket sets the callers pass, a set naming a character twice, an empty one, and a tuple whose longer members
    (never one character of a text) count nothing."""
    from extractor.brackets import ANY_CLOSERS, ANY_OPENERS, CLOSERS, OPENERS, bracket_balance

    sets = [(OPENERS, CLOSERS), (ANY_OPENERS, ANY_CLOSERS), ("《", "》"), ("((（", "）"), ("", ")"),
            (("（", "((", ""), ("）", "))")), ("[^", "]-\\")]
    pieces = list(ANY_OPENERS + ANY_CLOSERS + "《》^-\\") + ["市", "局", "、", "，", "负责", "((", " ", ""]
    rng, seen = random.Random(67), set()
    for _ in range(ROUNDS):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for openers, closers in sets:
            now = bracket_balance(text, openers, closers)
            assert now == _bracket_balance_before(text, openers, closers), (text, openers, closers)
            seen.add((now > 0) - (now < 0))
    assert bracket_balance("市（县） (") == _bracket_balance_before("市（县） (", OPENERS, CLOSERS) == 1
    assert seen == {-1, 0, 1}


#: pieces of run-on item texts: item brackets holding an assignment, rules for every item after them (均/都/皆), the
#: marks an item closes with, other brackets (a damaged page's <td>, a year's 〔〕) and wording
_RUNON_PIECES = ("（市发改局牵头；市财政局配合）", "（牵头单位：市发改局）", "(市财政局负责)", "【市教育局】",
                 "注：以下各项均需各县区人民政府落实，不再逐项列出。", "以下各项均由各县（市、区）政府负责落实，不再逐项列出",
                 "均", "都", "皆", "。", "；", ".", " ", "\u3000", "，", ")", "）", "】", ">", "<td>", "</td>", "（",
                 "(", "〔2016〕", "推进项目建设", "1.", "（二）", "各县（市）人民政府要", "市财政局", "、", "不再逐项列出")


def _runon_texts(seed: int):
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        yield "".join(rng.choice(_RUNON_PIECES) for _ in range(rng.randint(0, 10)))


def _closing_bracket_before(text):
    from extractor.brackets import matching_bracket, own_kind_opener
    from extractor.parse.unitlists import CLOSERS, OPENERS
    from extractor.text import TRAILING_MARKS
    end = len(text.rstrip(TRAILING_MARKS)) - 1
    if end < 1 or text[end] not in CLOSERS:
        return None
    start = matching_bracket(text, end, OPENERS, CLOSERS)
    if start is None:
        start = own_kind_opener(text, end)
    return None if start is None else (start, end)


def test_a_closing_bracket_up_to_a_stop_reads_as_the_text_cut_there():
    """``inline.closing_bracket(text, stop)`` (session 68) gives what the bracket closing ``text[:stop]`` is, without
    copying it where it does not end in a trailing mark: for every stop of random run-on texts, as the former form
    on the cut text."""
    from extractor.parse.inline import closing_bracket
    found = cut = 0
    for text in _runon_texts(68):
        for stop in range(len(text) + 1):
            now = closing_bracket(text, stop)
            assert now == _closing_bracket_before(text[:stop]), (text, stop)
            found += now is not None
        assert closing_bracket(text) == _closing_bracket_before(text), text
        cut += text[-1:] in "。；." and closing_bracket(text) is not None
    assert found > 1000 and cut > 50   # brackets found at a stop, and closing a text before its trailing mark


def _rule_note_joints_before(text):
    from extractor.brackets import ANY_CLOSERS
    from extractor.parse.dashruns import ITEM_CLOSE
    from extractor.parse.unitlists import rule_line
    if not any(ch in ANY_CLOSERS for ch in text):
        return set()
    for k in range(len(text) - 1, 0, -1):
        if text[k] in ANY_CLOSERS:
            at = k + 1 + len(text[k + 1:]) - len(text[k + 1:].lstrip(ITEM_CLOSE))
            if at < len(text) and rule_line(text[at:]) is not None:
                return {at}
    return set()


def _assignment_bracket_end_before(text, copy):
    from extractor.brackets import ANY_CLOSERS
    from extractor.parse.inline import parse_bracket
    for end in range(len(copy) - 1, 0, -1):
        if copy[end] in ANY_CLOSERS:
            span = _closing_bracket_before(text[:end + 1])
            if span is not None and parse_bracket(text[span[0] + 1:end]) is not None:
                return end
    return None


def test_run_on_rule_notes_and_item_brackets_read_as_before():
    """``runon.rule_note_joints`` asks ``rule_line`` only of the tails that print a word of every item (session 68:
    ``unitlists.last_rule_word``) and ``_assignment_bracket_end`` copies no head of the text: the former forms, one
    copy a closer, were quadratic in a line's brackets (tests/test_fuzz_bytes.py seed 0 case 12, 12,456 closers).
    The same joints and ends on random run-on texts, both answers reached."""
    from extractor.parse.runon import _assignment_bracket_end, _copy, rule_note_joints
    from extractor.parse.unitlists import last_rule_word, rule_line
    joints = ends = 0
    for text in _runon_texts(680):
        now = rule_note_joints(text)
        assert now == _rule_note_joints_before(text), text
        joints += bool(now)
        end = _assignment_bracket_end(text, _copy(text))
        assert end == _assignment_bracket_end_before(text, _copy(text)), text
        ends += end is not None
        last = last_rule_word(text)
        assert all(rule_line(text[at:]) is None for at in range(last + 1, len(text) + 1)), text
    assert joints > 100 and ends > 1000


def _step_before(res, name, prefix, city, date, town=None):
    from extractor.agencies.resolve import AgencyRef, clean_name, is_town_office, to_simplified
    own = res.level_prefix(name)
    if town is not None and own is None and is_town_office(name, town):
        return AgencyRef(name=name, agency_id=res.unresolved_id(name, city), canonical=None,
                         match="unresolved", score=0.0), prefix
    if own is not None or res.patterns.is_group(name):
        branch = own is not None and to_simplified(clean_name(name)).endswith(res.patterns.branch_ends)
        return res.resolve(name, city=city, date=date), prefix if branch else own or prefix
    return res._resolve_with_prefix(name, prefix, city, date), prefix


def test_a_step_of_a_unit_list_carries_the_prefix_as_before():
    """``Resolver._step``'s branch check reads the name's simplified form from the cache ``level_prefix`` fills
    (``_simple_name``, session 68), where it converted the name again on each new step: the same ref and carried
    prefix as the former form for random names and prefixes, branches (分局) in either script among them."""
    from extractor.agencies.resolve import load_resolver
    res = load_resolver()
    names = ("市公安局城中区分局", "市公安局城中區分局", "市 公安局 分局", "市财政局", "县教育局", "省发展改革委",
             "科技厅", "东莞市人民政府", "各镇（街道）", "交通运输局", "市税务局东区分局", "区分局", "分局", "松山湖管委会")
    rng, carried = random.Random(681), 0
    for _ in range(ROUNDS):
        name, prefix = rng.choice(names), rng.choice((None, "市", "省", "县", "东莞市"))
        city, date = rng.choice((None, "东莞市", "深圳市")), rng.choice((None, "2016-06-15", "2023-01-01"))
        now = res._step(name, prefix, city, date)
        assert now == _step_before(res, name, prefix, city, date), (name, prefix, city, date)
        carried += now[1] == prefix and res.level_prefix(name) is not None
    assert carried > 100   # branches of a level keep the prefix carried to them
    assert res._simple_name("市公安局城中區分局") == "市公安局城中区分局"


def _split_outside_brackets_before(text, separators, openers, closers, *, strip=True, ignore_unclosed=False):
    from extractor.brackets import _any_of_re, separator_re
    if not _any_of_re(openers).search(text):
        parts = separator_re(separators).split(text)
    else:
        parts, cur, depth = [], [], 0
        for ch in text:
            if ch in openers:
                depth += 1
            elif ch in closers:
                depth = max(0, depth - 1)
            if depth == 0 and ch in separators:
                parts.append("".join(cur))
                cur = []
            else:
                cur.append(ch)
        parts.append("".join(cur))
        if depth and ignore_unclosed:
            parts = separator_re(separators).split(text)
    if strip:
        return [s for p in parts if (s := p.strip())]
    return [p for p in parts if p.strip()]


def test_a_split_outside_brackets_cuts_as_before():
    """``brackets.split_outside_brackets`` visits the brackets and separators alone, found by one pattern in C
    (session 68), where its loop visited every character: the same parts as the former form on random texts of
    every bracket shape, for the separator and bracket sets the callers pass (a separator that is a regular
    expression's character, a set of separators), stripped or not, an unclosed bracket ignored or not."""
    from extractor.brackets import ANY_CLOSERS, ANY_OPENERS, CLOSERS, OPENERS, split_outside_brackets
    from extractor.parse.unitlists import CLAUSE_SEPARATORS, LIST_MARKS
    separators = ("、", "、，", CLAUSE_SEPARATORS, LIST_MARKS, frozenset("；;"), "-^]")
    brackets = ((OPENERS, CLOSERS), (ANY_OPENERS, ANY_CLOSERS))
    pieces = list(ANY_OPENERS + ANY_CLOSERS + "、，,；;/／ \u3000-^]") + ["市财政局", "各县", "区", "政府", "<td>", ""]
    rng, kept = random.Random(682), 0
    for _ in range(ROUNDS):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        for seps in separators:
            for openers, closers in brackets:
                for strip in (True, False):
                    for unclosed in (False, True):
                        now = split_outside_brackets(text, seps, openers, closers, strip=strip, ignore_unclosed=unclosed)
                        before = _split_outside_brackets_before(text, seps, openers, closers, strip=strip,
                                                                ignore_unclosed=unclosed)
                        assert now == before, (text, seps, openers, strip, unclosed)
                        kept += any(o in p for p in now for o in openers) and len(now) > 1
    assert kept > 1000   # texts cut in several parts, one keeping a bracket whole


def _without_brackets_before(text, drop):
    from extractor.brackets import matching_bracket
    from extractor.parse.unitlists import CLOSERS, OPENERS
    out, i = [], 0
    while True:
        start = next((k for k in range(i, len(text)) if text[k] in OPENERS), None)
        end = matching_bracket(text, start, OPENERS, CLOSERS) if start is not None else None
        if end is None:
            out.append(text[i:])
            return "".join(out)
        out.append(text[i:start] if drop(text[start + 1:end]) else text[i:end + 1])
        i = end + 1


def test_notes_are_taken_out_of_a_unit_list_as_before():
    """``unitlists._without_brackets`` finds each opener in C and asks ``drop`` once an inside (session 68): the same
    text as the former form for ``is_note`` and the inclusion pattern, on random unit lists with notes, inclusions,
    place groups, nested and unclosed brackets."""
    from extractor.parse.labels import verb_re
    from extractor.parse.unitlists import _without_brackets, is_note
    pieces = ("市财政局", "各县（市、区）", "（列第一位的为牵头单位，下同）", "（包括开发区，下同）", "（含园区）", "（牵头）",
              "〔州〕", "<td>", "</td>", "（", "）", "(", ")", "、", "，", "下同", "各镇(街道)", "〈含开发区、风景区〉")
    rng, changed = random.Random(683), 0
    for _ in range(ROUNDS):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for drop in (is_note, verb_re("inclusion").match):
            now = _without_brackets(text, drop)
            assert now == _without_brackets_before(text, drop), text
            changed += now != text
    assert changed > 500


# --- session 70: a new unit list of names seen before, split without the list's passes ------------------------------

#: unit list items reaching every pass of ``units.unit_tokens``: plain bodies, places printed whole or bare and the
#: bodies they share (government, a department, one by its function and 部门), kinds before a group word, level
#: words alone and joined, catch-alls, a group after 等, brackets, a place group's 各, traditional characters,
#: spaced-out names and a lone character (the gaps ``closed_gaps`` closes first), digits and marks
_LIST_ITEMS = ("市财政局", "东莞市发展和改革局", "市委政研室", "虎门港管委会", "东莞实业投资控股集团有限公司", "沙田镇政府",
               "石碣镇人民政府", "莞城街道", "大朗镇", "银川市", "石嘴山市", "吴忠市人民政府", "襄阳市", "十堰市",
               "随州市发改委", "广州", "深圳市政府", "牡丹江", "黑河市政府", "黃埔區", "南沙區政府", "柳北区",
               "柳南区审计部门", "佳木斯", "商水县", "市政", "工商", "规划部门", "交通运输", "质量技术监督等部门", "市", "县",
               "省级和各市", "各相关部门", "有关单位", "市农业局等市级有关部门", "市经信局(市中小企业局)", "（区）",
               "各辖市", "区政府", "相关市", "市 住 建 局", "资源规划 局", "局", "府", "部", "2", "—", "无",
               "市發改委", "區財政局", "各镇街")
_LIST_SEPARATORS = ("、", "、", "、", " ", " ", "，", "；", "/", "　", ",")


#: lists whose passes are rarely reached by a random draw: bare places after another unit before a place and its body
#: (``_share_tail``), level words alone before a level's kind (``join_level_runs``), a run of kinds
_LIST_SHAPES = (("省发改委", "牡丹江", "佳木斯", "黑河市政府"), ("市科技局", "广州", "深圳市政府"),
                ("市", "县民政部门"), ("省", "市", "县司法行政主管部门"), ("市发改委", "财政", "税务部门"))


def _unit_lists(seed: int):
    rng = random.Random(seed)
    for _ in range(ROUNDS * 3):
        items = [rng.choice(_LIST_ITEMS) for _ in range(rng.randint(1, 5))]
        if rng.random() < 0.2:
            items = [*items[:rng.randint(0, 2)], *rng.choice(_LIST_SHAPES), *items[:rng.randint(0, 1)]]
        text = items[0]
        for item in items[1:]:
            text += rng.choice(_LIST_SEPARATORS) + item
        yield text


def test_a_unit_list_of_names_seen_before_splits_as_before():
    from extractor.agencies.plaintokens import plain_tokens
    from extractor.agencies.registry import default_patterns
    from extractor.agencies.units import closed_gaps, share_in_groups, split_cell, unit_tokens
    from extractor.brackets import separator_re
    patterns, traits = default_patterns(), {}
    quick = changed = kept_out = 0
    for text in _unit_lists(70):
        cell = closed_gaps(text, patterns)
        now = plain_tokens(cell, patterns, traits)
        before = unit_tokens(text, patterns)
        plain = [p for p in separator_re(patterns.separators).split(cell) if p.strip()]
        if now is not None:
            assert now == before, text
            quick += len(now) > 1
        changed += plain != before
        kept_out += now is None and plain != before
        assert share_in_groups(cell, split_cell(cell, patterns), patterns) == before   # the resolver's other way
    # the draws reach lists read the quick way (several tokens), and lists whose passes change the plain split
    assert quick > 500 and changed > 500 and kept_out == changed, (quick, changed, kept_out)


# --- session 71: a table's short rows looked for only in a grid holding one ------------------------------------------

def _place_short_rows_before(grid, header):
    """``shortrows.place_short_rows`` before session 71: every body row asked ``_placed``."""
    from extractor.parse.roles import UNIT_ROLES
    from extractor.parse.shortrows import _placed
    from extractor.parse.tableheader import role_of
    roles = tuple(role_of(name) for name in header.names)
    if not any(role in UNIT_ROLES for role in roles):
        return None
    out, changed = list(grid[:header.rows]), False
    for row in grid[header.rows:]:
        placed = _placed(row, roles, out[-1] if len(out) > header.rows else None)
        changed = changed or placed is not None
        out.append(placed or row)
    return out if changed else None


#: header names (a group column, a leader's, units, a deadline, a note) and the cells a body row draws from:
#: row numbers, tasks, people, unit names one or two a cell, deadlines, empty cells, a row across the table
_SHORT_HEADS = (["序号", "主要任务", "全年目标任务", "分管领导", "牵头单位", "协同单位", "推进情况", "说明"],
                ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"], ["序号", "工作内容", "责任单位", "备注"],
                ["序号", "事项", "内容"])
_SHORT_CELLS = ("24", "3、", "一、", "改善50条背街小巷交通组织。", "新建公厕30座。", "李某", "王某", "城管局", "区城管局",
                "市政局、相关街道", "住建局<br>相关街道", "2023年底", "6月底前", "完成六成。", "", "", "按计划推进，已完成设计。")


def test_short_rows_are_looked_for_as_before():
    """``place_short_rows`` passes over a grid none of whose body rows ends in a ``PaddedCell`` (session 71): the same
    grid as the former form (kept here) on random HTML task tables whose rows print every cell, fewer (cut rows a
    placement reads, and rows none reads), cells merged down or across; the draws reach grids the guard passes over,
    grids with a short row left as printed, and grids laid out again."""
    from extractor.parse.grid import PaddedCell, html_grid
    from extractor.parse.shortrows import place_short_rows
    from extractor.parse.tableheader import find_header
    from lxml import html as lxml_html
    rng = random.Random(71)
    passed = kept = placed = 0
    for _ in range(ROUNDS // 3):
        head = rng.choice(_SHORT_HEADS)
        body = []
        for _ in range(rng.randint(1, 5)):
            width = len(head) if rng.random() < 0.6 else rng.randint(1, len(head))
            cells = [rng.choice(_SHORT_CELLS) for _ in range(width)]
            attrs = ["" for _ in cells]
            if rng.random() < 0.15:
                attrs[rng.randrange(width)] = f" rowspan='{rng.randint(2, 3)}'"
            if rng.random() < 0.1:
                attrs[rng.randrange(width)] = " colspan='2'"
            body.append("<tr>" + "".join(f"<td{a}>{c}</td>" for a, c in zip(attrs, cells)) + "</tr>")
        page = ("<table><tr>" + "".join(f"<td>{h}</td>" for h in head) + "</tr>" + "".join(body) + "</table>")
        grid = html_grid(lxml_html.fromstring(page))
        header = find_header(grid)
        if header is None:
            continue
        before = _place_short_rows_before(grid, header)
        now = place_short_rows(grid, header)
        assert (now is None) == (before is None), page
        if now is not None:
            assert [[(c.parts, c.origin, c.row_copy, c.col_copy, type(c)) for c in row] for row in now] == \
                [[(c.parts, c.origin, c.row_copy, c.col_copy, type(c)) for c in row] for row in before], page
            placed += 1
        elif any(row and isinstance(row[-1], PaddedCell) for row in grid[header.rows:]):
            kept += 1
        else:
            passed += 1
    assert passed > 100 and kept > 20 and placed > 20, (passed, kept, placed)
