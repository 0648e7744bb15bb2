"""WeChat-article copies of a notice (session 42, fourth stream): a 公众号 repost as its page prints it
(leadrepost-ningbo: a department site's repost of a WeChat article; ffsave-beijiao's town page; the WeChat
text copies of batches 8B, 9B, 11B, 15B and 16: 原创 and the account line, 阅读/在看/点赞, 长按识别二维码,
预览时标签不可点).  The notice inside is printed as on a portal page, so the truth does not change: the
article's headline (the notice's title, or now and then a headline of its own over it) is no part of
the title, and the posting time under it is no signature date.
"""

import datetime as dt
import html as _html

P_WECHAT = 0.06  # of notices with a letter printed as a page or a text copy of one

EDITORS = ["小编", "张敏", "刘婷", "融媒体中心", "王晓"]
HEADLINES = ["重磅！{t}出炉", "{t}来了", "刚刚，{t}印发", "权威发布｜{t}"]


def account(p):
    """The account's name as such accounts call themselves (株洲发布, 姑苏发布, 江苏发布)."""
    name = p.name
    for end in ("人民政府办公室", "发展和改革委员会"):
        if name.endswith(end):
            name = name[:-len(end)]
    if len(name) > 2 and name[-1] in "市省镇":
        name = name[:-1]
    if name.endswith("街道"):
        name = name[:-2]
    return name + "发布"


def _chrome(rng, n, title):
    post = n.sign_date + dt.timedelta(days=rng.randint(0, 6))
    head = rng.choice(HEADLINES).format(t=n.table_title) if rng.random() < 0.3 else title
    n.axes.append("wechat" + "-headline" * (head != title))
    when = f"{post.isoformat()} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
    foot_a = ["预览时标签不可点", f"阅读 {rng.randint(300, 90000)}"]
    foot_b = ["微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文", account(n.place),
              "向上滑动看下一个", "长按识别二维码关注我们", "在看", "点赞", "分享", "写留言"]
    return head, when, foot_a, foot_b


def html(rng, n, title, blocks):
    head, when, foot_a, foot_b = _chrome(rng, n, title)
    esc = lambda s: _html.escape(s, quote=False)  # noqa: E731
    out = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width,initial-scale=1.0">',
           f"<title>{esc(head)}</title>", "</head>", "<body id=\"activity-detail\">",
           '<div class="rich_media_area_primary"><div id="js_article" class="rich_media">',
           f'<h1 class="rich_media_title" id="activity-name">{esc(head)}</h1>',
           '<div id="meta_content" class="rich_media_meta_list">'
           '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
           f'<span class="rich_media_meta rich_media_meta_text">{esc(rng.choice(EDITORS))}</span>'
           f'<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{esc(account(n.place))}</a></span>'
           f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when}</em></div>',
           '<div class="rich_media_content" id="js_content" style="visibility: visible;">']
    for kind, text in blocks:
        if kind == "html":
            out.append(f'<section style="overflow-x:auto;">{text}</section>')
            continue
        align = {"center": "center", "title": "center", "right": "right"}.get(kind, "justify")
        t = esc(text)
        if kind in ("title", "head"):
            t = f"<strong>{t}</strong>"
        indent = "text-indent:2em;" if kind in ("indent", "p") else ""
        out.append(f'<p style="text-align:{align};{indent}line-height:1.75em;">'
                   f'<span style="font-size:15px;letter-spacing:1px;">{t}</span></p>')
    out.append("</div>")
    out += [f'<div class="rich_media_tool">{esc(x)}</div>' for x in foot_a]
    out += [f'<div class="qr_code_pc">{esc(x)}</div>' for x in foot_b]
    out += ["</div></div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def text(rng, n, title, blocks):
    head, when, foot_a, foot_b = _chrome(rng, n, title)
    lines = [head, f"原创 {rng.choice(EDITORS)} {account(n.place)}", when, ""]
    for kind, t in blocks:
        lines.append(("　　" + t) if kind == "indent" else t)
    lines += [""] + foot_a + foot_b
    return "\n".join(lines) + "\n"
