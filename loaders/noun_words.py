"""Word lists for the noun rules (nouns.py): modifiers that name no measure, heads that need a preposition,
nouns that point back, and words that make a noun something other than a measure ("higher bills")."""

GENERIC_MODIFIERS = {"new", "such", "other", "several", "key", "strict", "stricter", "tough", "tougher", "broad",
                     "broader", "proposed", "current", "existing", "sweeping", "similar", "same", "latest",
                     "recent", "further", "additional", "many", "some", "certain", "various", "major", "planned",
                     "controversial", "original", "final", "earlier", "previous", "own", "more", "most", "federal",
                     "national", "first", "second", "whole", "entire", "landmark", "draft", "revised", "initial",
                     "temporary", "full", "last", "outgoing", "incoming", "former", "prior", "then", "sitting",
                     "main", "biggest", "big", "central", "principal", "primary"}
# Words that say how sweeping a measure is: "a total ban" is named so, "the outright ban" is the ban told before
SWEEPING = {"outright", "total", "blanket", "wholesale", "near-total"}
# Measure heads that name a measure only with one preposition: "an end to duty-free treatment" (not "the
# end of the year").
ONLY_WITH = {"end": "to", "control": "on", "system": "for"}  # "control of LINE" is ownership, "the nervous
# system of the economy" no measure
# What makes a rise (RAISES) a measure: "a tariff increase", "the excise duty hike".
LEVIES = {"tax", "duty", "tariff", "levy", "fee", "vat", "excise", "toll", "surcharge", "surtax"}
# Heads whose "to" names who receives them: "granted licences to WeChat and TikTok" is no rule.
GIVEN = {"licence", "license", "permit", "grant"}
BODIES = {"group", "association", "coalition", "alliance"}  # "the group's director": a body named before
FORMER = {"outgoing", "former", "previous", "prior"}  # not the government in office in the story
# Nouns a measure is issued in: "issued its third round of restrictions" (the restrictions were issued)
BATCHES = {"round", "set", "series", "raft", "batch", "wave", "slew", "package"}
DETERMINERS = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such"}
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
            "it": "thing", "its": "thing", "they": "plural", "them": "plural", "their": "plural"}
IDIOMS = {"rule of law", "rules of the road", "code of conduct", "order of business", "rule of thumb", "control of"}
# Weak measure nouns that, with "the", point back to the measure in hand: "the data protection changes".
PART_NOUNS = {"change", "amendment", "provision", "proposal", "package", "reform", "overhaul", "revision", "section"}
# Verbs that make a measure and whose object's "on ..." the parser may hang on the verb: "imposed curbs on
# sales of chips" is one measure, "curbs on sales of chips".
VERB_HUNG = {"impose", "tighten", "announce", "introduce", "propose", "unveil", "adopt", "lift",
             "extend", "expand", "ease", "relax", "loosen"}  # not "put": "put the rules on hold"


COMMANDS = {"order", "direct", "instruct"}  # a measure only with what is ordered: "ordered Apple to build ..."
DURATIONS = {"year", "month", "decade", "week", "day"}  # "called for a total ban | for years"
MARKET_POWER = {"market", "bargaining", "pricing", "purchasing", "buying", "monopoly", "economic", "computing",
                "soft", "lobbying", "political", "financial", "constitutional", "legislative"}

UNDOING = {"BLOCKED", "RESCINDED", "REVERSED", "DROPPED"}  # status changes that halt or undo a measure
DUTIES = {"check", "test", "label", "audit", "filter", "warning", "insurance", "review", "vetting"}
SPANS_OF_TIME = {"hour", "day", "week", "month", "year"}  # "a two-day block": a measure for a set time
RELIEFS = {"exemption", "exception", "waiver", "carve-out", "reprieve"}  # "an exemption from the hours cap"
DEPRIVING = {"strip", "deprive", "rob", "relieve", "drain"}  # "strip X of its force": X loses what "of" names

# What a body's own measure is called after its name: "the bloc's proposed law" (not "the agency's proposed
# amendments" to other laws, nor "the commission's order", often a new one)
OWNED = {"law", "bill", "act", "legislation", "regulation", "rule", "proposal", "plan", "ban", "measure", "directive",
         "decree"}
EVENTS = {"decision", "move", "vote", "ruling", "step", "announcement", "meeting"}

BACKED = {"backed", "funded", "sponsored", "supported", "championed", "bankrolled", "financed"}  # "Uber-backed bill"
# Words that make a bill one to pay: "higher bills", "their internet bills" (not "the energy bill", a law).
INVOICES = {"higher", "lower", "internet", "phone", "utility", "electricity", "monthly", "medical", "hospital",
            "hefty", "unpaid", "heating", "cable", "dinner", "restaurant", "grocery", "water"}
BODIES_OF_LAW = {"international", "domestic", "local", "national", "criminal", "civil", "common", "federal"}
AMOUNTS = {"little", "less"}  # "paid little tax": an amount, not a measure
PRICED = {"cheap", "cheaper", "cheapest", "pricier", "discounted", "prepaid", "postpaid", "unlimited"}  # products
# Comparatives that make a measure a weaker form of the one told: "lobbied for looser consent requirements"
WEAKER = {"weaker", "looser", "softer", "lighter", "narrower", "laxer", "watered-down", "diluted", "slimmed-down"}
JUDGES = {"judge", "justice", "magistrate", "court"}  # whose "order" is a ruling
