"""Document-level inferences over the relations found sentence by sentence: measures that share a
group's fate, sides taken by reacting to an outcome, roles implied by status changes, who leads a
government, who speaks for a group, and people typed by their employer or group."""

from __future__ import annotations

from policygraph.loaders.anaphora import CHAMBER_WORDS, LOOSE_NOUNS
from policygraph.loaders.coref import Cluster
from policygraph.loaders.folds import unsuffixed
from policygraph.loaders.measure_match import NOUN_KIN, measure_head, same_description
from policygraph.loaders.links import CORPORATE_OR_PUBLIC
from policygraph.loaders.measure_match import bill_key
from policygraph.loaders.relations import Found
from policygraph.loaders.statuses import NEGATIVE_STATUSES as NEGATIVE, STATUS_TYPES

UNATTRIBUTED = "unattributed"  # the actor of status changes a story reports without saying who made them


def propagate_parts(found: list[Found]) -> list[Found]:
    """Measures that are part of a larger one share its status changes ("these measures include ...")."""
    parts: dict[str, list[str]] = {}
    for f in found:
        if f.type == "PART_OF":
            parts.setdefault(f.target, []).append(f.source)
    if not parts:
        return found
    extra = []
    for f in found:
        if f.type in STATUS_TYPES and f.target in parts:
            for member in parts[f.target]:
                extra.append(Found(f.source, member, f.type, f.stance, f.sent_start, f.sent_end, f.anchor,
                                   round(f.confidence * 0.9, 2)))
    return found + extra


COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


def counted_measures(found: list[Found], clusters: dict[str, Cluster]) -> list[Found]:
    """ "Congress put two anti-piracy bills on hold" when the story names exactly two bills: each named
    bill takes the change told of the pair."""
    extra = []
    for key, c in clusters.items():
        first = c.mentions[0] if c.mentions else None
        if c.type != "Measure" or first is None or first.kind != "described" or not first.plural:
            continue
        words = c.name.lower().replace("-", " ").split()
        count = next((COUNTS[w] for n in c.names | {c.name} for w in n.lower().split() if w in COUNTS), None)
        head = words[-1].rstrip("s")
        if count is None or head not in NOUN_KIN:
            continue
        named = [k for k, o in clusters.items() if o.type == "Measure" and k != key
                 and any(m.kind == "named" for m in o.mentions)
                 and (NOUN_KIN[head] & {w.lower().rstrip("s") for w in o.name.split()} or bill_key(o.name))]
        if len(named) != count:
            continue
        for f in found:
            if f.type in STATUS_TYPES and f.target == key:
                extra += [Found(f.source, k, f.type, f.stance, f.sent_start, f.sent_end, f.anchor,
                                round(f.confidence * 0.8, 2)) for k in named]
    return found + extra


POSITIVE = {"PASSED", "ENACTED"}


def last_status(found: list[Found]) -> dict[str, str]:
    """Each measure's last status change in the story's order of telling."""
    last: dict[str, str] = {}
    for f in sorted((f for f in found if f.type in STATUS_TYPES), key=lambda f: f.anchor):
        last[f.target] = f.type
    return last


def reactions(found: list[Found]) -> list[Found]:
    """ "X welcomed the decision" after a measure was shelved opposes the measure; "X condemned the
    decision" supports it. After a measure passed, the sides are the other way round."""
    last = last_status(found)
    out = []
    for f in found:
        if f.type != "REACTION":
            out.append(f)
            continue
        outcome = last.get(f.target)
        if outcome is None:
            continue
        halted = outcome in NEGATIVE
        backs_measure = (f.stance == "support") != halted
        kind = "SUPPORTS" if backs_measure else "OPPOSES"
        out.append(Found(f.source, f.target, kind, "support" if backs_measure else "oppose", f.sent_start,
                         f.sent_end, f.anchor, round(f.confidence * 0.9, 2)))
    return out


