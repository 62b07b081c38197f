"""The search evaluation set: 48 catalogue records (kk, ru, en) and the queries teachers type for them.

`resources.json` holds the records; `queries.json` the queries, each with the records it should find
and its kind (inflected forms, Russian-keyboard typing, Latin script, capitals, Russian, English,
several words, typos). Used by search/tests/test_evaluation.py and benchmarks/search.py.
"""

import json
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
RESOURCES = json.loads((FOLDER / "resources.json").read_text(encoding="utf-8"))
QUERIES = json.loads((FOLDER / "queries.json").read_text(encoding="utf-8"))
CUTOFF = 10


def load_records(catalogue):
    """The evaluation records as live pages under `catalogue`: {record id: page primary key}."""
    from resources.models import Language, ResourcePage, ResourceType

    resource_type = ResourceType.objects.filter(locale=catalogue.locale_id).order_by("pk").first()
    pks = {}
    for item in RESOURCES:
        record = ResourcePage(
            title=item["title"],
            slug=f"eval-{item['id']}",
            description=item["description"],
            resource_type=resource_type,
        )
        catalogue.add_child(instance=record)
        record.languages.set(Language.objects.filter(code=item["language"]))
        pks[item["id"]] = record.pk
    return pks


@dataclass
class Scores:
    recall: float  # the share of the expected records among the first CUTOFF results, averaged
    mrr: float  # 1 / the rank of the first expected record (0 past CUTOFF), averaged
    misses: list  # (query, expected ids not found)


def evaluate(search, pks):
    """Score `search(query) -> primary keys, best first` on every query of the set."""
    ids = {pk: record_id for record_id, pk in pks.items()}
    recalls, reciprocal_ranks, misses = [], [], []
    for query in QUERIES:
        found = [ids.get(pk) for pk in search(query["q"])[:CUTOFF]]
        expected = set(query["expected"])
        recalls.append(len(expected & set(found)) / len(expected))
        rank = next((position for position, record_id in enumerate(found, 1) if record_id in expected), None)
        reciprocal_ranks.append(1 / rank if rank else 0.0)
        if expected - set(found):
            misses.append((query["q"], sorted(expected - set(found))))
    return Scores(sum(recalls) / len(recalls), sum(reciprocal_ranks) / len(reciprocal_ranks), misses)
