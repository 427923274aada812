"""Name matching for measures: bill numbers, acronyms, jurisdiction-qualified names and descriptions
that share their distinctive words. Used by within-document resolution (coref)."""

from __future__ import annotations

import functools
import re

from policygraph.graph.ids import normalize
from policygraph.loaders.noun_words import SPANS_OF_TIME

STOP_WORDS = {"of", "on", "the", "a", "an", "in", "for", "to", "and", "by", "its", "their", "from", "at", "with", "s"}
_BILL = re.compile(r"^(?:(senate|assembly|house) bill|(s|a|h)\s?b|h\s?r)\s?(\d+(?:[a-z]? \d+)?)$")


@functools.lru_cache(maxsize=4096)
def bill_key(name: str) -> str | None:
    """ "SB 1047", "S.B. 1047" and "Senate Bill 1047" share one key: "sb1047"."""
    m = _BILL.match(normalize(name).replace(" ", " "))
    if not m:
        return None
    chamber = (m.group(1) or m.group(2) or "h").lower()[0]
    number = m.group(3).replace(" ", "-")
    return f"{chamber}b{number}" if not m.group(0).startswith("h r") else f"hr{number}"


JURISDICTIONS = {"eu", "european", "union", "us", "u", "s", "uk", "british", "american", "federal", "state",
                 "india", "indian", "china", "chinese", "california", "new", "york"}


def letters(name: str) -> str:
    """A measure's name by its letters, jurisdiction dropped: "EU AI Act" and "Artificial Intelligence
    Act" are both "aia"; "Kids Online Safety Act (KOSA)" is "kosa"."""
    out = []
    for word in re.sub(r"['’]s\b", "", name).replace("-", " ").split():
        low = word.lower().strip(".,()")
        if not low or low in JURISDICTIONS or low in ("the", "of", "and", "for", "on", "to"):
            continue
        out.append(low if (word.isupper() and len(word) <= 5) or low.isdigit() else low[0])  # 149 is not 1709
    return "".join(out)


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper() and w.lower() not in ("of", "and", "the"))


def spelled_out(name: str) -> str:
    """The initials of a name that is capitalised throughout, else "": "Digital Services Act" -> "DSA",
    but "Consumer Financial Protection Bureau rule" spells out the bureau's initials, not the rule's."""
    words = name.split()
    if any(not w[0].isupper() and w.lower() not in ("of", "and", "the", "for", "on", "to") for w in words):
        return ""
    return initials(name)


GENERIC_STEMS = {"expor", "chip", "chips", "data", "tech", "techn", "state", "onlin", "digit", "forei", "secur",
                 "feder", "natio", "new", "rule", "rules", "law", "laws", "ban", "bans", "curb", "curbs", "contr",
                 "restr", "measu", "bill", "polic", "plan", "propo", "requi", "limit", "china", "chine", "us", "u",
                 "ameri", "globa", "inter", "regul", "legis", "frame", "order", "act", "acts", "ai", "artif", "intel",
                 "block", "shutd", "black"}


# A measure that undoes another is described by its target's words: "a resolution wiping out privacy
# rules" shares no identity with the privacy rules, so words from the undoing verb on are not its own.
UNDOING = {"wiping", "overturning", "repealing", "scrapping", "undoing", "nullifying", "reversing", "rescinding",
           "killing", "striking", "blocking", "disapproving"}


UNDO_VERBS = {"outlaw", "ban", "repeal", "scrap", "overturn", "undo", "nullify", "reverse", "rescind", "abolish",
              "block", "kill", "strike"}  # "bills to outlaw data caps" are not the caps


def own_words(name: str) -> list[str]:
    """The words of a measure's name that are its own, lower-cased: up to an undoing verb, if any."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if i and (w in UNDOING or w in UNDO_VERBS and words[i - 1] == "to"
                                                         and any(x.rstrip("s") in NOUN_KIN for x in words[i + 1:]))),
               len(words))
    return words[:cut]


KINDRED_STEMS = {"check": "verif", "assur": "verif"}  # "age checks" and "the age-verification regime"


def _stems(name: str) -> set[str]:
    words = own_words(normalize(name).replace("-", " "))
    return {KINDRED_STEMS.get(w[:5], w[:5]) for w in words if w not in STOP_WORDS and not w.isdigit()}


def _words_with(name: str, stems: set[str]) -> int:
    """How many of the name's words (a hyphenated word being one) hold any of ``stems``."""
    return sum(1 for w in own_words(name) if _stems(w) & stems)


