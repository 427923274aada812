"""Readers: each file type, titles and dates, and every kind of bad input skipped with its reason."""

import json
import os

import pytest

from policygraph.loaders.dates import find_dates, in_next_year, parse_date
from policygraph.loaders.read import Skipped, read_paths


def _read(paths):
    items = list(read_paths(paths))
    return [i for i in items if not isinstance(i, Skipped)], [i for i in items if isinstance(i, Skipped)]


def test_text_markdown_html_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("Ban shelved\nDecember 8, 2025\n\nThe ban was shelved.\n")
    (tmp_path / "b.md").write_text("---\ntitle: Rule eased\ndate: 2024-05-14\nurl: https://example.org/b\n---\n"
                                   "# Rule eased\n\nThe **rule** was eased.\n")
    (tmp_path / "c.html").write_text(
        "<html><head><title>Site | Page</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Act passed</h1><time datetime='2023-09-19T08:00:00Z'>19 Sept</time>"
        "<p>The act passed.</p><script>var x = 1;</script></article><footer>Subscribe now</footer></body></html>")
    (tmp_path / "d.jsonl").write_text(json.dumps({"title": "Order delayed", "date": "2025-01-20",
                                                  "url": "https://example.org/d", "text": "The order was delayed."}) + "\n")
    docs, skipped = _read([tmp_path])
    assert not skipped
    by_title = {d.title: d for d in docs}
    assert by_title["Ban shelved"].date == "2025-12-08"
    assert by_title["Rule eased"].date == "2024-05-14" and by_title["Rule eased"].url == "https://example.org/b"
    assert "**" not in by_title["Rule eased"].text
    html = by_title["Act passed"]
    assert html.date == "2023-09-19" and "Subscribe" not in html.text and "Home" not in html.text
    assert "var x" not in html.text and "The act passed." in html.text
    assert by_title["Order delayed"].path.endswith("d.jsonl:1")


def test_a_feed_headline_heads_the_text_unless_the_text_already_opens_with_it(tmp_path):
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"title": "Regulator shelves levy", "text": "The levy was shelved."}) + "\n"
        + json.dumps({"title": "Ban lifted", "text": "Ban lifted\n\nThe ban was lifted."}) + "\n"
        + json.dumps({"title": "word " * 60, "text": "The curb was eased."}) + "\n")
    docs, _ = _read([tmp_path])
    assert [d.text for d in docs] == ["Regulator shelves levy\n\nThe levy was shelved.",
                                      "Ban lifted\n\nThe ban was lifted.", "The curb was eased."]


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n", "empty file"),
    ("binary.txt", b"\x89PNG\x00\x00\x01", "binary file"),
    ("latin1.txt", "Caf\xe9 law".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 3)"),
    ("nav.html", b"<html><nav>Home</nav><footer>(c)</footer>", "no article text found in the HTML"),
    ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
])
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    docs, skipped = _read([path])
    assert not docs
    assert len(skipped) == 1 and reason in skipped[0].reason and str(path) in str(skipped[0])


def test_truncated_html_still_reads(tmp_path):
    path = tmp_path / "cut.html"
    path.write_text("<html><body><article><h1>Ban paused</h1><p>The ban was paused by the agency on Monday")
    docs, skipped = _read([path])
    assert not skipped and "The ban was paused" in docs[0].text


