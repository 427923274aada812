"""How a measure told by a description is picked up again: "finalized a rule that will ... The connected-vehicle
rule, issued by ..." (a measure introduced with "a" and named soon after), "withdrew a proposed rule that would
have subjected data brokers to ... The data broker rule" (words the earlier clause told), and "a separate tax"
(a measure set apart from the one in hand). A mixin of Resolver."""

from __future__ import annotations

from typing import TYPE_CHECKING

from policygraph.loaders.measure_match import NOUN_KIN, bill_key, measure_head
from policygraph.loaders.spans import Mention

if TYPE_CHECKING:
    from policygraph.loaders.coref import Cluster


SMALL_WORDS = {"separate", "on", "of", "the", "a", "an", "for", "to", "in", "and"}


def _own_words(name: str) -> set[str]:
    return {w.lower().rstrip("s") for w in name.split()} - {measure_head(name).lower().rstrip("s")} - SMALL_WORDS


def apart_from_separate(m: Mention, c: Cluster) -> bool:
    """ "together with a separate tax on financial transactions. The digital tax ...": a measure told as
    separate takes only descriptions that share a word of its own besides the head."""
    separate = bool(c.mentions) and bool(c.mentions[0].attrs.get("separate"))
    return separate and not _own_words(m.name) & _own_words(c.name)


class IntroductionRules:
    """Resolver's rules for measures introduced by a description; they use its ``order``."""

    def _told_in_clause(self, m: Mention, head: str, words: list[str]) -> Cluster | None:
        """ "withdrew a proposed rule that would have subjected data brokers to ... The data broker rule,
        unveiled in December, ...": a description whose words the clause of an earlier measure of its kind
        told is that measure, however far back."""
        mods = [part for w in words[:-1] for part in w.split("-")]
        if m.kind != "described" or len(mods) < 2 or not all(w.isalpha() for w in mods) or head not in NOUN_KIN:
            return None
        found = {c.key: c for i, c, pm in self.order if i < m.head and c.type == "Measure" and pm.kind == "described"
                 and pm.attrs.get("indefinite") and pm.name.split()[0].lower().rstrip("s") in NOUN_KIN[head]
                 and all(w in pm.attrs.get("clause_words", ()) or w + "s" in pm.attrs.get("clause_words", ())
                         for w in mods)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _introduced(self, m: Mention) -> Cluster | None:
        """ "finalized a rule that will ... The connected-vehicle rule, issued by ...": a measure introduced
        with "a" and named in the next sentences is one measure."""
        if m.type != "Measure" or m.kind not in ("described", "named") or m.attrs.get("indefinite"):
            return None
        head = m.name.split()[-1].lower().rstrip("s")
        words = [x.lower().rstrip("s") for x in m.name.split()]
        named_kin = {frozenset(NOUN_KIN[w]) for w in words if w in NOUN_KIN}
        told = self._told_in_clause(m, head, words)
        if told is not None:
            return told
        for i, c, pm in reversed(self.order):
            if i >= m.head or m.head - i > 80 or c.type != "Measure":
                continue
            if pm.kind == "named":
                return None  # another name came between: the description was not waiting for this one
            own = [x for x in c.mentions if x.kind != "anaphor"]
            if not pm.attrs.get("indefinite") or len(own) != 1:
                continue
            if m.head in pm.attrs.get("own_clause", ()):
                return None  # "a bill that would have put the Digital Services Act into effect": another measure
            first = pm.name.split()[0].lower().rstrip("s")
            if first == head:
                c.name = m.name  # the proper description replaces "rule that will ..."
                return c
            title = [w for w in m.name.lower().split() if not any(ch.isdigit() for ch in w) and w not in ("no.", "no")]
            if m.kind == "named" and len(title) >= 2 and pm.name.lower().split()[:len(title)] == title \
                    and len(title) < len(m.name.split()):
                c.name = m.name  # "signed an executive order banning ... Executive Order No. 74, dated Nov. 5"
                return c
            kind = pm.name.lower().rstrip("s") if not bill_key(m.name) else pm.name.lower().split()[-1].rstrip("s")
            if m.kind == "named" and kind in NOUN_KIN and len(named_kin) <= 1 and (
                    not named_kin or frozenset(NOUN_KIN[kind]) in named_kin):
                c.name = m.name  # "scrapped a sweeping regulation ... the Framework for AI Diffusion", "vetoed a
                return c  # bipartisan bill that would have ... He rejected Senate Bill 86"
        return None
