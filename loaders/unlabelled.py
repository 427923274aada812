"""Proper names the small model leaves unlabelled but that act in a sentence ("Acme Robotics lobbied",
"Epicenter.works, a digital rights group, said"). A mixin of MentionFinder."""

from __future__ import annotations

import re

from policygraph.loaders.descriptions import described_as
from policygraph.loaders.org_types import AGENCY_WORDS, FIRM_WORDS, ORG_WORDS, org_type, said_of_people
from policygraph.loaders.spans import Mention, _clean_name, _hyphen_start, dateline_place

MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
WEB_NAME = re.compile(r"^[A-Z][a-z]+\.(?:works|org|net|io|ai|com|eu)$")  # "Epicenter.works", "Booking.com"


class UnlabelledNames:
    """Needs ``self.lex`` and ``self._person`` (PeopleRules)."""

    def _unlabelled_names(self, doc, taken: set[int]):
        """Proper names the model left unlabelled but that act in the sentence ("Acme Robotics lobbied")."""
        surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        for tok in doc:
            if tok.pos_ != "PROPN" and not (tok.is_title and tok.text in surnames) and not WEB_NAME.match(tok.text) \
                    or tok.i in taken or tok.ent_type_ or tok.dep_ not in (
                    "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
                continue
            left = tok.i
            while left - 1 >= tok.sent.start and doc[left - 1].dep_ == "compound" and doc[left - 1].pos_ == "PROPN" \
                    and doc[left - 1].i not in taken and not doc[left - 1].ent_type_:
                left -= 1
            span = doc[left:tok.i + 1]
            hyphen = _hyphen_start(doc, left)
            if hyphen < left and len(span) > 1 \
                    and doc[hyphen:left + 1].text.lower().replace("-", " ") in self.lex.titles:
                yield self._person(doc, span[1:])  # "Attorney-General Jane Doe": the title's end is no name
                continue
            if hyphen < left:
                continue  # "on-board Wi-Fi": the end of a hyphenated word
            if not all(t.is_title or t.is_upper or WEB_NAME.match(t.text) or t.text == "-" and t.i > left
                       or t.text[:1].isupper() and any(ch.isupper() for ch in t.text[1:]) for t in span) \
                    or span.text in self.lex.non_entities \
                    or span[0].lower_ in self.lex.titles or tok.lower_ in self.lex.titles \
                    or tok.lower_ in self.lex.anaphora and (len(span) < 2 or tok.lower_ not in ORG_WORDS | AGENCY_WORDS) \
                    or tok.text.lower() in MONTH_WORDS or dateline_place(span) or doc[tok.i + 1:tok.i + 2].text in (
                        "Minister", "Secretary"):  # "Communications and Information Technology Minister X"
                continue
            if said_of_people(span) or (left > 0 and doc[left - 1].lower_ in self.lex.titles and len(span) > 1):
                yield self._person(doc, span)  # "Representatives María Elvira Salazar, a Florida Republican"
                continue
            person = tok.head.head
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and person.ent_type_ == "PERSON" and any(
                    self.lex.titles.get(t.lower_) == "Lawmaker" for t in doc[max(0, person.i - 4):person.i]):
                continue  # "Senator Lindsey Daugherty of Arvada": a lawmaker's home town
            described = described_as(span, self.lex)  # "SAFEnet, a digital rights network"
            m = Mention(left, tok.i + 1, described or org_type(span.text, self.lex), _clean_name(span.text), "named",
                        tok.i)
            if not described and (len(span) < 2 or tok.lower_ not in ORG_WORDS | AGENCY_WORDS | FIRM_WORDS):
                m.attrs["weak"] = True  # a name that does not say what it names ("the Acme Guild" does)
            yield m