def test_malformed_jsonl_lines_name_their_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "The bill passed."}\n{broken\n[1]\n{"title": "no text"}\n')
    docs, skipped = _read([path])
    assert len(docs) == 1
    assert [(s.line, s.reason.split(" (")[0]) for s in skipped] == [
        (2, "invalid JSON"), (3, "not a JSON object"), (4, "no 'text' field")]
    assert str(skipped[0]).startswith(f"skipped {path}:2:")


def test_missing_path(tmp_path):
    _, skipped = _read([tmp_path / "nope"])
    assert skipped[0].reason == "no such file or folder"


def test_a_path_that_is_neither_file_nor_folder(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    _, skipped = _read([pipe])
    assert skipped[0].reason == "not a regular file or folder"


@pytest.mark.parametrize("text, expected", [
    ("Published 2024-09-30", "2024-09-30"),
    ("BRUSSELS, Dec 9 2023 -", "2023-12-09"),
    ("14 March 2024", "2024-03-14"),
    ("Updated: 2023-09-19T10:00:00Z", "2023-09-19"),
    ("no date here", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_relative_dates_use_the_document_date():
    found = [d[0] for d in find_dates("It was released on Sunday after a vote in October last year.",
                                      reference="2025-12-08")]
    assert found[:2] == ["2025-12-07", "2024-10"]


@pytest.mark.parametrize("name, content", [
    ("dots.txt", "\n\n....\n\n"),
    ("front.md", "---\ntitle: Only metadata\n---\n"),
])
def test_files_without_text_are_skipped(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    docs, skipped = _read([path])
    assert not docs and skipped[0].reason.startswith("no text")


@pytest.mark.parametrize("opening, expected", [
    ("OSLO, Aug. 5, 2024 - The minister signed the order.", "2024-08-05"),
    ("LYON (June 12, 2018) - Parliament approved the law on Tuesday.", "2018-06-12"),
    ("ALBANY, N.Y., Oct. 18 (2022) -- A judge struck the tax down.", "2022-10-18"),
    ("PERTH, Sunday 24 November 2024 \u2014 The government dropped its plan.", "2024-11-24"),
    ("DENVER, Colo. -- Lawmakers met in March 2024 - and again later - to talk about it.", None),
])
def test_a_dateline_opening_the_first_paragraph_dates_the_document(tmp_path, opening, expected):
    (tmp_path / "a.txt").write_text("A headline long enough that it is not read as a dateline at all\n\n"
                                    + opening + " It was a long day for everyone who had followed the case.\n")
    docs, _ = _read([tmp_path])
    assert docs[0].date == expected


def test_a_month_ahead_in_a_future_clause_moves_to_the_coming_year_unless_told_as_last_year():
    assert in_next_year("2024-12", "2025-04-15", "It will take effect in December.")
    assert not in_next_year("2024-12", "2025-04-15", "It took effect in December last year and will stay.")
    assert not in_next_year("2024-02", "2025-04-15", "It will take effect in February.")  # a month already past
    assert not in_next_year("2024-12", "2025-04-15", "It will take effect in December 2024.")
    assert in_next_year("2025-01", "2025-05-14", "It will scrap the duty in January.")  # told in May: next January
    assert not in_next_year("2025-05-12", "2025-05-14", "It will cut the duty, the minister said on Monday.")


def test_last_and_the_story_s_own_month_is_a_year_ago():
    assert [d[0] for d in find_dates("It was vetoed last September.", default_year="2025",
                                     reference="2025-09-30")] == ["2024-09"]
    assert [d[0] for d in find_dates("It was vetoed last September.", default_year="2025",
                                     reference="2025-11-30")] == ["2025-09"]
    assert [d[0] for d in find_dates("It was vetoed in September.", default_year="2025",
                                     reference="2025-09-30")] == ["2025-09"]


def test_last_this_and_next_month_are_months_counted_from_the_story_s_date():
    assert [d[0] for d in find_dates("The lower house passed it last month.", reference="2022-01-11")] == ["2021-12"]
    assert [d[0] for d in find_dates("It passed earlier this month.", reference="2022-01-11")] == ["2022-01"]
    assert [d[0] for d in find_dates("It takes effect next month.", reference="2022-12-03")] == ["2023-01"]


def test_a_bare_weekday_and_a_hyphened_or_weekly_month_are_dates():
    assert [d[0] for d in find_dates("The Senate passed the bill Tuesday.", reference="2022-05-11")] == ["2022-05-10"]
    assert [d[0] for d in find_dates("It was pulled in mid-March.", reference="2022-05-11")] == ["2022-03"]
    assert [d[0] for d in find_dates("It lapsed in the first week of April.", reference="2022-05-11")] == ["2022-04"]
    assert find_dates("Firms must comply by Friday and can sell from Monday.", reference="2022-05-11") == []
