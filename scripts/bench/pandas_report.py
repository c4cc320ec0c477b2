#!/usr/bin/env python3
"""The pandas baseline of `chosa report --db` (issue 14): the report's tables, computed from a chosa database the way
a data analyst would with sqlite3 + pandas, one CSV per table.

Reads every stored score card (table `score`, the newest loaded survey) and every latest submission (view
`latest_submission`), parses their JSON and writes, by institution category with an all-institutions row:
response progress, verdict counts, the counts of each measure's status (a table per measure), laxity quantiles and
those of each domain's laxity, and a table per tabulated question (counts of each choice for yes/no and choice
questions, quantiles for numbers and for the number of entries of a repeat). A count table's group with fewer than
--min-cell institutions in its base has its counts blanked (primary suppression only; chosa also suppresses
secondarily). Quantiles are type 7 (pandas' default, as in chosa).

It reads the stored cards; `chosa report --db` re-scores each latest submission with the analysts' current reviews
instead, so chosa does more work than this script for the same tables.

Needs pandas and PyYAML (`pip install pandas pyyaml`; scripts/bench-report.sh says how to set up a venv).

    python3 scripts/bench/pandas_report.py --db chosa.sqlite --out /tmp/pandas-report
"""
import argparse
import json
import sqlite3
import sys
from pathlib import Path

import pandas as pd
import yaml

CATEGORIES = ["national_university", "public_university", "private_university", "national_research_agency",
              "inter_university_institute"]
ALL = "all"
ROWS = CATEGORIES + [ALL]
STAGES = ["invited", "started", "submitted", "scored"]
VERDICTS = ["substandard", "needs_improvement", "adequate"]
STATUSES = ["met", "partial", "not_met", "not_applicable"]
PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9]
CHUNK = 10_000  # rows read and parsed at a time
SUMMARY = ["count", "min", "p10", "q1", "median", "q3", "p90", "max", "mean"]


def tabulated_questions(survey):
    """(id, kind, choice values) of every yes/no, choice, number and repeat outside a repeat, in document order."""
    lists = {name: [choice["value"] for choice in choices] for name, choices in (survey.get("choice_lists") or {}).items()}
    questions = []

    def visit(items):
        for item in items:
            kind = item.get("type")
            if kind == "group":
                visit(item.get("items") or [])
            elif "text" not in item:
                continue
            elif kind == "yes_no":
                questions.append((item["id"], "single", ["yes", "no"]))
            elif kind in ("select_one", "select_multiple"):
                questions.append((item["id"], "single" if kind == "select_one" else "multiple",
                                  lists.get(item.get("choices"), [])))
            elif kind in ("integer", "decimal"):
                questions.append((item["id"], "number", []))
            elif kind == "repeat":
                questions.append((item["id"], "entries", []))

    for section in survey.get("sections") or []:
        visit(section.get("items") or [])
    return questions


def with_all_row(counts, columns):
    """`counts` (rows: categories) in the report's row order with the all-institutions row, zeros where missing."""
    table = counts.reindex(index=CATEGORIES, columns=columns, fill_value=0).fillna(0).astype("int64")
    table.loc[ALL] = table.sum()
    return table


def suppress(table, base, minimum):
    """Blanks the counts of every group whose base is below `minimum` (the base column itself stays)."""
    table = table.astype("Int64")
    small = base.reindex(table.index).fillna(0) < minimum
    table.loc[small, [column for column in table.columns if column != "base"]] = pd.NA
    return table