def infer_stances(found: list[Found]) -> list[Found]:
    """Lobbying with no stated stance takes the side of the measure's outcome in this document:
    lobbying before a measure is dropped was lobbying against it (at lower confidence)."""
    last = last_status(found)
    known: dict[tuple[str, str], str] = {}  # the side an actor takes elsewhere in the story
    for f in found:  # sides stated outright first, then the stances stated on lobbying
        if f.stance and f.type not in ("LOBBIED", "URGED", "PRESSURED"):
            known.setdefault((f.source, f.target), f.stance)
    for f in found:
        if f.stance and f.type in ("LOBBIED", "URGED", "PRESSURED"):
            known.setdefault((f.source, f.target), f.stance)
    speaks_for = {(f.source, f.target) for f in found if f.type in ("LEADS", "EMPLOYED_BY")}
    for (person, measure), side in list(known.items()):  # "X, executive director of the Foundation, warned
        for who, org in speaks_for:  # the draft would chill development": the Foundation's side too
            if who == person:
                known.setdefault((org, measure), side)
    together: dict[tuple, set[str]] = {}  # "Uber, Lyft, DoorDash and Instacart bankrolled the campaign": one
    for f in found:  # verb, one side, told of some of them elsewhere
        if f.type in ("LOBBIED", "URGED", "PRESSURED") and (f.source, f.target) in known:
            together.setdefault((f.anchor, f.target, f.type), set()).add(known[(f.source, f.target)])
    targeted = {(f.target, f.source) for f in found if f.type == "TARGETS"}
    out = []
    for f in found:
        sides = together.get((f.anchor, f.target, f.type), set())
        if f.type in ("LOBBIED", "URGED", "PRESSURED") and f.stance is None and (f.source, f.target) not in known \
                and len(sides) == 1:
            f = Found(f.source, f.target, f.type, next(iter(sides)), f.sent_start, f.sent_end, f.anchor,
                      round(f.confidence * 0.9, 2))
        elif f.type in ("LOBBIED", "URGED", "PRESSURED") and f.stance is None and (f.source, f.target) in known:
            f = Found(f.source, f.target, f.type, known[(f.source, f.target)], f.sent_start, f.sent_end,
                      f.anchor, f.confidence)
        elif f.type in ("LOBBIED", "URGED", "PRESSURED") and f.stance is None and (f.source, f.target) in targeted:
            f = Found(f.source, f.target, f.type, "oppose", f.sent_start, f.sent_end, f.anchor,
                      round(f.confidence * 0.8, 2))  # lobbying on a measure aimed at oneself is lobbying against it
        elif f.type in ("LOBBIED", "URGED", "PRESSURED") and f.stance is None and f.target in last:
            outcome = last[f.target]
            stance = "oppose" if outcome in NEGATIVE else "support" if outcome in POSITIVE else None
            if stance:
                f = Found(f.source, f.target, f.type, stance, f.sent_start, f.sent_end, f.anchor,
                          round(f.confidence * 0.8, 2))
        out.append(f)
    return out


def announced_then_dropped(found: list[Found], parsed) -> list[Found]:
    """ "announced the ban on Feb. 8 ... has retreated from its plan": a measure only announced and then
    given up never came into force; the announcement put it forward. So did the announcement of a bill that a
    chamber passed later ("announced the measure in the 2016 budget ... the Senate passed it"): its announcer
    sponsored it."""
    verbs = {t.idx: t.lemma_.lower() for t in parsed}
    later = {f.target for f in found if f.type in ("DROPPED", "PASSED")}
    enacted: dict[str, set[str]] = {}
    for f in found:
        if f.type == "ENACTED":
            enacted.setdefault(f.target, set()).add(verbs.get(f.anchor, ""))
    announced = {k for k, how in enacted.items() if k in later and how <= {"announce", "unveil"}}
    out = []
    for f in found:
        if f.target in announced and (f.type == "ENACTED" or f.type == "IMPOSED" and verbs.get(f.anchor) in (
                "announce", "unveil")):
            f = Found(f.source, f.target, "PROPOSED", f.stance, f.sent_start, f.sent_end, f.anchor, f.confidence) \
                if f.type == "ENACTED" else Found(f.source, f.target, "SPONSORED", "support", f.sent_start, f.sent_end,
                                                  f.anchor, f.confidence)
        out.append(f)
    return out


