"""A body a measure sets up, creates a unit within, directs to act or makes responsible runs the measure
(ENFORCES). All sentences are invented."""

import pytest
from extracthelpers import run


@pytest.mark.parametrize("text, body", [
    ("The act sets up a five-member Online Safety Commission with power to order platforms to take down posts.",
     "Online Safety Commission"),
    ("The act creates a new unit within the Copyright Commission that can order websites blocked.",
     "Copyright Commission"),
    ("It directs the Office of the Privacy Commissioner to develop a code for children's data within two years.",
     "Office of the Privacy Commissioner"),
])
def test_a_body_the_act_founds_or_directs_enforces_it(extractor, text, body):
    _, rels, _ = run(extractor, "Parliament passed the Online Harms Act in May. " + text, date="2024-06-01")
    assert (body, "ENFORCES", None, "Online Harms Act") in rels, rels


def test_a_body_the_bill_would_have_made_responsible_enforces_it(extractor):
    text = ("Parliament rejected the Crypto Markets Bill in May. The bill would have made the Financial Supervision "
            "Authority responsible for licensing exchanges.")
    _, rels, _ = run(extractor, text, date="2024-06-01")
    assert ("Financial Supervision Authority", "ENFORCES", None, "Crypto Markets Bill") in rels, rels


def test_setting_a_body_on_a_course_founds_nothing(extractor):
    text = ("Parliament passed the Online Harms Act in May. The act set the Online Safety Commission on a collision "
            "course with the platforms.")
    _, rels, _ = run(extractor, text, date="2024-06-01")
    assert not any(r[1] == "ENFORCES" for r in rels), rels