def summaries(frame, value_columns, minimum):
    """Quantile summaries of each of `value_columns` by category and for all (groups with fewer than `minimum` values
    blanked): a table per column, by column."""
    stats = ["count", "min", "10%", "25%", "50%", "75%", "90%", "max", "mean"]
    by_category = frame.groupby("category")[value_columns].describe(percentiles=PERCENTILES)
    overall = frame[value_columns].describe(percentiles=PERCENTILES)
    parts = []
    for column in value_columns:
        part = by_category[column].reindex(CATEGORIES)[stats] if len(by_category) else pd.DataFrame(index=CATEGORIES, columns=stats)
        part.loc[ALL] = overall[column][stats]
        part.columns = SUMMARY
        part["count"] = part["count"].fillna(0).astype("int64")
        part.loc[part["count"] < minimum, SUMMARY[1:]] = float("nan")
        parts.append(part)
    return dict(zip(value_columns, parts))


def card_frames(chunk, measure_ids, domain_ids):
    """The verdict and laxity, each measure's status and each domain's laxity of a chunk of stored cards."""
    cards = [json.loads(card) for card in chunk["card"]]
    scored = pd.DataFrame({"verdict": [card["verdict"] for card in cards], "laxity": [card["laxity"] for card in cards]},
                          index=chunk.index)
    statuses = pd.DataFrame.from_records([{measure: result["status"] for measure, result in card["measures"].items()}
                                          for card in cards], index=chunk.index, columns=measure_ids)
    domains = pd.DataFrame.from_records([card["domains"] for card in cards], index=chunk.index, columns=domain_ids)
    return scored, statuses, domains.astype("float64")


def answer_frame(chunk, ids, repeats):
    """The answers to the tabulated questions of a chunk of submissions, a repeat's as its number of entries."""
    answers = pd.DataFrame.from_records([json.loads(content).get("answers", {}) for content in chunk["content"]],
                                        index=chunk.index, columns=ids)
    for question_id in repeats:
        answers[question_id] = answers[question_id].map(lambda entries: len(entries) if isinstance(entries, list) else float("nan"))
    return answers


def concat(frames):
    """The frames one below the other (an empty frame when there are none)."""
    return pd.concat(frames) if frames else pd.DataFrame()


