"""One extractor (model and lexicon loaded once) for every extraction test."""

import pytest

from policygraph.loaders.extract import Extractor


@pytest.fixture(scope="session")
def extractor():
    return Extractor()
