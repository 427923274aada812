"""The type a name's own description gives it: a common noun right before the name ("the venture capital
firm Andreessen Horowitz", "the media regulator KommAustria") or in apposition after it ("Sony, the maker of
..."). Used by MentionFinder before the name's own words are read."""

from __future__ import annotations

from policygraph.loaders.group_nouns import POLITICAL

# Words before "body" that make it an association: "the fintech trade body Innovate Finance".
TRADE_WORDS = {"trade", "industry", "lobby", "lobbying", "business", "employers", "sector", "umbrella"}
ACCORDS = {"arrangement", "framework", "agreement", "pact", "treaty", "deal", "accord", "scheme", "regime"}
# Common nouns that name a public body and nothing else ("the media regulator X"; not "watchdog": groups are too).
CLEAR_AGENCIES = {"regulator", "ministry", "agency", "authority", "bureau", "inspectorate"}


def described_as(ent, lex) -> str | None:
    """The type a name's own description gives it: a common noun right before it ("the venture
    capital firm Andreessen Horowitz") or in apposition after it ("Sony, the maker of ...")."""
    doc = ent.doc
    nouns = []
    if ent.start > 0 and doc[ent.start - 1].pos_ == "NOUN" and doc[ent.start - 1].head.i in range(ent.start, ent.end):
        nouns.append(doc[ent.start - 1])
    elif ent.start > 0 and ent.root.dep_ == "appos" and ent.root.head.i == ent.start - 1 \
            and ent.root.head.lemma_.lower() != "network":  # "the fintech trade body | Innovate Finance",
        nouns.append(doc[ent.start - 1])  # "the investor | Mohandas Pai"; "the social network Helo" is a firm
    appos = [c for c in ent.root.children if c.dep_ == "appos"]  # one: not "Chrome, a ban on X, the sale of Y"
    nouns += [c for c in appos if c.pos_ == "NOUN" and len(appos) == 1]
    root = ent.root
    if root.dep_ == "compound" and root.head.i == ent.end and root.head.lemma_.lower() in ("party", "movement"):
        return "Organization"  # "the governing conservative New Democracy party"
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i == ent.start - 2 \
            and lex.groups.get(root.head.lemma_.lower()) in ("Agency", "Organization"):
        return lex.groups[root.head.lemma_.lower()]  # "the national communications regulator, ENACOM,
        # ...", "their industry association, Amobitec, ..."
    for noun in nouns:
        if noun.dep_ == "appos" and noun.lemma_.lower() in ACCORDS | (lex.measure_heads - lex.weak_heads):
            return "Measure"  # "the Privacy Shield, the arrangement on which 5,000 companies relied"
        if noun.dep_ == "appos" and noun.lemma_.lower() in ("party", "partner") and any(
                c.lower_ in POLITICAL for c in noun.lefts):
            return "Organization"  # "Komeito, the junior coalition partner": a party, not a place
        if noun.lemma_.lower() == "body" and any(c.lower_ in TRADE_WORDS for c in noun.lefts):
            return "Organization"  # "the fintech trade body Innovate Finance": an association, though a
            # bare "body" may be a regulator
        kind = lex.groups.get(noun.lemma_.lower())
        if ent.label_ == "PERSON" and lex.titles.get(noun.lemma_.lower()) == "Person":
            continue  # "privacy campaigner Max Schrems": a person's title, though "campaigners" are a group
        if kind in ("Firm", "Organization") and noun.lemma_.lower() not in ("member", "player", "body", "industry"):
            return kind
        if noun.dep_ == "appos" and noun.lemma_.lower() == "lobby":
            return "Organization"  # "Business Mauritius, the main private-sector lobby": an association
        if noun.i == ent.start - 1 and noun.lemma_.lower() in CLEAR_AGENCIES:
            return "Agency"  # "the media regulator KommAustria"
    return "Measure" if quoted_measure(ent, lex) else None


def quoted_measure(ent, lex) -> bool:
    """A quoted name told as a measure by the noun after its comma ('signed the "Lei Azul", a law that
    ...'), however the parser hung that noun."""
    doc = ent.doc
    end = ent.end
    if end >= len(doc) or not doc[end].is_quote or ent.start == 0 or not doc[ent.start - 1].is_quote:
        return False
    words = doc[end + 1:end + 5]
    if len(words) < 3 or words[0].text != "," or words[1].lower_ not in ("a", "an"):
        return False
    noun = next((t for t in words[2:] if t.pos_ == "NOUN"), None)
    return noun is not None and noun.lemma_.lower() in lex.measure_heads - lex.weak_heads \
        and all(t.pos_ in ("ADJ", "ADV", "PUNCT") for t in doc[words[2].i:noun.i])