def write(table, folder, name):
    """Writes `table` as `name`.csv into `folder`."""
    table.index.name = "group"
    table.to_csv(folder / f"{name}.csv", float_format="%.6g")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the chosa SQLite database (opened read-only)")
    parser.add_argument("--out", required=True, help="folder for the CSV files (created if missing)")
    parser.add_argument("--min-cell", type=int, default=5, help="fewest institutions a group needs (default 5)")
    arguments = parser.parse_args()
    folder = Path(arguments.out)
    folder.mkdir(parents=True, exist_ok=True)
    minimum = arguments.min_cell

    if not Path(arguments.db).is_file():
        sys.exit(f"pandas_report: {arguments.db} is not a file")
    database = sqlite3.connect(f"file:{arguments.db}?mode=ro", uri=True)
    newest = database.execute("SELECT survey_id, survey_yaml, rubric_yaml FROM survey_version ORDER BY id DESC LIMIT 1").fetchone()
    if newest is None:
        sys.exit(f"pandas_report: no survey is loaded in {arguments.db}")
    survey_id, survey_yaml, rubric_yaml = newest
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it
    survey = yaml.load(survey_yaml, Loader=loader)
    rubric = yaml.load(rubric_yaml, Loader=loader)

    measure_ids = [measure["id"] for domain in rubric["domains"] for measure in domain["measures"]]
    domain_ids = [domain["id"] for domain in rubric["domains"]]
    questions = tabulated_questions(survey)
    ids = [question_id for question_id, _, _ in questions]
    repeats = [question_id for question_id, kind, _ in questions if kind == "entries"]

    institutions = pd.read_sql_query("SELECT id, category FROM institution", database, index_col="id")
    invited = pd.read_sql_query("SELECT DISTINCT institution_id FROM invitation", database)["institution_id"]
    drafted = pd.read_sql_query("SELECT institution_id FROM draft WHERE survey_id = ?", database,
                                params=(survey_id,))["institution_id"]
    # The cards and submissions are read and parsed a chunk at a time, keeping only what the tables need.
    card_chunks = [card_frames(chunk, measure_ids, domain_ids) for chunk in pd.read_sql_query(
        "SELECT institution_id, card FROM score WHERE survey_id = ?", database, params=(survey_id,),
        index_col="institution_id", chunksize=CHUNK)]
    answer_chunks = [answer_frame(chunk, ids, repeats) for chunk in pd.read_sql_query(
        "SELECT institution_id, content FROM latest_submission WHERE survey_id = ?", database, params=(survey_id,),
        index_col="institution_id", chunksize=CHUNK)]
    database.close()
    if not card_chunks:
        sys.exit(f"pandas_report: no score cards are stored for survey '{survey_id}' in {arguments.db}")
    scored, statuses, domains = (concat([chunk[part] for chunk in card_chunks]) for part in range(3))
    answers = concat(answer_chunks)

    # Response progress: each stage counts the institutions that reached it or a later one.
    stage = pd.Series(0, index=institutions.index)
    stage[stage.index.isin(invited)] = 1
    stage[stage.index.isin(drafted)] = 2
    stage[stage.index.isin(answers.index)] = 3
    stage[stage.index.isin(scored.index)] = 4
    reached = pd.DataFrame({name: stage >= level for level, name in enumerate(STAGES, start=1)})
    reached["base"] = True
    progress = with_all_row(reached.groupby(institutions["category"]).sum(), ["base"] + STAGES)
    write(suppress(progress, progress["base"], minimum), folder, "response")

    # The stored score cards.
    scored["category"] = institutions["category"].reindex(scored.index)
    base = with_all_row(scored.groupby("category").size().to_frame("base"), ["base"])["base"]

    verdicts = pd.crosstab(scored["category"], scored["verdict"])
    verdicts = pd.concat([base, with_all_row(verdicts, VERDICTS)], axis=1)
    write(suppress(verdicts, base, minimum), folder, "verdict")

    # A measure a card lacks (scored with an older rubric) did not apply to the institution.
    statuses = statuses.fillna("not_applicable")
    statuses["category"] = scored["category"]
    long = statuses.melt(id_vars="category", var_name="measure", value_name="status")
    counts = long.groupby(["measure", "category", "status"]).size().unstack("status", fill_value=0)
    for measure in measure_ids:
        table = counts.xs(measure, level="measure") if measure in counts.index.get_level_values("measure") else pd.DataFrame()
        table = pd.concat([base, with_all_row(table, STATUSES)], axis=1)
        write(suppress(table, base, minimum), folder, f"measure.{measure}")

    domains["laxity"] = scored["laxity"]
    domains["category"] = scored["category"]
    for column, table in summaries(domains, ["laxity"] + domain_ids, minimum).items():
        write(table, folder, column if column == "laxity" else f"domain.{column}")

    # The answers of every latest submission to the tabulated questions.
    category = institutions["category"].reindex(answers.index)
    numbers = pd.DataFrame({"category": category})
    for question_id, kind, values in questions:
        column = answers[question_id]
        if kind == "single":
            chosen = column[column.isin(values)]
        elif kind == "multiple":
            chosen = column.dropna().explode()
            chosen = chosen[chosen.isin(values)]
        elif kind == "number":
            numbers[question_id] = pd.to_numeric(column, errors="coerce")
            continue
        else:
            numbers[question_id] = column
            continue
        answered = with_all_row(category[chosen.index.unique()].value_counts().to_frame("base"), ["base"])["base"]
        table = pd.crosstab(category[chosen.index].to_numpy(), chosen.to_numpy()) if len(chosen) else pd.DataFrame()
        table = pd.concat([answered, with_all_row(table, values)], axis=1)
        write(suppress(table, answered, minimum), folder, f"question.{question_id}")
    number_ids = [question_id for question_id, kind, _ in questions if kind in ("number", "entries")]
    for column, table in summaries(numbers, number_ids, minimum).items():
        write(table, folder, f"question.{column}")


if __name__ == "__main__":
    main()
