"""DATE entities with TIMEX-style values, anchored on the publication date.

This stage is the authority for dates: its DATE entities replace any DATE
another stage (a NER model, say) put on an overlapping span, and it never puts
a DATE over a PER/ORG/LOC someone else found.
"""
from __future__ import annotations

import re
from datetime import date

from ..core.document import Entity
from ..core.registry import stage
from ..hindi.dates import DateLexicon, find_dates, shifted
from ..hindi.tense import load_cues, tense_at


def _anchor(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _snap(doc, sent, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) to whole tokens of the sentence (norm_text offsets)."""
    for tok in doc.tokens[sent.tok_start:sent.tok_end]:
        if tok.start < start < tok.end:
            start = tok.start
        if tok.start < end < tok.end:
            end = tok.end
    return start, end


def _in_metadata(doc, sent) -> bool:
    """Header/footer lines ("Published: Nov 30, 2025") carry the anchor itself, not content."""
    if not doc.metadata_spans:
        return False
    a, b = doc.to_original(sent.start, sent.end)
    return any(ms <= a and b <= me for ms, me in doc.metadata_spans)


class DatesStage:
    def __init__(self, lexicon: DateLexicon, cues, skip_metadata: bool = True):
        self.lexicon, self.cues, self.skip_metadata = lexicon, cues, skip_metadata
        same_day = lexicon.raw.get("same_day", {})
        self.same_day = same_day
        self.same_day_words = re.compile(
            r"(?<![\w\u0900-\u097f])(" + "|".join(map(re.escape, sorted(
                same_day["words"] + same_day.get("times", []) + same_day.get("next_day", []), key=len, reverse=True)))
            + r")(?![\w\u0900-\u097f])"
        ) if same_day.get("words") else None
        self.bare_times = frozenset(same_day.get("times", []))
        self.next_day = frozenset(same_day.get("next_day", []))

    def __call__(self, doc):
        anchor = _anchor(doc.published)
        found: list[Entity] = []
        for sent in doc.sentences:
            text = sent.text
            if not text.strip() or (self.skip_metadata and _in_metadata(doc, sent)):
                continue
            for m in find_dates(text, anchor, tense_at(text, self.cues), self.lexicon):
                start, end = _snap(doc, sent, sent.start + m.start, sent.start + m.end)
                attrs = {"granularity": m.granularity, "rule": m.kind}
                if m.mod:
                    attrs["mod"] = m.mod
                attrs.update(m.attrs)
                found.append(Entity(start, end, doc.norm_text[start:end], "DATE", sent_id=sent.sent_id,
                                    value=m.value, source="dates", score=m.score, attrs=attrs))
        found = self._from_told(doc, found)
        found += self._same_day(doc, found)
        others = [e for e in doc.entities if e.label != "DATE"]
        found = [d for d in found if not any(d.start < o.end and o.start < d.end for o in others)]
        # Earlier DATEs survive only where this stage found nothing.
        kept = [e for e in doc.entities
                if e.label != "DATE" or not any(e.start < d.end and d.start < e.end for d in found)]
        doc.entities = sorted(kept + found, key=lambda e: (e.start, e.end))
        return doc

    def _from_told(self, doc, found: list[Entity]) -> list[Entity]:
        """"इससे एक दिन पहले", "उसके तीन दिन बाद" (dates.toml told_openers): counted from the last day-precise
        date told before, within [same_day] reach sentences; a date right after it tells the day itself
        ("इसके एक दिन पहले मंगलवार को"). With no day told before, the anchor's date stays, if there was one."""
        reach = int(self.lexicon.rel.get("told_reach", self.same_day.get("reach", 3)))
        found = sorted(found, key=lambda d: d.start)
        out: list[Entity] = []
        for n, d in enumerate(found):
            told = d.attrs.pop("from_told", None)
            if told is None:
                out.append(d)
                continue
            if n + 1 < len(found) and not doc.norm_text[d.end:found[n + 1].start].strip():
                continue
            k, unit = told
            days = [x for x in out if x.value and len(x.value) == 10 and "X" not in x.value and x.end <= d.start
                    and d.sent_id - x.sent_id <= reach]
            if days:
                d.value = shifted(date.fromisoformat(days[-1].value), k, unit)
                d.attrs.update(rule="from_told", refers_to=days[-1].text)
            elif "X" in d.value:
                continue
            out.append(d)
        return out

    def _same_day(self, doc, found: list[Entity]) -> list[Entity]:
        """"उसी शाम", "इसी दिन" (dates.toml [same_day]): the day of the last day-precise date before it; "अगले
        दिन", "अगली सुबह" (next_day): the day after it."""
        if self.same_day_words is None:
            return []
        cfg, reach = self.same_day, int(self.same_day.get("reach", 3))
        out: list[Entity] = []
        days = sorted((d for d in found if d.value and len(d.value) == 10 and "X" not in d.value), key=lambda d: d.start)
        for sent in doc.sentences:
            if self.skip_metadata and _in_metadata(doc, sent):
                continue
            for m in self.same_day_words.finditer(sent.text):
                before, after = sent.text[:m.start()], sent.text[m.end():].split()[:4]
                if any(c in before for c in cfg.get("correlatives", [])) or any(w in cfg.get("forward", []) for w in after):
                    continue
                start, end = sent.start + m.start(), sent.start + m.end()
                if m.group(1) in self.bare_times and any(
                        d.sent_id == sent.sent_id and d.start < end
                        and doc.norm_text[d.end:start].strip() in ("", "की", "के") for d in found):
                    continue  # "मंगलवार शाम को", "शुक्रवार की देर शाम": the time of a date told with it
                earlier = [d for d in days if d.end <= start and sent.sent_id - d.sent_id <= reach]
                if earlier:
                    ref = earlier[-1]
                    following = m.group(1) in self.next_day
                    value = shifted(date.fromisoformat(ref.value), 1, "day") if following else ref.value
                    out.append(Entity(start, end, doc.norm_text[start:end], "DATE", sent_id=sent.sent_id, value=value,
                                      source="dates", score=0.8,
                                      attrs={"granularity": "day", "rule": "next_day" if following else "same_day",
                                             "refers_to": ref.text}))
        return out


@stage("dates", requires=("tokens", "metadata"), provides=("dates",),
       settings={"lexicon": "dates.toml", "tense": None, "skip_metadata": True})
def make_dates(settings: dict, context):
    """Dates (full, partial, relative, ranges, decades) normalised against the publication date."""
    lexicon = DateLexicon.from_file(context.resolve(settings.get("lexicon", "dates.toml")))
    cues = load_cues(str(context.resolve(settings["tense"]))) if settings.get("tense") else load_cues()
    return DatesStage(lexicon, cues, bool(settings.get("skip_metadata", True)))
