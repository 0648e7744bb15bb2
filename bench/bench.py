"""Benchmark: extractor vs the pandas.read_html baseline on a synthetic corpus.

    python bench/bench.py            # N = 100 / 1,000 / 10,000 (about 10 minutes on 2 cores)
    python bench/bench.py --quick    # N = 50 / 300 / 1,000
    python bench/bench.py --n 2000 --large 0    # other sizes; 0 skips a size

Stages, in order:

1. corpus    a DETERMINISTIC synthetic corpus (page i depends only on --seed
             and i, so the N = 100 corpus is the first 100 pages of the
             10,000 one): portal pages in UTF-8, and in GBK declared gb2312
             with GBK-only characters (滘) in some cells; a rowspan section
             column; 10-80 measures a table; unit names drawn from the shipped
             registry, short forms and aliases included; cells that separate
             units by spaces, 、 or <br>.  Written once to output/bench/pages
             and linked into one folder per N.
2. runs      extractor is byte-compiled first (``compile_package``), as an
             installed package is; then each run is a child process, timed
             wall-clock, with its peak RSS (largest process, from wait4) and
             the peak summed RSS of its process tree (sampled from /proc):
             (a) ``extractor run`` on N notices, one process and ``--jobs``;
             (b) the baseline an analyst would write: ``pandas.read_html``
                 (encoding given) on each page, concatenated, written to CSV;
             (c) ``extractor run`` on the small and large N, to show growth;
             (d) cold starts: ``extractor --help``; ``extractor run`` on the seed;
             (e) ``extract_many`` alone with 1 and ``--jobs`` processes, notices
                 discarded: whether the engine or the one writer limits a run.
             (a), (b) and (e) are compared with each other, so they run in
             rotation ``--rounds`` times (default 5), each round in another
             order (the first run of a round goes last in the next), after
             one warm-up round that is not kept: the pages read once by both
             sides, the extractor's cache folder (``EXTRACTOR_CACHE_DIR``, one
             of the bench's own under ``--work``) and pandas' modules read in.
             Each run keeps its median round; the ratios are the median of
             each round's own ratio (runs of one round, seconds apart, share
             the machine's speed), and the rounds' spread is printed.
3. report    output/bench.json and a table on stdout, with the targets of
             issue 6 marked ok/MISS.  No timing is asserted in a test: the
             figures are read here.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
REGISTRY = ROOT / "extractor" / "agencies" / "registry" / "dongguan.toml"
SEED_PAGE = ROOT / "tests" / "fixtures" / "seed-dongguan-2014-75.html"
GBK_SHARE = 0.3          #: share of pages served as GBK, declared gb2312
GBK_ONLY = "滘"          #: not in GB 2312: read_html without encoding="gbk" stops here
QUIET_SPREAD = 0.15      #: a compared run whose rounds spread wider than this is flagged: the machine was not quiet
CORPUS_VERSION = 2       #: bump when page_html changes, so kept pages are rebuilt

# --- 1. corpus -----------------------------------------------------------------

_WORDS = ("推进 加快 完善 建立 健全 深化 落实 强化 优化 支持 鼓励 引导 培育 发展 提升 实施 开展 "
          "产业 创新 金融 科技 企业 平台 机制 体系 服务 项目 园区 人才 资金 政策 改革 试点 融合 "
          "转型 升级 招商 引资 孵化 载体 研发 成果 转化 信用 融资 担保 保险 基金 市场 监管 "
          "绩效 评价 协调 考核 统筹 规划 建设 标准 数据 信息 共享 联动 专项 重点 示范 基地").split()
_SECTION_HEADS = ("目标任务", "重点任务", "主要任务", "工作任务")
_LEAD_HEADS = ("牵头单位", "责任单位", "主办单位")
_SUPPORT_HEADS = ("协办单位", "配合单位", "参与单位")
_NUMERALS = "一二三四五六七八九十"
_SEPARATORS = (" ", "、", "<br>", "<br/>")


def chinese_number(n: int) -> str:
    """1-99 as 一 … 九十九 (section labels)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _NUMERALS[tens - 1] + "十")
    return head + ("" if ones == 0 else _NUMERALS[ones - 1])


