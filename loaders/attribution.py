"""Who made a status change the sentence tells without saying: "the rule was shelved on Friday".

The change is credited to an actor named in the same sentence, else to whoever imposed or sponsored
the measure in this story, else to the story's only government body, at lower confidence; failing all
three, to a placeholder called "unattributed", so that the change itself is kept.
"""

from __future__ import annotations

from collections import Counter

from policygraph.loaders.coref import Cluster
from policygraph.loaders.group_nouns import LEGISLATIVE
from policygraph.loaders.inference import UNATTRIBUTED
from policygraph.loaders.relations import Found
from policygraph.loaders.spans import party_place
from policygraph.loaders.statuses import NEGATIVE_STATUSES as NEGATIVE


def _named_in(tok):
    """The noun a name or modifier describes: "U.S." in "the U.S. chipmaker" is "chipmaker"."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss", "det") and tok.head.i != tok.i:
        tok = tok.head
    return tok


FORTUNES = {"setback", "blow", "victory", "win", "defeat", "boost", "loss", "relief", "reprieve", "embarrassment",
            "triumph", "success", "rebuke", "disappointment", "coup"}


def _fortune_of(tok) -> bool:
    """ "a setback for the ministry", "a blow to Meta", "a victory for campaigners": the one it befell."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") and tok.head.head.lemma_.lower() in FORTUNES


def fill_unknown_actors(found: list[Found], clusters: dict[str, Cluster], parsed) -> list[Found]:
    """A status change with no stated actor is credited to who imposed or sponsored the measure in this
    document, else to the story's only government body, at lower confidence; else it stays unattributed."""
    owners: dict[str, str] = {}
    for f in found:
        if f.type in ("IMPOSED", "SPONSORED", "PROPOSED", "INTRODUCED") and f.source != "?":
            owners.setdefault(f.target, f.source)
    homes = {key for key, c in clusters.items() if c.type == "Government" and c.mentions
             and all(party_place(parsed, m) for m in c.mentions)}  # "written by Buffy Wicks, an Oakland Democrat"
    counts = Counter()
    for key, c in clusters.items():
        if c.type in ("Government", "Agency") and key not in homes:
            counts[key] = len(c.mentions)
    fallback = next(iter(counts)) if len(counts) == 1 else None  # the story's only government body, if one
    in_sentence: dict[int, list[tuple[int, str]]] = {}
    for key, c in clusters.items():
        if c.type in ("Government", "Agency", "Official", "Lawmaker"):
            for m in c.mentions:
                tok = parsed[m.head]
                if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "across", "within", "into", "to", "from", "at"):
                    continue  # "operations in the U.S." places a measure, it does not act
                if _named_in(tok).dep_ == "pobj" and _named_in(tok).head.lower_ in ("on", "against"):
                    continue  # "a fine imposed on the U.S. chipmaker": who a measure falls on did not make it
                if tok.dep_ in ("compound", "amod") and _named_in(tok).dep_ == "appos":
                    continue  # "the agency, the first U.S. regulator of its kind, said": a place describing, not acting
                if _fortune_of(_named_in(tok)):
                    continue  # "the veto is a setback for the ministry": who fares well or badly did not act
                if key in homes:
                    continue
                in_sentence.setdefault(tok.sent.start_char, []).append((tok.idx, key))
    against = {(f.sent_start, f.source, f.target) for f in found if f.stance == "oppose"}
    backing = {(f.sent_start, f.source, f.target) for f in found if f.type == "SUPPORTS"}  # "passed with the votes
    # of the Christian Democrats": they back it; only a chamber passes it
    sides = {(f.source, f.target): f.stance for f in found if f.stance and f.source != "?"}
    bound = {(f.source, f.target) for f in found if f.type == "TARGETS"}  # "bars federal agencies from buying":
    # whom a measure binds did not make it
    by_idx = {t.idx: t for t in parsed}
    proposers = {f.target for f in found if f.type == "PROPOSED" and f.source != "?"}
    out = []
    for f in found:
        if f.source == "?" and f.type == "PROPOSED" and f.target in proposers and f.anchor in by_idx \
                and by_idx[f.anchor].dep_ == "amod":
            continue  # "the bloc's proposed law ... was proposed by the European Commission": told with its author
        if f.source == "?":
            near = sorted(in_sentence.get(f.sent_start, []), key=lambda p: abs(p[0] - f.anchor))
            verb = by_idx.get(f.anchor)
            if verb is not None and verb.dep_ in ("relcl", "acl"):
                # "relying on the act, which was passed in 2021": the clause tells the act's past, not the
                # ministry's; nor does "a fund run by the Office of X" tell who issued the instruction
                nested = {t.idx for d in verb.subtree if d is not verb and d.dep_ in ("relcl", "acl")
                          for t in d.subtree}
                inside = {t.idx for t in verb.subtree} - nested
                near = [p for p in near if p[0] in inside]
            near = [k for _, k in near if k != f.target and (  # "had dissented when the rule was adopted"
                f.type in NEGATIVE or (f.sent_start, k, f.target) not in against)
                and not (f.type == "ENACTED" and clusters[k].type == "Lawmaker")  # its author does not enact it
                and not (f.type == "PASSED" and (f.sent_start, k, f.target) in backing
                         and not LEGISLATIVE & set(clusters[k].name.lower().split()))
                and (f.target, k) not in bound]
            owner = owners.get(f.target) if f.type not in NEGATIVE else None  # a sponsor does not shelve its bill
            if f.type == "ENACTED" and owner in clusters and clusters[owner].type == "Lawmaker":
                owner = None  # nor sign it into law
            if f.type == "PASSED" and owner in clusters and not LEGISLATIVE & set(clusters[owner].name.lower().split()):
                owner = None  # only a chamber passes a bill, not the minister who brought it
            bringing = f.type in ("PROPOSED", "INTRODUCED")  # a bill is brought in a legislature, not by it
            brought_in = bringing and fallback and LEGISLATIVE & set(clusters[fallback].name.lower().split())
            only = None if brought_in else fallback
            if only and sides.get((only, f.target)) == ("support" if f.type in NEGATIVE else "oppose"):
                only = None  # the body that asked for the ban did not shelve it
            actor = (near[0] if near else None) or owner or only
            if not actor:  # a change with nobody named to credit is still a change: keep it, unattributed
                actor = UNATTRIBUTED
                clusters.setdefault(UNATTRIBUTED, Cluster(key=UNATTRIBUTED, type="Organization", name="unattributed",
                                                          names={"unattributed"}, attrs={"implicit": True,
                                                                                         "kind": "unattributed"}))
            f = Found(actor, f.target, f.type, f.stance, f.sent_start, f.sent_end, f.anchor,
                      round(f.confidence * 0.6, 2))
        out.append(f)
    return out
