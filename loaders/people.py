"""People and their titles: "Senate Minority Leader Chuck Schumer" is a Lawmaker, "Jensen Huang, Nvidia's
chief executive" leads Nvidia, "the Trump administration" is a government. A mixin of MentionFinder."""

from __future__ import annotations

from policygraph.loaders.lexicon import Lexicon
from policygraph.loaders.org_types import PARTIES
from policygraph.loaders.spans import Mention, _clean_name, is_headline

LEGISLATURES = {"senate", "house", "congressional", "congress", "parliamentary", "parliament", "bundestag", "commons",
               "duma", "knesset", "sejm", "riksdag", "legislature", "legislative"}

PARTY_MEMBERS = {"democrat", "dem", "republican", "conservative", "green", "liberal", "tory", "socialist",
                 "torie"}  # a party's members by the last word of its name; "Tories" less its "s"
# Words before "of" that only a company follows: "the chairman of Harvey Norman", "a co-founder of Ben & Jerry's"
FIRM_LEADER_TITLES = {"chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder", "owner", "ceo",
                      "executive"}
PEERAGE = {"lord", "baroness", "baron", "lady", "viscount", "earl"}
STOPS_TITLE = {"in", "of", "at", "for", "who", "which", "and", "from", "to", "with", "on"}
CONGRESS_WORDS = {"senate", "house", "congress", "senator", "senators", "republican", "democrat", "sen.", "rep.",
                  "lawmakers", "congressional"}


def _title_words(doc, start: int, stop_at: int) -> list:
    """Tokens before a name that may hold its title: "Minister of State for Electronics and IT ..."."""
    words = []
    i = start - 1
    while i >= stop_at and i >= start - 10:
        tok = doc[i]
        if tok.is_punct and tok.text not in (".", "-", "&"):
            break
        if tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "NUM") or tok.ent_type_ == "PERSON" and tok.lower_ not in (
                "pro", "tempore", "tem"):  # "President Pro Tempore", which the model takes for a name
            break
        if tok.pos_ == "DET" and tok.lower_ == "the" and i > stop_at and doc[i - 1].lower_ == "of":
            pass  # "Chancellor of the Exchequer Rachel Reeves"
        elif tok.pos_ == "DET" or (tok.pos_ in ("ADP", "CCONJ") and tok.lower_ not in ("of", "for", "and", "&")):
            break
        words.insert(0, tok)
        i -= 1
    return words


def portfolio_names(doc) -> list[tuple[int, int, int, int]]:
    """ "Minister of State for Electronics and IT Rajeev Chandrasekhar", "Secretary of State for Science,
    Innovation and Technology Peter Kyle": (title start, portfolio end, name start, name end) of a minister or secretary
    named after the portfolio. The portfolio's words are the office, not a body of their own."""
    found = []
    for tok in doc:
        if tok.lower_ not in ("minister", "secretary", "chancellor") or not tok.is_title or is_headline(tok.sent):
            continue
        j = tok.i + 1
        if doc[j:j + 2].text.lower() == "of state":
            j += 2
        if j >= len(doc) or doc[j].lower_ not in ("for", "of"):
            continue
        j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")  # "Chancellor of the Exchequer"
        k = j
        while k < len(doc) and k < j + 14 and not doc[k].is_sent_start and (
                doc[k].is_title or doc[k].is_upper and doc[k].is_alpha or doc[k].lower_ in ("and", "&", ",", "-")
                or doc[k].lower_ == "the" and doc[k - 1].lower_ == "and"):  # "Financial Services and the Treasury"
            k += 1
        while k > j and doc[k - 1].lower_ in ("and", "&", ",", "-"):
            k -= 1
        person = next((e for e in doc.ents if e.label_ == "PERSON" and j < e.start < k and e.end == k), None)
        start = person.start if person is not None else k
        if person is None:  # the model missed the name: its last two capitalised words ("Ofori-Atta" is one)
            words = 0
            while start > j and words < 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
                words += 1
                while start - 2 >= j and doc[start - 1].text == "-" and doc[start - 2].is_title:
                    start -= 2
            if words < 2:
                start = k
        while start < k and doc[start].is_upper and len(doc[start]) > 1:
            start += 1  # "IT Rajeev Chandrasekhar": the acronym ends the portfolio
        if start < k and doc[start - 1].lower_ in ("and", "&"):
            found.append((tok.i, start - 1, k, k))  # "the Minister for Finance and Ken Ofori-Atta": no title of his
        elif start == k or doc[start - 1].text == "-":
            found.append((tok.i, k, k, k))  # no name: "the Minister for Finance said"
        elif j < start:  # "the Minister for Digital Economy and Society, Prasert Jantararuangtong, said"
            found.append((tok.i, start - (doc[start - 1].text == ","), start, k))
    return found


