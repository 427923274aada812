"""A warning of harm that names no measure finds fault with the measure in hand; a warning of something no
worse than news blames nothing; a warning that names the measure is read as before. All sentences are
invented."""

from extracthelpers import run

LAW = "Congress passed the Personal Data Protection Law in December. "


def test_a_warning_of_harm_criticizes_the_measure_in_hand(extractor):
    text = LAW + "The Valparaiso Chamber of Commerce warned that small firms would struggle to absorb compliance costs."
    _, rels, _ = run(extractor, text, date="2024-01-01")
    assert ("Valparaiso Chamber of Commerce", "CRITICIZED", "oppose", "Personal Data Protection Law") in rels, rels


def test_a_warning_without_blame_takes_no_side(extractor):
    text = LAW + "The Valparaiso Chamber of Commerce warned that exporters would look for new markets."
    _, rels, _ = run(extractor, text, date="2024-01-01")
    assert not any(r[0] == "Valparaiso Chamber of Commerce" for r in rels), rels


def test_a_warning_that_names_the_measure_keeps_its_own_reading(extractor):
    text = LAW + "The Valparaiso Chamber of Commerce warned that the law would hurt small firms."
    _, rels, _ = run(extractor, text, date="2024-01-01")
    assert any(r[0] == "Valparaiso Chamber of Commerce" and r[2] == "oppose" for r in rels), rels