EXECUTIVE = {"Agency", "Government", "Official"}
COURTS = {"court", "tribunal", "judge"}
LEGISLATURES = set(CHAMBER_WORDS) | {"legislature"}


STATUTES = {"law", "act", "bill", "legislation", "statute", "code", "convention", "treaty", "charter"}


def statute(c) -> bool:
    """A law, act or bill by its head noun ("sovereign internet law", "law regulating ride-hailing") or its
    number ("SB 53", "the Strategic Trade Act 2010"); martial law is no statute but a state a ruler imposes."""
    if c is None or c.type != "Measure" or "martial law" in c.name.lower():
        return False
    words = [w for w in c.name.split() if not w.isdigit()]  # "Act 2010" is an act
    return bool(bill_key(c.name)) or bool(words) and measure_head(" ".join(words), participles=True).lower(
        ).rstrip("s") in STATUTES


def no_statute_imposed(found: list[Found], clusters: dict[str, Cluster]) -> list[Found]:
    """A law is passed and signed, not imposed: no IMPOSED edge from a person or body to a statute, whatever told
    it ("Gov. X signed HB 3"). A place keeps its own law ("Utah's law"), which ties the place to the story."""
    return [f for f in found if f.type != "IMPOSED" or not statute(clusters.get(f.target))
            or f.source in clusters and clusters[f.source].type == "Government"]


def implied_roles(found: list[Found], clusters: dict[str, Cluster]) -> list[Found]:
    """Who proposed or introduced a measure sponsored it; a government body that enacted it imposed it."""
    have = {(f.source, f.target, f.type) for f in found}
    extra = []
    for f in found:
        if f.source not in clusters or f.source == UNATTRIBUTED:
            continue
        kind = clusters[f.source].type
        role = "SPONSORED" if f.type in ("PROPOSED", "INTRODUCED") else \
            "IMPOSED" if f.type == "ENACTED" and kind in EXECUTIVE and not (COURTS | (
                LEGISLATURES if kind == "Agency" else set())) & set(clusters[f.source].name.lower().split()) \
            and not statute(clusters.get(f.target)) else None
        # a court lifting a stay imposes nothing, nor does a chamber that overrides a veto, nor a president who
        # signs a law: a statute is passed and signed, a ban or an order imposed
        if role and (f.source, f.target, role) not in have:
            have.add((f.source, f.target, role))
            extra.append(Found(f.source, f.target, role, "support" if role == "SPONSORED" else None,
                               f.sent_start, f.sent_end, f.anchor, round(f.confidence * 0.9, 2)))
    return found + extra


def leaders(found: list[Found], clusters: dict[str, Cluster], parsed) -> list[Found]:
    """Donald Trump leads the "Trump administration" when the story names both. (Titles that name the
    state, "Chinese President Xi Jinping", are read where titles are: LinkRules._titles.)"""
    have = {(f.source, f.target, f.type) for f in found}
    extra = []
    admins = {c.name.split()[0].lower(): key for key, c in clusters.items()
              if c.type == "Government" and c.name.lower().endswith((" administration", " government"))}
    for key, c in clusters.items():
        if c.type not in ("Official", "Person") or not c.mentions:
            continue
        first = next((m for m in c.mentions if m.kind == "named"), None)
        if first is None:
            continue
        targets = []
        surname = unsuffixed(c.name.lower().replace(".", "").split())[-1]  # "Ferdinand Marcos Jr." -> "marcos"
        if surname in admins:
            targets.append(admins[surname])
        sent = parsed[first.head].sent
        for target in targets:
            if (key, target, "LEADS") not in have:
                have.add((key, target, "LEADS"))
                extra.append(Found(key, target, "LEADS", None, sent.start_char, sent.end_char, parsed[first.head].idx, 0.7))
    return found + extra