def _in_legislature(words: list) -> bool:
    """Title words that place an office in a legislature ("Senate Judiciary", not "White House")."""
    lowered = [t.lower_ for t in words]
    return any(w in LEGISLATURES and not (n and lowered[n - 1] == "white") for n, w in enumerate(lowered))


def _division(title: str, words: list[str], lex: Lexicon) -> bool:
    """ "the group's China director", "its research director": the head of a part, employed by the whole."""
    return title == "director" and any(w.lower() not in lex.titles and w.lower() not in ("executive", "managing")
                                       for w in words[:-1])


def _regional(title: str, noun) -> bool:
    """ "TechNet's executive director for California": the head of a region, employed by the whole."""
    return title.endswith("director") and any(p.dep_ == "prep" and p.lower_ == "for" and any(
        g.ent_type_ in ("GPE", "Government") for g in p.children) for p in noun.children)


def role_noun(noun, lex: Lexicon) -> bool:
    """A noun naming a person's office ("its chief executive"), not a lobbyist's."""
    title = match_title([t.text for t in noun.lefts if t.dep_ in ("compound", "amod")] + [noun.text], lex)
    return bool(title) and lex.titles.get(title) != "Lobbyist"


def match_title(words: list[str], lex: Lexicon) -> str | None:
    """The longest title phrase ending anywhere in ``words`` (lower-cased), preferring the last."""
    lowered = [w.lower() for w in words if w not in ("-", "–")]  # "Attorney-General", "Director-General"
    if lowered and lowered[-1] not in lex.titles and lowered[-1].endswith("s") and lowered[-1][:-1] in lex.titles:
        lowered[-1] = lowered[-1][:-1]  # "Commissioners Michael O'Rielly and Brendan Carr"
    best = None
    for end in range(len(lowered), 0, -1):
        for size in range(min(lex.max_title_words, end), 0, -1):
            phrase = " ".join(lowered[end - size:end])
            if phrase in lex.titles:
                if best is None or size > len(best.split()):
                    best = phrase
                break
        if best:
            return best
    return best


# Words before "government" that name a party, a level or a kind of government, not its leader.
NOT_LEADERS = {"conservative", "labour", "labor", "liberal", "tory", "coalition", "democratic", "republican",
               "socialist", "green", "national", "federal", "central", "provincial", "state", "regional", "local",
               "interim", "military", "transitional", "caretaker", "communist", "nationalist", "unity", "new",
               "previous", "current", "incoming", "outgoing", "former"}


LEGISLATOR_NOUNS = {"lawmaker", "legislator", "senator", "congressman", "congresswoman", "mp", "mep",
                    "parliamentarian", "deputy"}


