"""The catalogue's records as bit sets, one per filter value, for filtering and counting in memory.

Counting a facet in SQL joins the matching records with the values' table and groups them, once
per facet: ten such queries for one catalogue page, each reading every matching record — at
10,000 records most of the time of a catalogue question nobody has asked before. Here, as in
Solr's filter cache, each value of each filter (a type, a subject, a grade, a tag, …) is the set
of records that have it, as the bits of a Python integer, one bit per record. A question is then
an AND of sets, a count is `int.bit_count()`, and a facet's counts take microseconds however
many records match.

The index of a catalogue is read in five queries and kept in this process until the site
changes (cabinet_site/cache_generation.py: any page published, any vocabulary, tag or file
saved). A record's bit is its position in the "newest first" order; the other orders the
catalogue sorts by are numbered by the database with the rest, so they follow its collation.
"""

from collections import defaultdict

from django.db import router
from django.db.models import F, Window
from django.db.models.functions import RowNumber

from cabinet_site.cache_generation import generation

from .models import Availability, ResourcePage
from .models.pages import GRADE_CHOICES, ResourceDocumentLink, ResourcePageTag

GRADES = [grade for grade, _label in GRADE_CHOICES]
ORDERS = {
    "newest": ("-first_published_at", "-pk"),
    "title": ("title", "pk"),
    "year": ("-year", "title", "pk"),
}
OTHER_ORDERS = {
    name: [F(field[1:]).desc() if field.startswith("-") else F(field).asc() for field in fields]
    for name, fields in ORDERS.items()
    if name != "newest"
}


def bit_set(positions, size):
    """The integer whose bits at `positions` are set."""
    buffer = bytearray((size + 7) // 8)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


class FacetIndex:
    """One catalogue's live, public records: their filter values as bit sets, and their orders."""

    def __init__(self, records):
        fields = ("pk", "resource_type__slug", "grade_min", "grade_max", "year", "availability")
        # The other orders' ranks come with the rows, numbered by the database (its collation).
        ranks = {f"{name}_rank": Window(RowNumber(), order_by=order) for name, order in OTHER_ORDERS.items()}
        rows = list(records.annotate(**ranks).order_by(*ORDERS["newest"]).values_list(*fields, *ranks))
        self.keys = [row[0] for row in rows]
        self.positions = {pk: position for position, pk in enumerate(self.keys)}
        self.size = size = len(self.keys)
        self.everything = (1 << size) - 1
        pks = records.values("pk")

        types, years, grades, on_shelf = defaultdict(list), defaultdict(list), defaultdict(list), []
        for position, (_pk, type_slug, grade_min, grade_max, year, availability, *_ranks) in enumerate(rows):
            if type_slug:
                types[type_slug].append(position)
            if year is not None:
                years[year].append(position)
            for grade in grades_of(grade_min, grade_max):
                grades[grade].append(position)
            if availability == Availability.ON_SHELF:
                on_shelf.append(position)

        subjects = self._grouped(
            ResourcePage.subjects.through.objects.filter(resourcepage_id__in=pks).values_list(
                "resourcepage_id", "subject__slug"
            )
        )
        languages = self._grouped(
            ResourcePage.languages.through.objects.filter(resourcepage_id__in=pks).values_list(
                "resourcepage_id", "language__code"
            )
        )
        tag_rows = (
            ResourcePageTag.objects.filter(content_object_id__in=pks)
            .order_by("tag__name", "tag__slug")
            .values_list("content_object_id", "tag__slug", "tag__name")
        )
        tags, self.tag_names = defaultdict(list), {}
        for pk, slug, name in tag_rows:
            self.tag_names.setdefault(slug, name)
            tags[slug].append(self.positions[pk])
        # Where each tag comes in the database's order of names (its collation, not Python's).
        self.tag_rank = {slug: rank for rank, slug in enumerate(self.tag_names)}
        files = ResourceDocumentLink.objects.filter(page_id__in=pks).values_list("page_id", flat=True)

        def sets(groups):
            return {value: bit_set(positions, size) for value, positions in groups.items()}

        self.values = {
            "type": sets(types),
            "subject": sets(subjects),
            "grade": sets(grades),
            "language": sets(languages),
            "tag": sets(tags),
        }
        self.years = sets(years)
        self.has_file = bit_set({self.positions[pk] for pk in files}, size)
        self.on_shelf = bit_set(on_shelf, size)
        self.orders = {"newest": list(range(size))}
        for column, name in enumerate(OTHER_ORDERS, start=len(fields)):
            self.orders[name] = sorted(range(size), key=lambda position: rows[position][column])

    def _grouped(self, pairs):
        groups = defaultdict(list)
        for pk, value in pairs:
            if value is not None:
                groups[value].append(self.positions[pk])
        return groups

    # Questions ---------------------------------------------------------------------------------

    def of_keys(self, keys):
        """The records among `keys` (others are not in this catalogue)."""
        return bit_set((self.positions[pk] for pk in keys if pk in self.positions), self.size)

    def any_of(self, name, values):
        found = 0
        for value in values:
            found |= self.values[name].get(value, 0)
        return found

    def in_years(self, year_from, year_to):
        found = 0
        for year, records in self.years.items():
            if (year_from is None or year >= year_from) and (year_to is None or year <= year_to):
                found |= records
        return found

    def keys_of(self, records, order="newest"):
        """The primary keys of the records in the set `records`, in one of the catalogue's orders."""
        bits = self._bytes(records)
        return [self.keys[p] for p in self.orders[order] if bits[p >> 3] >> (p & 7) & 1]

    def keys_among(self, records, keys):
        """Those of `keys` (in their order) that are in the set `records`."""
        bits, positions = self._bytes(records), self.positions
        return [pk for pk in keys if (p := positions.get(pk)) is not None and bits[p >> 3] >> (p & 7) & 1]

    def contains(self, records, pk):
        position = self.positions.get(pk)
        return position is not None and bool(records >> position & 1)

    def _bytes(self, records):
        return records.to_bytes((self.size + 7) // 8, "little")


def grades_of(grade_min, grade_max):
    """The grades a record is meant for: all of them when it names none (as grade_condition reads it)."""
    if grade_min is None:
        return GRADES
    if grade_max is None:
        return []
    return [grade for grade in GRADES if grade_min <= grade <= grade_max]


_kept = {}


def facet_index(index_page, records):
    """The index of the catalogue `index_page`, whose records `records()` returns: kept in this
    process until the site changes."""
    current = generation()  # read before the records, so a change meanwhile makes the index stale
    key = (router.db_for_read(ResourcePage), index_page.pk)
    kept = _kept.get(key)
    if kept is None or kept[0] != current:
        kept = _kept[key] = (current, FacetIndex(records()))
    return kept[1]