def spokespeople(found: list[Found], clusters: dict[str, Cluster], parsed, speech: frozenset) -> list[Found]:
    """A named member quoted in the sentence where a group takes a side speaks for it: "Democratic
    lawmakers voiced their objection to removing the measures, '...,' Senator Chuck Schumer said."
    The speaker joins the group and takes its side."""
    by_sentence: dict[int, list[Found]] = {}
    for f in found:
        group = clusters.get(f.source)
        if f.type in INFLUENCE_SIDES and f.stance and group is not None and group.type in ("Lawmaker", "Official") \
                and any(m.kind == "group" for m in group.mentions):
            by_sentence.setdefault(f.sent_start, []).append(f)
    extra = []
    for key, c in clusters.items():
        for m in c.mentions:
            tok = parsed[m.head]
            if m.kind != "named" or c.type != "Lawmaker" or tok.dep_ != "nsubj" \
                    or tok.head.lemma_.lower() not in speech:
                continue
            for f in by_sentence.get(tok.sent.start_char, []):
                if clusters[f.source].type == c.type and f.source != key:
                    extra.append(Found(key, f.target, f.type, f.stance, f.sent_start, f.sent_end, tok.idx, 0.7))
                    extra.append(Found(key, f.source, "MEMBER_OF", None, f.sent_start, f.sent_end, tok.idx, 0.7))
    return found + extra


INFLUENCE_SIDES = {"LOBBIED", "SUPPORTS", "OPPOSES", "CRITICIZED", "URGED"}

def type_by_employer(found: list[Found], clusters: dict[str, Cluster]) -> None:
    """A president or chief executive of a company is a Person; of a commission or ministry, an Official."""
    for f in found:
        if f.type not in ("LEADS", "EMPLOYED_BY") or f.source not in clusters or f.target not in clusters:
            continue
        person, body = clusters[f.source], clusters[f.target]
        if person.title is None and person.type == "Person" and body.type == "Agency" \
                and not set(body.name.lower().split()) & set(CHAMBER_WORDS):  # a body that governs, no chamber
            person.type = "Official"  # "Tobias Judin, who heads the international section at Datatilsynet"
            continue
        if person.title not in CORPORATE_OR_PUBLIC or person.type not in ("Person", "Official"):
            continue
        if body.type in ("Firm", "Organization"):
            person.type = "Person"
        elif body.type in ("Agency", "Government"):
            person.type = "Official"


def type_by_group(found: list[Found], clusters: dict[str, Cluster]) -> None:
    """A name the model alone typed takes the type of the group it is listed in: "advocacy groups
    including Fairplay" makes Fairplay an organisation, "tech companies including Acme" a firm."""
    for f in found:
        if f.type != "MEMBER_OF" or f.source not in clusters or f.target not in clusters:
            continue
        member, group = clusters[f.source], clusters[f.target]
        if member.gaz or member.title or not any(m.kind == "group" for m in group.mentions):
            continue
        if group.type in ("Organization", "Firm") and member.type in ("Person", "Firm", "Organization"):
            member.type = group.type


def made_measures(found: list[Found], clusters: dict[str, Cluster], made: list[tuple[int, str]]) -> list[Found]:
    """ "A judge ordered operators to suspend access to Telegram. The order was issued on March 22": a bare
    "the order" with no measure before it, after a verb made one of its kind, is that one."""
    moved: dict[str, str] = {}
    for key, c in clusters.items():
        first = min(c.mentions, key=lambda m: m.head) if c.type == "Measure" and c.mentions else None
        if first is None or any(m.kind == "named" for m in c.mentions):
            continue
        if not first.attrs.get("bare"):  # "prohibited the sale of a factory in Dortmund ... the ban on the sale of
            kin = [k for i, k in made if i < first.head and first.kind == "described"  # the Dortmund factory"
                   and not first.attrs.get("indefinite") and clusters[k].name.split()[0] == measure_head(c.name)
                   and same_description(c.name, {clusters[k].name})]
            if kin:
                moved[key] = kin[-1]
                clusters[kin[-1]].mentions += c.mentions
                clusters[kin[-1]].names |= c.names
            continue
        first = first.head
        kin = [k for i, k in made if i < first and (
            clusters[k].name.split()[0] == c.name or c.name in LOOSE_NOUNS
            or c.name == "restriction" and clusters[k].name.startswith("ban "))]
        # "Canada will ban Huawei ... Under the policy, ...": a word any measure may be called; a ban restricts
        if kin:
            moved[key] = kin[-1]
            clusters[kin[-1]].mentions += c.mentions
            clusters[kin[-1]].names |= c.names  # "the restriction": how the story calls it
    return _redirect(found, moved)


