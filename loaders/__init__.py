"""Documents in: readers for each file type, the spaCy extractor, resolution and the build pipeline."""