class PeopleRules:
    """Title and person rules; mixed into MentionFinder (uses ``self.lex``)."""

    def _mark_title_org(self, doc, m: Mention) -> Mention:
        """An organisation inside a person's title ("Nvidia CEO Jensen Huang") qualifies the person."""
        nxt = m.end
        words = []
        while nxt < len(doc) and nxt < m.end + 8 and doc[nxt].ent_type_ != "PERSON" and not doc[nxt].is_punct \
                and (doc[nxt].pos_ in ("NOUN", "PROPN", "ADJ") or doc[nxt].lower_ in ("of", "for", "and", "&")):
            words.append(doc[nxt].text)
            nxt += 1
        if words and nxt < len(doc) and doc[nxt].ent_type_ == "PERSON" and match_title(words, self.lex):
            m.in_title = True
        return m

    def _portfolio_people(self, doc, taken: set[int], skip: set[int]) -> list[Mention]:
        """People named after their portfolio. The portfolio's words, but for gazetteer names ("Secretary of
        Commerce"), are skipped."""
        found = []
        for title_start, office_end, start, end in portfolio_names(doc):
            if taken & set(range(title_start, end)):
                continue
            if start < end:
                m = self._person(doc, doc[start:end], before=list(doc[title_start:office_end]))
                found.append(m)
                taken.update(m.span)
            joined = any(doc[i].lower_ in ("and", "&") for i in range(title_start + 1, office_end))
            skip.update(i for i in range(title_start + 1, office_end) if not doc[i].ent_id_ or joined)
            # "Secretary of the Treasury" leads the Treasury; "Secretary for Financial Services and the Treasury"
            # holds a portfolio of two areas, no body named
        return found

    def _person(self, doc, ent, before: list | None = None) -> Mention:
        lex = self.lex
        tokens = list(ent)
        lead = []
        while tokens and (tokens[0].lower_ in lex.titles or tokens[0].lower_.rstrip(".") + "." in lex.titles):
            lead.append(tokens.pop(0).text)
        if not tokens:
            tokens, lead = list(ent), []
        start = tokens[0].i
        if lead and lead[-1].lower() in PEERAGE and doc[start:ent.end].text.count(" of "):
            start -= 1  # "Lord Sharpe of Epsom" is the name; "Lord" alone before a surname is a title
        if before is None:
            before = _title_words(doc, ent.start, ent.sent.start)
        if not lead and len(before) > 1 and before[-1].lower_ == "of" and before[-2].lower_ in FIRM_LEADER_TITLES:
            # "Gerry Harvey, the chairman of Harvey Norman": a company named after its founders, not a person
            return Mention(start, ent.end, "Firm", _clean_name(doc[start:ent.end].text), "named", ent.root.i)
        title = match_title([t.text for t in before] + lead, lex)
        lead_name = ent.root
        while lead_name.dep_ in ("conj", "appos") and lead_name.head.ent_type_ == "PERSON":
            lead_name = lead_name.head  # "Justices A, B and C": C hangs on B, B on A
        if not title and lead_name.i != ent.root.i:
            first = next((e for e in doc.ents if e.start <= lead_name.i < e.end), None)
            if first is not None:  # "Commissioners Michael O'Rielly and Brendan Carr": both are
                title = match_title([t.text for t in _title_words(doc, first.start, ent.sent.start)], lex)
        end = ent.end
        while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
                and doc[end].tag_ == "NNP" and doc[end].is_title and doc[end].ent_type_ in ("", "PERSON"):
            end += 1  # "Assemblymember Nily | Rozic": the model ends the name early; the parse carries it on
        m = Mention(start, end, "Person", _clean_name(doc[start:end].text), "named", ent.root.i)
        if title:
            m.title, m.type = title, lex.titles[title]
            m.attrs["shadow"] = any(t.lower_ == "shadow" for t in before)
            if m.type == "Official" and (_in_legislature(before) or m.attrs["shadow"]):
                m.type = "Lawmaker"  # "Senate Judiciary Chairman", "House Energy and Commerce Committee Chairman";
                # "Shadow Home Secretary X" speaks for the opposition in parliament
            orgs = [t for t in before if t.ent_type_ in ("ORG", "Firm", "Agency", "Organization", "Government")
                    and t.lower_ not in lex.titles]  # "Bank of Korea Governor": the model's name takes in the title
            if orgs:
                m.role_org = orgs[-1].i
            else:  # "Representative John Moolenaar, the chairman of the House Select Committee on China"
                later = Mention(m.start, m.end, m.type, m.name, "named", m.head)
                self._title_after(doc, later)
                if later.role_org is not None and not (later.type == "Person" and m.type != "Person"):
                    m.role_org, m.title = later.role_org, later.title  # not "Commissioner X, a former chief
                    # executive of Y": a job at a company says nothing of a public office
        else:
            self._title_after(doc, m)
        if m.type == "Person" and not m.title:
            self._title_in_words_after(doc, m, end)
        return m

    def _title_in_words_after(self, doc, m: Mention, end: int) -> None:
        """Titles the parser did not hang on the name: "Mara Kell, then broadcasting minister, ...", and
        members of Congress named by their state ("sponsored by Jeff Flake of Arizona")."""
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.text == ",":
            i = end + 1
            if i < len(doc) and doc[i].lower_ in ("then", "now", "formerly", "currently", "the", "a", "an"):
                i += 1
            words = []
            while i < len(doc) and len(words) < 5 and not doc[i].is_punct and doc[i].lower_ not in STOPS_TITLE:
                words.append(doc[i].text)
                i += 1
            title = match_title(words, self.lex) if words and (i >= len(doc) or doc[i].is_punct
                                                               or doc[i].lower_ in STOPS_TITLE) else None
            if title and title.split()[-1] in (words[-1].lower(), words[-1].lower()[:-1]):
                m.title, m.type = title, self.lex.titles[title]
                return
        state = doc[end + 1] if nxt is not None and nxt.lower_ == "of" and end + 1 < len(doc) else None
        if state is not None and state.ent_id_.startswith("gov.us-") and any(t.lower_ in CONGRESS_WORDS
                                                                             for t in doc[end].sent):
            m.type = "Lawmaker"  # "Gary Peters of Michigan and Bill Hagerty of Tennessee"

    def _title_after(self, doc, m: Mention) -> None:
        """Appositive or relative-clause titles: "Jensen Huang, Nvidia's chief executive"."""
        root = lead = doc[m.head]
        while lead.dep_ == "conj" and lead.head.ent_type_ == "PERSON" and lead.head.i < lead.i:
            lead = lead.head  # "the two commissioners, A and B": B's title is A's
        if lead.dep_ == "pobj" and lead.head.lower_ in ("including", "like", "among") \
                and lead.head.head.lemma_.lower() in LEGISLATOR_NOUNS:
            m.type = "Lawmaker"  # "legislators including A and B": legislators themselves
            return
        if lead.dep_ == "appos" and lead.head.pos_ in ("NOUN", "PROPN"):  # "Its chief executive, Sam Altman, said"
            noun = lead.head
            words = [t.text for t in noun.lefts if t.dep_ in ("compound", "amod")] + [noun.text]
            title = match_title(words, self.lex)
            if title:
                m.title, m.type = title, self.lex.titles[title]
                m.attrs["division"] = _division(title, words, self.lex) or _regional(title, noun)
                owners = [t for t in noun.lefts if t.dep_ == "poss"]
                if owners:
                    m.role_org = owners[0].i
                return
            owners = [t for t in noun.lefts if t.dep_ == "poss" and t.pos_ == "PRON"]
            if noun.lower_ == "leader" and owners:  # "GroenLinks ... Its leader, Jesse Klaver, urged": the leader
                m.title, m.role_org = "leader", owners[0].i  # of the body "its" is
                return
        for child in root.rights:
            cands = []
            if child.dep_ == "appos":
                cands = [child]
            elif child.dep_ == "relcl" and child.lemma_ in ("lead", "head", "chair") and any(
                    t.lower_ in LEGISLATURES | {"bundestag", "diet", "assembly", "legislature"} for t in child.subtree):
                m.type = "Lawmaker"  # "Jens Spahn, who leads the conservative bloc in the Bundestag"
                return
            elif child.dep_ == "relcl" and child.lemma_ in ("serve", "be", "work", "act", "become"):
                cands = [g for p in child.children if p.dep_ in ("prep", "attr") for g in ([p] + list(p.children))
                         if g.pos_ in ("NOUN", "PROPN")]
            for noun in cands:
                words = [t.text for t in noun.lefts if t.dep_ in ("compound", "amod")] + [noun.text]
                title = match_title(words, self.lex)
                if title:
                    m.title, m.type = title, self.lex.titles[title]
                    if title == "deputy" and any(t.lower_ in ("party", "assembly", "parliament") for t in noun.subtree):
                        m.type = "Lawmaker"  # "Laure Miller, a deputy from Macron's Renaissance party"
                    m.attrs["division"] = _division(title, words, self.lex) or _regional(title, noun)
                    orgs = [t for t in noun.subtree if t.dep_ in ("poss", "pobj") and t.pos_ in ("PROPN", "PRON", "NOUN")]
                    if orgs:
                        m.role_org = orgs[0].i
                    return
                if noun.lemma_.lower() in self.lex.groups and noun.lemma_.lower() in ("democrat", "republican"):
                    m.type = "Lawmaker"
                    return

    def _administrations(self, doc, mentions: list[Mention]):
        """ "the Trump administration", "the Albanese government", "the Kishida cabinet": a government named after its
        leader."""
        by_end = {m.end: m for m in mentions if m.type in ("Person", "Official", "Lawmaker", "Firm", "Organization")
                  and m.kind == "named" and not m.gaz}
        taken = {i for m in mentions for i in m.span}
        found = []
        for tok in doc:
            if tok.lower_ not in ("administration", "government", "cabinet") or tok.i < 2:
                continue
            if tok.lower_ == "government" and doc[tok.i - 1].tag_ == "POS":
                continue  # "Prime Minister Narendra Modi's government": the country's, led by the person
            person = by_end.get(tok.i) or (by_end.get(tok.i - 1) if doc[tok.i - 1].tag_ == "POS" else None)
            if person is not None and tok.lower_ == "cabinet" and person.title and doc[tok.i - 1].tag_ == "POS":
                continue  # "Prime Minister Fumio Kishida's cabinet": the person is named; his cabinet is the government's
            if person is not None and (tok.lower_ == "administration" or person.type != "Firm") \
                    and person.name.lower() not in PARTIES:  # "the Labour government" is led by no one named
                # "the Trump administration", "President Moreno's administration", "the Morrison government"
                surname = next(t.text for t in reversed(doc[person.start:person.end]) if t.tag_ != "POS")
                name = f"{surname} {tok.lower_}"
                person.kind, person.type, person.name = "named", "Government", name
                person.end, person.head, person.title = tok.i + 1, tok.i, None
                continue
            leader = doc[tok.i - 1]  # a surname the model missed or took for a nationality: "the Modi government"
            if doc[tok.i - 2].lower_ == "the" and leader.is_title and leader.i not in taken \
                    and (leader.tag_ == "NNP" and leader.ent_type_ in ("", "PERSON", "NORP")
                         or leader.tag_ == "JJ" and (leader.ent_type_ == "NORP" or leader.text in {
                             t.text for e in doc.ents if e.label_ == "PERSON" for t in e})) \
                    and leader.text not in self.lex.demonyms and leader.lower_ not in NOT_LEADERS:
                found.append(Mention(leader.i, tok.i + 1, "Government", f"{leader.text} {tok.lower_}", "named", tok.i))
        return found

    @staticmethod
    def _headline_surnames(doc, taken: set[int]) -> list[Mention]:
        """ "Trump signs Take It Down Act": a headline's lone surname the model missed, when the story names
        the person in full ("President Donald Trump")."""
        surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        first = next(doc.sents, None)
        if first is None or not is_headline(first):
            return []
        return [Mention(t.i, t.i + 1, "Person", t.text, "named", t.i) for t in first
                if t.text in surnames and t.i not in taken and not t.ent_type_ and t.is_title
                and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("administration", "'s", "’s"))]


def party_member(tok, lex: Lexicon) -> str | None:
    """The type of a plural the model calls a nationality or party: "Democrats" (the model's lemma for a
    proper noun keeps the plural), "Conservatives", "Greens", "Tories"."""
    for key in (tok.lemma_.lower(), tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_):
        if key in lex.groups:
            return lex.groups[key]
        if key in PARTY_MEMBERS:
            return "Lawmaker"
    return None


def party_tags(doc) -> set[int]:
    """Tokens of the party-and-state tags after a US lawmaker's name ("Rubio, R-Fla.", "(D-CA)"): they
    place the lawmaker, they name no actor."""
    out = set()
    for tok in doc[2:]:
        if doc[tok.i - 1].text in ("-", "–") and doc[tok.i - 2].text in ("R", "D", "I") and tok.text[:1].isupper() \
                and (tok.i < 3 or doc[tok.i - 3].text in (",", "(")):
            out.update((tok.i - 2, tok.i - 1, tok.i))
    return out