def measure_head(name: str, participles: bool = False) -> str:
    """The noun a description is built on: "duties on developers of models" -> "duties"; with ``participles``,
    also "law requiring age checks" -> "law"."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if i and (w in PREPOSITIONS or w.endswith("ed") and i + 1 < len(
        words) and words[i + 1] in PREPOSITIONS or participles and w.endswith("ing")
        and words[i - 1].rstrip("s") in NOUN_KIN)), len(words))  # "a fine imposed on the chipmaker" -> "fine"
    return words[cut - 1]


COMPULSORY = {"mandatory", "compulsory", "obligatory"}  # "compulsory age checks": a duty laid down, a measure
PREPOSITIONS = {"of", "on", "for", "to", "against", "from", "in", "that", "which", "by", "with", "over", "at", "into"}


# Words that make a measure one that changes another: "the Electronic Transfer Levy (Repeal) Bill" is not the levy.
CHANGING = {"repeal", "amendment", "amending", "amend", "reform", "overhaul", "revision"}


def changing(name: str) -> bool:
    """A measure that changes another: "X (Repeal) Bill", "an amendment to the X Act" (not a title such as
    "Online Safety Amendment (Minimum Age) Act", which is a measure of its own)."""
    words = name.lower().split()
    return any(w.strip("()") in CHANGING and w.startswith("(") for w in words) \
        or measure_head(name).rstrip("s") in CHANGING \
        or len(words) > 1 and words[-2] in CHANGING and name.split()[-2].islower() \
        or len(own_words(name)) < len(words)  # "a bill to abolish the Anti-Fake News Act"
    # "amendments to the Income Tax Act"; "the repeal bill" after "the X (Repeal) Bill 2018"


# Words that set a measure against another: "a rival ballot initiative", "a tougher privacy initiative" is not
# the law the story names, whatever their nouns share.
CONTRASTING = {"rival", "competing", "alternative", "tougher", "stricter", "weaker", "softer"}


def contrasting(name: str) -> bool:
    """A description that sets its measure against another one ("a rival ballot initiative")."""
    return any(w in CONTRASTING for w in name.lower().split()[:3])


def undoing(name: str) -> bool:
    """A measure that only undoes another: "the X (Repeal) Bill", "a bill to abolish the X Act"."""
    words = name.lower().split()
    return any(w.strip("()") == "repeal" for w in words) or len(own_words(name)) < len(words)


def _amounts(name: str) -> set[str]:
    """The sums of money in a name: {"1.06"} in "1.06 billion euro fine" (not "under-16" or "Act 2024")."""
    return {a or b or f"{c}%" for a, b, c in _SUM.findall(name)}


_SUM = re.compile(r"[$€£¥₹]\s?(\d+(?:[.,]\d+)*)|\b(\d+(?:[.,]\d+)*)\s?(?:million|billion|trillion|euro|dollar|pound|"
                  r"rupee|yuan|yen|won)|\b(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)", re.I)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def other_years(a: str, b: str) -> bool:
    """Both names carry a year and the years differ: "2015 cybercrime statute", "Cybercrime Law of 2023"."""
    ya, yb = set(_YEAR.findall(a)), set(_YEAR.findall(b))
    return bool(ya and yb and ya != yb)


def _penalty(head: str) -> bool:
    """A sum to be paid ("fine", "penalties"), never the law it is paid under."""
    return head in ("penalties", "fines") or head in PENALTIES


def _other_objects(a: str, b: str) -> bool:
    """Two descriptions whose objects are told by different names: "ban on the sale of ERS Electronic" and
    "ban on the sale of the Dortmund factory" (the words after the head's preposition)."""
    def named(text: str) -> set[str]:
        after = re.split(r"\b(?:on|of|against|for|to)\b", text, maxsplit=1)
        return {w.lower() for w in after[1].split() if w[:1].isupper()} if len(after) == 2 else set()
    x, y = named(a), named(b)
    return bool(x) and bool(y) and not x & y


def _other_covered(a: str, b: str) -> bool:
    """Two descriptions covering different people: "ban on social media for children under 15" and "ban on
    social media for under-16s" (the words after "for", when both tell them)."""
    def covered(text: str) -> set[str]:
        parts = text.lower().split(" for ", 1)
        return {w for w in parts[1].split() if w not in ("the", "a", "an", "all")} if len(parts) == 2 else set()
    x, y = covered(a), covered(b)
    return bool(x) and bool(y) and not x & y


# Words that say a measure leaves nothing out: "a total ban", "a comprehensive ban on X", "an outright ban".
ALL_OUT = {"total", "complete", "comprehensive", "outright", "blanket", "wholesale", "near-total", "sweeping"}


def same_description(name: str, others: set[str]) -> bool:
    """Two descriptions of one measure: "licence requirement for imports of laptops" and "laptop import
    curbs" share their distinctive words."""
    a = _stems(name) - GENERIC_STEMS
    pair = name.lower().split()
    if len(pair) == 2 and pair[0] in CHANGING and a <= {w[:5] for w in CHANGING}:  # "the amendment bill"
        head, kind = measure_head(name).rstrip("s"), pair[0]  # after "the Health Records Amendment (Privacy) Bill"
        if any(o[:1].isupper() and kind in o.lower().replace("(", " ").replace(")", " ").split()
               and measure_head(o).lower().rstrip("s") == head for o in others):
            return True
    if len(pair) == 2 and pair[0] in ALL_OUT and any(
            o.split()[0].lower() in ALL_OUT and measure_head(o).lower() == pair[1] for o in others if " " in o):
        return True  # "a total ban" after "a comprehensive ban on online gambling advertising": the one
        # sweeping ban, told again by its sweep
    sums = _amounts(name)
    if sums and any(_amounts(other) and _amounts(other) != sums for other in others):
        return False  # "an 18% tax on platform fees" is not the 28% tax, however it was called before
    for other in others:
        if changing(name) != changing(other):
            continue
        if sums and _amounts(other) and sums != _amounts(other):
            continue  # "a 997 million euro fine" is not "the 1.06 billion euro fine"
        if other_years(name, other):
            continue  # "the 2015 cybercrime statute" is not "the Cybercrime Law of 2023"
        if _other_objects(name, other) or _other_covered(name, other):
            continue  # "the ban on the sale of the Dortmund factory" is not the ban on the sale of ERS Electronic
        b = _stems(other) - GENERIC_STEMS
        shared = a & b
        head, other_head = measure_head(name), measure_head(other)
        same_head = head == other_head
        words = min(_words_with(name, shared), _words_with(other, shared))  # "duty-free" is one word, not two
        heads = {head[:5], other_head[:5]}
        if name.split()[0].lower() in COMPULSORY and head[:5] in shared:
            return True  # "lobbied for compulsory registration" after "the SIM Registration Act"
        if _penalty(head) != _penalty(other_head):
            continue  # "a fine imposed by Britain's data protection watchdog" is no "data protection law"
        if len(heads) == 2 and shared <= heads:  # only the noun one of them is built on, which the other
            continue  # merely mentions: "the 2020 decree" is not "300 changes packed into an emergency decree"
        one = min(len(a), len(b)) == 1 and not (len(a) > 3 and other[:1].isupper())
        head_in = bool(shared - heads) and any(KINDRED_STEMS.get(h, h) in shared for h in heads)
        if shared and (words >= 2 or one or same_head or head_in):  # "age checks", "age-verification regime"
            return True  # "crypto market bill" and "market structure bill": one word and the head; not "the law
            # on providing services by electronic means" and the "Digital Services Act", one word of a name
    return False


def qualified(a: str, b: str) -> bool:
    """One name is the other with a jurisdiction or acronym in front: "AI Diffusion Rule" and
    "diffusion rule", "EU Data Act" and "Data Act"; not "Kids Online Safety Act" and "Online Safety Act"."""
    wa, wb = a.replace("'", " ").split(), b.replace("'", " ").split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < 2 or len(short) == len(long_):
        return False
    if [w.lower() for w in long_[-len(short):]] != [w.lower() for w in short]:
        return False
    return all(w.lower().strip(".") in JURISDICTIONS or (w.isupper() and len(w) <= 3) for w in long_[:-len(short)])


# Families of measure nouns: a word of one family may name any measure of that kind.
_BILLS = {"bill", "act", "law", "legislation", "measure", "proposal", "statute", "package", "resolution",
          "regulation"}  # an EU regulation is an act: "the regulation" after "the AI Act"
_RULES = {"rule", "regulation", "directive", "order", "requirement", "guideline", "code"}
_PAUSES = {"moratorium", "freeze", "pause", "preemption"}
_BANS = {"ban", "prohibition", "embargo", "blacklist", "block", "shutdown", "blackout"}
_CURBS = {"curb", "restriction", "control", "limit", "cap"}
_DUTIES = {"tariff", "duty", "levy", "tax", "surtax", "surcharge", "fee", "contribution", "payment", "toll", "charge"}
PENALTIES = {"fine", "penalty"}
RAISES = {"increase", "hike", "rise"}  # "the hike" after "an increase in excise duty"
PARTS = {"clause", "provision", "condition", "article", "section"}  # parts of a text
_RELIEFS = {"exemption", "exception", "waiver", "carve-out", "clause", "provision"}  # "an exemption from the
# hours cap ... campaigned against the clause": a carve-out is written as a clause of its bill
NOUN_KIN: dict[str, set[str]] = {}
for _family in (_BILLS, _RULES, _PAUSES, _BANS, _CURBS, _DUTIES, PENALTIES, RAISES, PARTS, _RELIEFS):
    _family = _family | {w[:-1] + "ie" for w in _family if w.endswith("y")}  # "duties".rstrip("s") is "dutie"
    for _w in _family:
        NOUN_KIN[_w] = NOUN_KIN.get(_w, set()) | _family


def renamed_head(a: str, b: str) -> bool:
    """The same name with its noun swapped for a kindred one: "fair share levy" and "fair share
    contribution", "Online Safety Rules" and "Online Safety Regulation"."""
    wa, wb = a.lower().split(), b.lower().split()
    least = 2 if wa[-1].rstrip("s") in PARTS else 3  # "sovereignty clauses" and "sovereignty conditions"
    return len(wa) == len(wb) >= least and wa[:-1] == wb[:-1] and wa[-1] != wb[-1] \
        and wb[-1].rstrip("s") in NOUN_KIN.get(wa[-1].rstrip("s"), set())


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def short_title(a: str, b: str) -> bool:
    """One title is the other without its bracketed words (and perhaps its year): "Finance Bill" and "Finance
    (No. 2) Bill, 2024"; not "Cybercrimes Act" and "Cybercrimes (Amendment) Act", which changes it."""
    if ("(" in a) == ("(" in b) or changing(a) or changing(b):
        return False
    full, short = (a, b) if "(" in a else (b, a)
    bare, plain = normalize(_BRACKETED.sub("", full)), normalize(short)
    if len(plain.split()) < 2:
        return False
    return bare == plain or not _YEAR.search(short) and _YEAR.sub("", bare).split() == plain.split()


def plain_modifier(tok) -> bool:
    """A modifier that tells no measure from another of its kind: a topic word every measure in the genre
    shares ("AI", "chip", "export") or a participle ("contested", "amended")."""
    doc = tok.doc
    hyphened = tok.i > 0 and doc[tok.i - 1].text == "-" or tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    return not list(tok.children) and not hyphened and (
        tok.lower_[:5] in GENERIC_STEMS or (tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD")))


def aged(tok) -> bool:
    """ "12-year-old", "decade-old": how old a measure is."""
    return tok.lower_ == "old" and any(c.lemma_.lower() in SPANS_OF_TIME | {"decade", "century"} for c in tok.children)