def load_unit_names() -> list[list[str]]:
    """Per registry agency valid throughout 2014-2016: its name, short forms and aliases."""
    data = tomllib.loads(REGISTRY.read_text(encoding="utf-8"))
    names = []
    for agency in data["agency"]:
        if agency.get("valid_from") or agency.get("valid_to") or "group" in agency.get("kind", ""):
            continue
        variants = [agency["name"], *agency.get("short", []), *agency.get("aliases", [])]
        names.append([v for v in variants if v])
    return names


def phrase(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(_WORDS) for _ in range(words))


def unit_cell(rng: random.Random, units: list[list[str]], k: int) -> str:
    if k == 0:
        return "&nbsp;"
    picked = rng.sample(units, k)
    sep = rng.choice(_SEPARATORS)
    return sep.join(rng.choice(variants) for variants in picked)


def table_html(rng: random.Random, units: list[list[str]], gbk: bool) -> tuple[str, int]:
    """A division table (section column with rowspans) and its number of measures."""
    n_measures = rng.randint(10, 80)
    heads = (rng.choice(_SECTION_HEADS), "工作措施", rng.choice(_LEAD_HEADS), rng.choice(_SUPPORT_HEADS))
    rows = ["<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" class=\"MsoNormalTable\">",
            "<thead><tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr></thead>", "<tbody>"]
    done, section = 0, 0
    while done < n_measures:
        section += 1
        span = min(rng.randint(1, 7), n_measures - done)
        title = f"({chinese_number(section)}){phrase(rng, rng.randint(3, 7))}"
        for j in range(span):
            done += 1
            text = f"{done}、{phrase(rng, rng.randint(6, 30))}。"
            if gbk and rng.random() < 0.15:
                text = text[:-1] + f"，支持道{GBK_ONLY}镇先行先试。"
            first = f"<td rowspan=\"{span}\" valign=\"middle\">{title}</td>" if j == 0 else ""
            lead = unit_cell(rng, units, rng.randint(1, 3))
            support = unit_cell(rng, units, rng.choice((0, 0, 1, 2, 3)))
            rows.append(f"<tr>{first}<td>{text}</td><td>{lead}</td><td>{support}</td></tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows), n_measures


def page_html(seed: int, index: int, units: list[list[str]]) -> tuple[bytes, str, int]:
    """Page ``index`` of the corpus: (bytes, encoding to read it with, measures)."""
    rng = random.Random(f"{seed}-{index}")
    gbk = rng.random() < GBK_SHARE
    year = rng.randint(2014, 2016)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    doc_number = f"东府办〔{year}〕{index + 1}号"  # unique: the archive keys versions on it
    subject = phrase(rng, rng.randint(3, 6))
    title = f"关于印发《东莞市{subject}责任分工表》的通知"
    table, n_measures = table_html(rng, units, gbk)
    charset = "gb2312" if gbk else "utf-8"
    html = f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_市府办文件_东莞市人民政府门户网站</title>
<script>var _hmt = _hmt || [];</script>
</head><body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 市府办文件</div>
<table class="xxgk_table" width="100%">
<tr><td>索引号：</td><td>007330010/{year}-{index:05d}</td><td>分类：</td><td>综合政务、通知</td></tr>
<tr><td>发布机构：</td><td>东莞市人民政府办公室</td><td>发文日期：</td><td>{year}-{month:02d}-{day:02d}</td></tr>
<tr><td>名称：</td><td colspan="3">{title}</td></tr>
<tr><td>文号：</td><td>{doc_number}</td><td>主题词：</td><td></td></tr>
</table>
<div class="article"><h1 class="title">{title}</h1>
<div class="content" id="zoom">
<p style="text-align:center">{doc_number}</p>
<p style="text-align:center"><strong>{title}</strong></p>
<p>各镇人民政府(街道办事处),市府直属各单位:</p>
<p>《东莞市{subject}责任分工表》业经市人民政府同意,现印发给你们,请认真贯彻执行。</p>
<p style="text-align:right">东莞市人民政府办公室</p>
<p style="text-align:right">{year}年{month}月{day}日</p>
<p style="text-align:center"><strong>东莞市{subject}责任分工表</strong></p>
{table}
</div></div>
<div class="footer"><p>主办：东莞市人民政府办公室</p><p>粤ICP备05083264号</p></div>
</body></html>
"""
    encoding = "gbk" if gbk else "utf-8"
    return html.encode(encoding), encoding, n_measures


def build_pages(pages_dir: Path, seed: int, count: int) -> list[dict]:
    """Pages 0..count-1 in ``pages_dir`` (kept between runs); their manifest."""
    manifest_path = pages_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
    if (manifest.get("seed"), manifest.get("version")) == (seed, CORPUS_VERSION) \
            and len(manifest.get("pages", [])) >= count:
        return manifest["pages"][:count]
    shutil.rmtree(pages_dir, ignore_errors=True)
    pages_dir.mkdir(parents=True)
    units = load_unit_names()
    pages = []
    for i in range(count):
        data, encoding, n_measures = page_html(seed, i, units)
        name = f"notice-{i:05d}.html"
        (pages_dir / name).write_bytes(data)
        pages.append({"name": name, "encoding": encoding, "measures": n_measures})
    manifest_path.write_text(json.dumps({"seed": seed, "version": CORPUS_VERSION, "pages": pages}))
    return pages


def corpus_dir(root: Path, pages_dir: Path, pages: list[dict], n: int) -> Path:
    """A folder holding (hard links to) the first ``n`` pages."""
    folder = root / f"corpus-{n}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for page in pages[:n]:
        os.link(pages_dir / page["name"], folder / page["name"])
    return folder


# --- 2. runs -------------------------------------------------------------------

def _tree_rss_kb(pid: int) -> int:
    """Summed VmRSS of ``pid`` and its descendants, from /proc (0 once gone)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) if "VmRSS" in status else 0
            for task in Path(f"/proc/{p}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, AttributeError):
            continue
    return total


def measure(label: str, cmd: list[str], log_dir: Path) -> dict:
    """Run ``cmd``; wall time, CPU time, exit status, peak RSS of the largest process and of the tree."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / f"{label}.out", log_dir / f"{label}.err"
    peak_tree = [0]
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        done = threading.Event()

        def sample():
            while not done.is_set():
                peak_tree[0] = max(peak_tree[0], _tree_rss_kb(proc.pid))
                done.wait(0.1)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    return {"label": label, "cmd": " ".join(map(str, cmd)), "seconds": round(seconds, 3),
            # user + sys of the process and of the children it waited for (a --jobs run's workers)
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
            "returncode": proc.returncode, "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "peak_tree_rss_mb": round(peak_tree[0] / 1024, 1),
            "stdout": out_path.read_text(encoding="utf-8", errors="replace").strip()[-300:]}


def extractor_run(label: str, corpus: Path, n: int, out: Path, jobs: int = 1) -> dict:
    # a fresh output folder: the archive would otherwise skip notices it already holds
    shutil.rmtree(out / label, ignore_errors=True)
    cmd = [str(BIN / "extractor"), "run", str(corpus), "--out", str(out / label), "--no-progress"]
    if jobs != 1:
        cmd += ["--jobs", str(jobs)]
    result = measure(label, cmd, out / "logs")
    # the summary line, wherever it stands (a per-city coverage line may follow it)
    log_text = (out / "logs" / f"{label}.out").read_text(encoding="utf-8", errors="replace")
    found = re.search(r"^(\d+) notices, (\d+) measures", log_text, re.M)
    result.update(n=n, notices=int(found[1]) if found else None, measures=int(found[2]) if found else None,
                  notices_per_s=round(n / result["seconds"], 1))
    return result


def baseline_run(label: str, corpus: Path, pages: list[dict], n: int, out: Path) -> dict:
    """The analyst's baseline, in a child process like the extractor runs."""
    listing = out / f"{label}.pages.json"
    listing.write_text(json.dumps([[str(corpus / p["name"]), p["encoding"]] for p in pages[:n]]))
    cmd = [sys.executable, __file__, "--baseline-worker", str(listing), str(out / label / "tables.csv")]
    result = measure(label, cmd, out / "logs")
    result.update(n=n, notices_per_s=round(n / result["seconds"], 1))
    return result


def extract_only_run(label: str, corpus: Path, n: int, out: Path, jobs: int) -> dict:
    """``extract_many`` alone, notices discarded: what the engine gives without the writer."""
    cmd = [sys.executable, __file__, "--extract-only-worker", str(corpus), str(jobs)]
    result = measure(label, cmd, out / "logs")
    result.update(n=n, notices_per_s=round(n / result["seconds"], 1))
    return result


def extract_only_worker(corpus: Path, jobs: int) -> None:
    from extractor.engine.pipeline import Settings, collect_inputs, extract_many

    files, _ = collect_inputs([str(corpus)])
    found = sum(notice is not None for _, notice, _ in extract_many(files, Settings(jobs=jobs)))
    print(f"{found} notices extracted")


def baseline_worker(listing: Path, csv_path: Path) -> None:
    """read_html each page with its true encoding; concatenate; one CSV."""
    import pandas as pd

    frames = []
    for path, encoding in json.loads(listing.read_text()):
        for table in pd.read_html(path, encoding=encoding):
            frames.append(table.assign(source=Path(path).name))
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    pd.concat(frames, ignore_index=True).to_csv(csv_path, index=False, encoding="utf-8-sig")
    print(f"{len(frames)} tables, {sum(len(f) for f in frames)} rows -> {csv_path}")


def cold_starts(out: Path, repeat: int) -> dict:
    """Median and first wall time of ``extractor --help`` and of a run on the seed alone."""
    help_runs = [measure(f"help-{i}", [str(BIN / "extractor"), "--help"], out / "logs") for i in range(repeat)]
    seed_runs = []
    for i in range(repeat):
        shutil.rmtree(out / "seed", ignore_errors=True)  # extract, not reuse the archived notice
        seed_cmd = [str(BIN / "extractor"), "run", str(SEED_PAGE), "--out", str(out / "seed"), "--no-progress"]
        seed_runs.append(measure(f"seed-{i}", seed_cmd, out / "logs"))
    return {
        "help_s": round(statistics.median(r["seconds"] for r in help_runs), 3),
        "seed_s": round(statistics.median(r["seconds"] for r in seed_runs), 3),
        "seed_first_s": seed_runs[0]["seconds"],
        "seed_peak_rss_mb": max(r["peak_rss_mb"] for r in seed_runs),
        "seed_returncode": seed_runs[-1]["returncode"],
    }


# --- 3. report -----------------------------------------------------------------

def round_ratios(faster: dict, slower: dict) -> list[float]:
    """Each round's notices per second of ``faster`` over ``slower`` (the same N), in round order."""
    return [b / a for a, b in zip(faster.get("rounds_s", ()), slower.get("rounds_s", ())) if a and b] \
        or [slower["seconds"] / faster["seconds"]]


def ratio_figure(faster: dict, slower: dict) -> tuple[str, float]:
    """The median of the rounds' ratios (``round_ratios``), printed with their range and, for
    comparison with the figures of sessions before 61, the ratio of the two fastest rounds."""
    ratios = round_ratios(faster, slower)
    mid = statistics.median(ratios)
    if len(ratios) == 1:
        return f"{mid:.2f}x", mid
    fastest = min(slower["rounds_s"]) / min(faster["rounds_s"])
    return f"{mid:.2f}x (rounds {min(ratios):.2f}-{max(ratios):.2f}; fastest rounds {fastest:.2f}x)", mid


def targets(report: dict) -> list[tuple[str, str, bool]]:
    """Issue 6's goals, each with the figure it is read from: a ratio of two runs is the
    median of their rounds' ratios (runs of one round share the machine's speed)."""
    runs = {r["label"]: r for r in report["runs"]}
    checks = []
    one, base, jobs = runs.get("extractor-1"), runs.get("baseline"), runs.get(f"extractor-j{report['jobs']}")
    if one and base:
        figure, ratio = ratio_figure(one, base)
        checks.append(("one process >= read_html baseline", figure, ratio >= 1.0))
    if one and jobs:
        figure, speedup = ratio_figure(jobs, one)
        checks.append((f"--jobs {report['jobs']} >= 1.7x one process", figure, speedup >= 1.7))
    bare_one, bare_jobs = runs.get("extract-only-1"), runs.get(f"extract-only-j{report['jobs']}")
    if bare_one and bare_jobs:  # not an issue target: shows whether the engine or the writer limits
        figure, speedup = ratio_figure(bare_jobs, bare_one)
        checks.append((f"  (extraction alone: --jobs {report['jobs']} vs 1)", figure, speedup >= 1.7))
    sized = sorted((r for r in report["runs"] if r["label"].startswith("extractor-1")), key=lambda r: r["n"])
    if sized:
        peak = max(r["peak_rss_mb"] for r in sized)
        checks.append((f"peak RSS at N={sized[-1]['n']} within 300 MB",
                       " / ".join(f"{r['n']}: {r['peak_rss_mb']:.0f} MB" for r in sized), peak <= 300))
    cold = report["cold_start"]
    checks.append(("extractor --help under 0.3 s", f"{cold['help_s']:.3f} s", cold["help_s"] < 0.3))
    checks.append(("run on the seed under 1.5 s", f"{cold['seed_s']:.3f} s (first {cold['seed_first_s']:.2f} s)",
                   cold["seed_s"] < 1.5))
    return checks


def spread(values: list[float]) -> float:
    """(largest - smallest) / median."""
    return (max(values) - min(values)) / statistics.median(values)


def print_table(report: dict) -> None:
    print(f"\ncorpus: seed {report['seed']}, {report['cpu_count']} cores, Python {report['python']}"
          + "".join(f"; load average {when} {report[key][0]:.2f}" for when, key in
                    (("before the rounds", "load_before"), ("after them", "load_after")) if report.get(key)))
    # CPU s: user + system time of the run's whole process tree; cores: CPU s over seconds, the
    # cores it kept busy on average (a run near 2 on 2 cores is bound by the CPU, not by waiting)
    print(f"{'run':<16}{'N':>7}{'seconds':>10}{'notices/s':>11}{'CPU s':>8}{'cores':>7}{'peak MB':>9}{'tree MB':>9}  measures")
    for r in report["runs"]:
        found = "" if r.get("measures") is None else f"{r['measures']}/{r['expected_measures']}"
        print(f"{r['label']:<16}{r['n']:>7}{r['seconds']:>10.2f}{r['notices_per_s']:>11.1f}"
              f"{r['cpu_s']:>8.2f}{r['cpu_s'] / r['seconds']:>7.2f}"
              f"{r['peak_rss_mb']:>9.0f}{r['peak_tree_rss_mb']:>9.0f}  {found}{'' if r['returncode'] == 0 else '  exit ' + str(r['returncode'])}")
    rotated = [r for r in report["runs"] if len(r.get("rounds_s", ())) > 1]
    if rotated:
        print(f"(rows with rounds: the median of {len(rotated[0]['rounds_s'])}, run in rotation after a warm-up "
              f"round; spread, (slowest - fastest) / median: "
              + "; ".join(f"{r['label']} {spread(r['rounds_s']):.0%}" for r in rotated) + "; all rounds, s: "
              + "; ".join(f"{r['label']} " + " / ".join(f"{s:.1f}" for s in r["rounds_s"]) for r in rotated)
              + "; CPU s: " + "; ".join(f"{r['label']} " + " / ".join(f"{s:.1f}" for s in r.get("rounds_cpu_s", ()))
                                        for r in rotated) + ")")
        wide = [r["label"] for r in rotated if spread(r["rounds_s"]) > QUIET_SPREAD]
        if wide:
            print(f"(spread above {QUIET_SPREAD:.0%}: {', '.join(wide)}; the machine's speed moved during the rounds, "
                  "and the ratios below say more about that than about the code)")
    print()
    for name, figure, ok in report["targets"]:
        print(f"{'ok  ' if ok else 'MISS'}  {name:<38} {figure}")


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="N = 50 / 300 / 1,000 instead of 100 / 1,000 / 10,000")
    p.add_argument("--n", type=int, help="main N: one process, --jobs and the baseline (default 1,000)")
    p.add_argument("--small", type=int, help="small N for growth (default 100; 0 skips)")
    p.add_argument("--large", type=int, help="large N for growth (default 10,000; 0 skips)")
    p.add_argument("--jobs", type=int, default=2, help="worker processes for the parallel run (default 2)")
    p.add_argument("--seed", type=int, default=20140808, help="corpus seed (default 20140808)")
    p.add_argument("--repeat", type=int, default=3, help="cold-start repetitions (default 3)")
    p.add_argument("--rounds", type=int, default=5,
                   help="rounds of the runs compared at the main N, in rotation after a warm-up round; "
                        "each keeps its median (default 5)")
    p.add_argument("--work", type=Path, default=ROOT / "output" / "bench", help="corpus and run outputs")
    p.add_argument("--json", type=Path, default=ROOT / "output" / "bench.json", help="results file")
    p.add_argument("--baseline-worker", nargs=2, type=Path, metavar=("LISTING", "CSV"), help=argparse.SUPPRESS)
    p.add_argument("--extract-only-worker", nargs=2, metavar=("DIR", "JOBS"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    quick = {"n": 300, "small": 50, "large": 1000}
    full = {"n": 1000, "small": 100, "large": 10_000}
    for key, value in (quick if args.quick else full).items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    return args


def median_round(results: list[dict]) -> dict:
    """The round of median wall time (of an even number, the slower of the middle two) with
    every round's seconds and CPU seconds in round order (``rounds_s``, ``rounds_cpu_s``) and
    the largest peaks of them all."""
    ordered = sorted(results, key=lambda r: r["seconds"])
    kept = dict(ordered[len(ordered) // 2])
    kept.update(rounds_s=[r["seconds"] for r in results], rounds_cpu_s=[r["cpu_s"] for r in results],
                peak_rss_mb=max(r["peak_rss_mb"] for r in results),
                peak_tree_rss_mb=max(r["peak_tree_rss_mb"] for r in results))
    return kept


def one_run(label: str, n: int, jobs: int | None, folders: dict, pages: list[dict], work: Path,
            expected: dict[int, int]) -> dict:
    """One timed child process: the baseline (``jobs`` None), extraction alone
    (``jobs`` < 0) or ``extractor run``."""
    if jobs is None:
        result = baseline_run(label, folders[n], pages, n, work)
    elif jobs < 0:  # the engine alone, no writer
        result = extract_only_run(label, folders[n], n, work, -jobs)
    else:
        result = extractor_run(label, folders[n], n, work, jobs)
    result["expected_measures"] = expected[n]
    return result


def compile_package() -> None:
    """Byte-compile extractor, as pip does when it installs a package, so that no
    timed run compiles its modules.  Where PYTHONDONTWRITEBYTECODE is set (as
    on the machine these figures come from) Python never writes that cache
    itself, and an editable install then compiled every module in every run:
    about 0.1 s a process, which an installed extractor, or the baseline's
    pandas (compiled by pip), does not pay."""
    import compileall

    compileall.compile_dir(ROOT / "extractor", quiet=1)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.baseline_worker:
        baseline_worker(*args.baseline_worker)
        return 0
    if args.extract_only_worker:
        extract_only_worker(Path(args.extract_only_worker[0]), int(args.extract_only_worker[1]))
        return 0
    sizes = sorted({n for n in (args.small, args.n, args.large) if n})
    compile_package()
    # a cache folder of the bench's own (warmed by the warm-up round): the shared one is
    # rewritten by any other run on the machine, another checkout's patterns among them
    os.environ["EXTRACTOR_CACHE_DIR"] = str(args.work / "cache")
    t0 = time.perf_counter()
    pages = build_pages(args.work / "pages", args.seed, max(sizes))
    print(f"corpus: {max(sizes)} pages in {time.perf_counter() - t0:.1f} s "
          f"({sum(p['encoding'] == 'gbk' for p in pages)} GBK)", flush=True)
    expected = {n: sum(p["measures"] for p in pages[:n]) for n in sizes}
    folders = {n: corpus_dir(args.work, args.work / "pages", pages, n) for n in sizes}
    compared = [("extractor-1", args.n, 1), (f"extractor-j{args.jobs}", args.n, args.jobs), ("baseline", args.n, None),
                ("extract-only-1", args.n, -1), (f"extract-only-j{args.jobs}", args.n, -args.jobs)]
    growth = [(f"extractor-1-{n}", n, 1) for n in (args.small, args.large) if n and n != args.n]
    # The runs compared with each other go in rotation, ``--rounds`` times: a shared
    # machine's speed drifts (by up to 2x over minutes on the one these figures come
    # from), and a drift then falls on every run alike instead of on whichever ran
    # during it.  Each round starts one run later than the one before, so no run
    # always follows the same other run.  A warm-up round goes first and is not kept:
    # both sides' first round then reads the pages and their own files as the later
    # rounds do (the page cache; the extractor's cache folder, pandas' modules).
    print("warm-up round (not kept) ...", flush=True)
    for label, n, jobs in compared:
        one_run(label, n, jobs, folders, pages, args.work, expected)
    load_before = os.getloadavg()   # (1, 5 and 15 minutes: printed with the table, kept in bench.json)
    kept_rounds: dict[str, list[dict]] = {label: [] for label, _n, _jobs in compared}
    for round_no in range(1, args.rounds + 1):
        shift = (round_no - 1) % len(compared)
        for label, n, jobs in compared[shift:] + compared[:shift]:
            print(f"round {round_no}/{args.rounds}: {label} on {n} notices ...", flush=True)
            kept_rounds[label].append(one_run(label, n, jobs, folders, pages, args.work, expected))
    load_after = os.getloadavg()
    best = {label: median_round(results) for label, results in kept_rounds.items()}
    runs = [best[label] for label, _n, _jobs in compared]
    for label, n, jobs in growth:
        print(f"running {label} on {n} notices ...", flush=True)
        runs.append(one_run(label, n, jobs, folders, pages, args.work, expected))
    report = {"seed": args.seed, "jobs": args.jobs, "cpu_count": os.cpu_count(),
              "python": platform.python_version(), "machine": platform.machine(),
              "load_before": load_before, "load_after": load_after,
              "runs": runs, "cold_start": cold_starts(args.work, args.repeat)}
    report["targets"] = targets(report)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_table(report)
    print(f"\n-> {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
