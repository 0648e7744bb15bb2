"""The notice's content, drawn before any form is chosen: measures, sections, units, metadata."""

from . import words
from . import issuers, levels, realnoise
from .places import Place


class Notice:
    """What the truth says: built first, then printed by a form (body.py) on a page (page.py)."""

    def __init__(self, rng, unit_style=None, sections=True, restart=False, max_lead=2, xrng=None,
                 letter_possible=True, zrng=None, vrng=None):
        self.rng = rng
        self.xrng = xrng
        self.axes = []
        self.place = Place(rng)
        if xrng is not None:
            issuers.draw(self, xrng, letter_possible)
        if zrng is not None:
            levels.draw(self, zrng, letter_possible)  # session 42: a fourth stream (levels.py)
        self.vrng = vrng
        if vrng is not None:
            realnoise.draw_place(self, vrng, letter_possible)  # session 44: a sixth stream
        self.year = rng.randint(2019, 2025)
        # holdout notes: names printed with the level word (市发改委) most, the full body name
        # (市发展和改革委员会), the place's own name (姑苏区财政局) and, in a district's list, bare names
        self.unit_style = unit_style or rng.choice(["short"] * 5 + ["long"] * 2 + ["place", "bare", "mixed"])
        topic = rng.choice(words.TOPICS)
        if self.place.issuer == "dept":
            topic = "重点工作任务"  # a bureau's own year's work (xxgkplan-xiangyin, chushi-qinghai)
        self.table_title = f"{self.place.name}{self.year}年{topic}{rng.choice(words.TT_ENDS)}"
        n_sec = rng.randint(2, 4) if sections else 0
        self.restart = restart and n_sec > 0
        self.sections = []
        titles = rng.sample(words.SECTION_TITLES, max(n_sec, 1))
        for i in range(n_sec):
            self.sections.append({"no": i + 1, "label": None, "title": titles[i]})
        self.measures = []
        no = 0
        for si in range(max(n_sec, 1)):
            k = rng.randint(1, 4) if n_sec else rng.randint(3, 8)
            if self.restart:
                no = 0
            for _ in range(k):
                no += 1
                self.measures.append(self._measure(no, si + 1 if n_sec else None, max_lead))

    def _measure(self, no, sec, max_lead):
        rng = self.rng
        n_lead = 1 if rng.random() < 0.85 else min(2, max_lead)
        n_sup = rng.choice([0, 1, 1, 2, 2, 3])
        units = self.place.units(rng, n_lead + n_sup, self.unit_style)
        lead, sup = units[:n_lead], units[n_lead:]
        if rng.random() < 0.2:  # a catch-all group closes the supports (各县（市、区）人民政府, 市直有关部门)
            sup.append(self.place.catchall(rng))
        return {"measure_no": no, "section_no": sec, "text": words.task_text(rng), "lead": lead,
                "support": sup, "deadline": words.deadline(rng, self.year)}

    def truth_measures(self):
        return [{"measure_no": m["measure_no"], "section_no": m["section_no"], "text": m["text"],
                 "lead": [p for p, _ in m["lead"]], "support": [p for p, _ in m["support"]],
                 "deadline": m["deadline"]} for m in self.measures]

    def agencies(self):
        out = {}
        for m in self.measures:
            for p, c in m["lead"] + m["support"]:
                out[p] = c
        return out
