"""Table cell axes of session 41 (drawn from the third stream, `n.yrng`): a 序号 merged over two task
rows, and cells that say 同上 (ditto).

- merged 序号 (cellstack-dazhu, savetext-hanyin): ONE row merges its 序号 cell (and, half the time, its
  unit cell) over TWO tasks that keep their own other cells.  README "measure_no": a number merged over
  several tasks with no name cell beside it stays each row's number as printed (4 and 4), and the numbers
  after it go on from it (5 …); a merged unit cell is both tasks' units.
- 同上 (tongshang-beichen): a lead, support or deadline cell printing 同上 instead of repeating the cell
  above stands for that cell's value (the nearest non-同上 cell above in the column), never a unit.
"""

P_MERGED = 0.12
P_DITTO = 0.1


def columns(plan):
    """Indexes of the cells row_cells prints: lead, support (None in a one-column plan), deadline."""
    base = 1 if plan["seq"] else 0
    lead = base + 1
    sup = None if plan["single"] else base + 2
    dl = (base + 2 if plan["single"] else base + 3) if plan["dl"] else None
    return {"lead": lead, "support": sup, "deadline": dl}


def draw(rng_y, n, plan):
    """Change the measures for the axes drawn; return {"merged": {i: merge_units}, "ditto": {(i, field)}}."""
    out = {"merged": {}, "ditto": set()}
    ms = n.measures
    same = [i for i in range(1, len(ms)) if ms[i]["section_no"] == ms[i - 1]["section_no"]]
    # README "measure_no": a 序号 merged together with a name cell over the same rows numbers the group.
    # In a table whose sections are a 类别 column, a merge over a group's only two rows is such a merge,
    # not a number over two tasks: draw it only inside a larger group (generator error of session 41,
    # seeds 166 and 180: their truth kept the printed number for each row)
    mergeable = same
    if plan.get("sec_col"):
        size = {}
        for m in ms:
            size[m["section_no"]] = size.get(m["section_no"], 0) + 1
        mergeable = [i for i in same if size[ms[i]["section_no"]] > 2]
    if plan["seq"] and not plan.get("dash") and mergeable and rng_y.random() < P_MERGED:
        i = rng_y.choice(mergeable)
        units = rng_y.random() < 0.5
        out["merged"][i] = units
        first = ms[i - 1]
        for m in ms[i:]:
            if n.restart and m["section_no"] != first["section_no"]:
                break
            m["measure_no"] -= 1
        if units:
            ms[i]["lead"] = first["lead"]
            if plan["single"]:
                ms[i]["support"] = first["support"]
        n.axes.append("merged-seq" + "+units" * units)
    if same and rng_y.random() < P_DITTO:
        fields = ["lead", "deadline"] + ([] if plan["single"] else ["support"])
        for i in same:
            if i in out["merged"]:
                continue
            for f in fields:
                if f == "deadline" and not plan["dl"]:
                    continue
                if f == "support" and not ms[i - 1]["support"]:
                    continue
                other = "support" if f == "lead" else "lead"
                if f != "deadline" and {p for p, _ in ms[i - 1][f]} & {p for p, _ in ms[i][other]}:
                    continue  # no unit both leads and supports one task
                if rng_y.random() < 0.3:
                    ms[i][f] = ms[i - 1][f]
                    if f == "lead" and plan["single"]:
                        ms[i]["support"] = ms[i - 1]["support"]  # the one 责任单位 cell holds both
                    out["ditto"].add((i, f))
        if out["ditto"]:
            n.axes.append("ditto")
    for i, units in out["merged"].items():
        if units and (i - 1, "lead") in out["ditto"]:
            # the merged unit cell is the row above's, which now prints 同上: both tasks take what it stands for
            # (generator error of session 41, seen in session 50: bs9591's second task kept the row above's own
            # drawn lead, which the page never prints)
            ms[i]["lead"] = ms[i - 1]["lead"]
            if plan["single"]:
                ms[i]["support"] = ms[i - 1]["support"]
        # a unit the row now leads is not also its support (the support cell prints what is left)
        lead = [p for p, _ in ms[i]["lead"]]
        ms[i]["support"] = [u for u in ms[i]["support"] if u[0] not in lead]
    return out


def apply(plan, cs, i, axes):
    """The printed cells of measure i: 同上 where drawn; the merged cells left out of the second row
    (None marks a cell the row does not print); the first row's merged cells get a span (returned)."""
    col = columns(plan)
    for (j, f) in axes["ditto"]:
        if j == i and col[f] is not None:
            cs[col[f]] = "同上"
    spans = {}
    if i in axes["merged"]:
        cs[0] = None
        if axes["merged"][i]:
            cs[col["lead"]] = None
    if i + 1 in axes["merged"]:
        spans[0] = 2
        if axes["merged"][i + 1]:
            spans[col["lead"]] = 2
    return cs, spans