LAW_WORDS = {"law", "act", "bill", "legislation", "regulation", "rule", "directive", "statute"}  # not "the policy"


def named_later(found: list[Found], clusters: dict[str, Cluster], parsed) -> list[Found]:
    """ "Denmark took a vote on the bloc's proposed law off the agenda ... The regulation to prevent and combat
    child sexual abuse was proposed in 2022": a bare "the law" told before any measure is the next measure the
    story describes, when that one is told as known ("The regulation ...") right after the bare one's mentions."""
    told = {m.head: key for key, c in clusters.items() if c.type == "Measure" for m in c.mentions}
    moved: dict[str, str] = {}
    for key, c in clusters.items():
        first = min(c.mentions, key=lambda m: m.head) if c.type == "Measure" and c.mentions else None
        if first is None or not first.attrs.get("bare") or any(m.kind == "named" for m in c.mentions):
            continue
        later = sorted((m.head, k, m) for k, o in clusters.items() if k != key and o.type == "Measure"
                       for m in o.mentions if m.head > first.head and m.kind in ("named", "described"))
        if not later:
            continue
        at, other, m = later[0]
        word, head = parsed[first.head].lemma_.lower(), parsed[m.head].lemma_.lower()
        last = max((i for i in told if i < at), default=None)
        definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in parsed[m.head].children)
        if m.kind == "described" and not m.attrs.get("bare") and definite and last is not None \
                and told[last] == key and (head == word or word in LAW_WORDS and head in LAW_WORDS):
            moved[key] = other
            clusters[other].mentions += c.mentions
    return _redirect(found, moved)


def named_next(found: list[Found], clusters: dict[str, Cluster], parsed) -> list[Found]:
    """ "accepted Senate changes to the government's second package of workplace laws. The Fair Work Legislation
    Amendment (Closing Loopholes No. 2) Bill cleared the Senate": a law described as known ("the government's
    package") is the one the next sentence names as its subject, when no other measure is told in between."""
    heads = sorted((m.head, k, m) for k, c in clusters.items() if c.type == "Measure" for m in c.mentions)
    moved: dict[str, str] = {}
    for (at, key, m), (at2, other, n) in zip(heads, heads[1:]):
        c, o = clusters[key], clusters[other]
        if key == other or key in moved or n.kind != "named" or n.attrs.get("dep") not in ("nsubj", "nsubjpass") \
                or any(x.kind == "named" for x in c.mentions) or min(x.head for x in o.mentions) < at2 \
                or n.name.split()[-1].lower() not in LAW_WORDS:
            continue
        if parsed[at].sent.end != parsed[at2].sent.start or any(x.head < at for x in c.mentions if x.head
                                                                 not in range(parsed[at].sent.start, at)):
            continue  # described in the sentence right before, and there first
        known = [x for x in c.mentions if parsed[x.head].lemma_.lower() in LAW_WORDS | {"package"} and any(
            d.dep_ == "poss" or d.dep_ == "det" and d.lower_ == "the" for d in parsed[x.head].children)]
        if known:
            moved[key] = other
            o.mentions += c.mentions
    return _redirect(found, moved)


def _redirect(found: list[Found], moved: dict[str, str]) -> list[Found]:
    """The relations with each moved cluster's key replaced by the one it joined (none left pointing at itself)."""
    if not moved:
        return found
    out = []
    for f in found:
        f.source, f.target = moved.get(f.source, f.source), moved.get(f.target, f.target)
        if f.source != f.target:
            out.append(f)
    return out
