"""How fast is the catalogue with many records? Run from the project folder:

    .venv/bin/python benchmarks/catalogue.py                       # 10,000 records, SQLite
    .venv/bin/python benchmarks/catalogue.py --sizes 10000,50000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cabinet .venv/bin/python benchmarks/catalogue.py

Each database gets a fresh temporary one (a SQLite file; on PostgreSQL a new database next to the
one DATABASE_URL names, dropped at the end). Records are seeded in bulk, then the catalogue page is
requested with a query and two filters through django.test.Client, and a list of rows is imported
with `import_catalogue`. Every time is printed beside a trivial view (HttpResponse("ok")) timed in the
same process, so the ratios compare across machines. See benchmarks/README.md.
"""

import argparse
import datetime
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = {"q": "бағалау", "type": "methodological-guide", "subject": "pedagogy"}
TAGS = [
    "жас маман",
    "қалыптастырушы бағалау",
    "жиынтық бағалау",
    "Кембридж",
    "ашық сабақ",
    "функционалдық сауаттылық",
    "үштілді білім",
    "инклюзивті білім",
    "STEM",
    "ҰБТ",
    "PISA",
    "шеберлік сыныбы",
]
TOPICS = [
    "Сабақ жоспарлары",
    "Әдістемелік нұсқаулық",
    "Тапсырмалар жинағы",
    "Жұмыс дәптері",
    "Бағалау материалдары",
    "Оқушыға арналған анықтамалық",
    "Мұғалімге арналған кітап",
    "Ұзақ мерзімді жоспар",
]
SENTENCES = [
    "Жаңартылған оқу бағдарламасы бойынша әзірленген материалдар.",
    "Қалыптастырушы бағалау тәсілдері мен дескрипторлар берілген.",
    "Оқушылардың функционалдық сауаттылығын дамытуға арналған тапсырмалар.",
    "Сабақтың мақсаттары, барысы және кері байланыс үлгілері.",
    "Жас мамандарға арналған кеңестер мен сабақ талдауы.",
    "Бөлім бойынша жиынтық бағалау тапсырмалары жауаптарымен.",
    "Топтық және жұптық жұмысқа арналған саралап берілген тапсырмалар.",
    "Зертханалық жұмыстардың нұсқаулары мен қауіпсіздік ережелері.",
    "Мәтінмен жұмыс, сөздік қорды молайту және диалог құру.",
    "Ата-аналармен жұмыс және сынып сағаттарының тақырыптары.",
    "Олимпиадаға дайындыққа арналған күрделі есептер.",
    "Пән апталығы мен ашық сабаққа арналған сценарийлер.",
]
AUTHORS = [
    "Сапарова Г. Қ.",
    "Жұмабекова А. С.",
    "Ковальчук Е. В.",
    "Төлеген Е. М.",
    "Бекмұратов А. Ж.",
    "Ли И. В.",
    "Seitkali A.",
    "Оспанова Л. Т.",
    "Қасымова А. Е.",
    "Ахметова А. Н.",
]
PUBLISHERS = ["Атамұра", "Мектеп", "Алматыкітап баспасы", "Арман-ПВ", "Жазушы", ""]


# The parent: one worker process per database --------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="catalogue sizes to measure, ascending (default 10000)")
    parser.add_argument("--requests", type=int, default=30, help="timed requests of the catalogue page (30)")
    parser.add_argument("--import-rows", type=int, default=10000, help="rows in the imported list (10000; 0 skips)")
    parser.add_argument("--database", choices=["sqlite", "postgres", "all"], default="all")
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # a database URL: run the measurements there
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    if args.worker:
        print(json.dumps(run_worker(args.worker, sizes, args.requests, args.import_rows)))
        return

    targets = []
    if args.database in ("sqlite", "all"):
        targets.append(("SQLite", None))
    if args.database in ("postgres", "all") and os.environ.get("DATABASE_URL", "").startswith("postgres"):
        targets.append(("PostgreSQL", os.environ["DATABASE_URL"]))
    results = []
    for label, url in targets:
        print(f"{label}: seeding and measuring {', '.join(f'{size:,}' for size in sizes)} records …", flush=True)
        with temporary_database(url) as worker_url:
            command = [sys.executable, __file__, "--worker", worker_url, "--sizes", ",".join(map(str, sizes))]
            command += ["--requests", str(args.requests), "--import-rows", str(args.import_rows)]
            environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "cabinet_site.settings.test"}
            # stderr is left to the terminal: the worker reports its progress there.
            output = subprocess.run(command, stdout=subprocess.PIPE, text=True, env=environment, cwd=ROOT)
            if output.returncode:
                sys.exit(f"The {label} measurements failed (exit code {output.returncode}).")
            results.append((label, json.loads(output.stdout.strip().splitlines()[-1])))
    print_table(results)


class temporary_database:
    """A SQLite file in a temporary folder, or a new PostgreSQL database beside the given one."""

    def __init__(self, url):
        self.url = url

    def __enter__(self):
        if self.url is None:
            self.folder = tempfile.TemporaryDirectory(prefix="cabinet-bench-")
            return f"sqlite:///{self.folder.name}/bench.sqlite3"
        import dj_database_url
        import psycopg

        config = dj_database_url.parse(self.url)
        self.name = f"cabinet_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.server = {
            "host": config["HOST"] or None,
            "port": config["PORT"] or None,
            "user": config["USER"] or None,
            "password": config["PASSWORD"] or None,
            "dbname": "postgres",
        }
        with psycopg.connect(**self.server, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{self.name}"')
        base, _slash, _name = self.url.rpartition("/")
        return f"{base}/{self.name}"

    def __exit__(self, *exc):
        if self.url is None:
            self.folder.cleanup()
            return
        import psycopg

        with psycopg.connect(**self.server, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def print_table(results):
    print()
    for label, result in results:
        trivial = result["trivial"]
        print(f"{label} — trivial view p50 {ms(trivial['p50'])}, p95 {ms(trivial['p95'])} (= 1×)")
        header = f"{'measurement':<52} {'p50':>10} {'p95':>10} {'p50 ×':>10} {'p95 ×':>10}"
        print(header)
        print("-" * len(header))
        for row in result["rows"]:
            p50, p95 = row["p50"], row.get("p95")
            print(
                f"{row['label']:<52} {ms(p50):>10} {ms(p95) if p95 else '':>10} "
                f"{ratio(p50, trivial['p50']):>10} {ratio(p95, trivial['p95']) if p95 else '':>10}"
            )
        for note in result["notes"]:
            print(f"  {note}")
        print()


def ms(seconds):
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def ratio(value, base):
    return f"{value / base:,.0f}×"


# The worker: seed, measure, report as JSON ----------------------------------------------------------


def run_worker(database_url, sizes, requests, import_rows):
    os.environ["DATABASE_URL"] = database_url
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.urls import clear_url_caches

    media = tempfile.TemporaryDirectory(prefix="cabinet-bench-media-")
    settings.MEDIA_ROOT = media.name
    # Every request renders the page; the page cache is timed on its own row.
    page_cache_seconds, settings.PAGE_CACHE_SECONDS = settings.PAGE_CACHE_SECONDS, 0
    settings.ROOT_URLCONF = BenchmarkURLs()
    clear_url_caches()

    notes, rows = [], []
    started = time.perf_counter()
    progress("migrating")
    call_command("migrate", verbosity=0)
    notes.append(f"migrations: {time.perf_counter() - started:.1f} s")
    catalogue = make_site()

    from django.test import Client

    client = Client()
    trivial = timings(client, "/bench/ok/", {}, max(requests, 200))
    seeded = 0
    rng = random.Random(2024)
    for size in sizes:
        started = time.perf_counter()
        progress(f"seeding {size - seeded:,} records")
        seed(catalogue, seeded, size, rng)
        seeded_in = time.perf_counter() - started
        started = time.perf_counter()
        progress("indexing them")
        index_records(catalogue, seeded, size)
        indexed_in = time.perf_counter() - started
        notes.append(
            f"seeding {size - seeded:,} records: {seeded_in:.1f} s in bulk, then {indexed_in:.1f} s "
            f"for their search index ({(size - seeded) / (seeded_in + indexed_in):,.0f} records/s)"
        )
        seeded = size
        url = catalogue.url
        progress(f"timing the catalogue with {size:,} records")
        client.get(url, QUERY)  # warm the caches (site root paths, templates)
        page = timings(client, url, QUERY, requests)
        rows.append(
            {"label": f"catalogue, q + type + subject, {size:,} records", **page, "results": result_count(client)}
        )
        plain = timings(client, url, {}, requests)
        rows.append({"label": f"catalogue, no filters, {size:,} records", **plain})
        settings.PAGE_CACHE_SECONDS = page_cache_seconds
        client.get(url, QUERY)  # kept by the page cache
        cached = timings(client, url, QUERY, requests)
        settings.PAGE_CACHE_SECONDS = 0
        rows.append({"label": f"catalogue, q + type + subject, {size:,} records, from the page cache", **cached})
    notes.append(f"the query: {QUERY}; {rows[-3]['results']} matching records at the largest size")

    if import_rows:
        progress(f"importing {import_rows:,} rows")
        import_seconds, message = import_list(catalogue, import_rows, seeded, media.name)
        rows.append({"label": f"import_catalogue, {import_rows:,} new rows", "p50": import_seconds})
        notes.append(f"import: {message} ({import_seconds / import_rows * 1000:.1f} ms per row)")
    media.cleanup()
    return {"trivial": trivial, "rows": rows, "notes": notes, "database": settings.DATABASES["default"]["ENGINE"]}


def progress(message):
    print(f"  [{time.strftime('%H:%M:%S')}] {message} …", file=sys.stderr, flush=True)


def trivial_view(request):
    from django.http import HttpResponse

    return HttpResponse("ok")


class BenchmarkURLs:
    """The site's own URLs, plus the trivial view the measurements are compared with."""

    @property
    def urlpatterns(self):
        from django.urls import path

        from cabinet_site import urls

        return [path("bench/ok/", trivial_view), *urls.urlpatterns]


def timings(client, url, params, count):
    durations = []
    for _number in range(count):
        started = time.perf_counter()
        response = client.get(url, params)
        durations.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    durations.sort()
    return {
        "p50": statistics.median(durations),
        "p95": durations[min(len(durations) - 1, round(0.95 * (len(durations) - 1)))],
    }


def result_count(client):
    from resources.catalogue import CatalogueQuery
    from resources.models import ResourceIndexPage

    query = CatalogueQuery(_querydict(QUERY), index_page=ResourceIndexPage.objects.get(slug="katalog"))
    return query.results().paginator.count


def _querydict(params):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    query.update(params)
    return query


def make_site():
    """A Kazakh home page with the catalogue below it, as the default site."""
    from django.core.cache import cache
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage
    from resources.models import ResourceIndexPage

    kk = Locale.objects.get_or_create(language_code="kk")[0]
    for code in ("ru", "en"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = root.add_child(instance=HomePage(title="Әдістемелік кабинет", slug="home", locale=kk))
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Cabinet")
    catalogue = home.add_child(instance=ResourceIndexPage(title="Каталог", slug="katalog", locale=kk))
    catalogue.save_revision().publish()
    cache.clear()
    return ResourceIndexPage.objects.get(pk=catalogue.pk)


def seed(catalogue, start, stop, rng):
    """Records start+1 … stop under the catalogue, written in bulk: tree paths are computed, not searched.

    Wagtail's add_child() finds the last sibling and saves a revision for every page; here the
    pages' rows, the records' rows and their relations go in with a few INSERTs per thousand
    records, and no signal fires (the search index is built afterwards, in bulk).
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from taggit.models import Tag
    from wagtail.models import Page

    from resources.models import Availability, Language, ResourcePage, ResourcePageTag, ResourceType, Subject

    types = {term.slug: term for term in ResourceType.objects.filter(locale=catalogue.locale_id)}
    subjects = {term.slug: term for term in Subject.objects.filter(locale=catalogue.locale_id)}
    languages = {language.code: language for language in Language.objects.all()}
    tags = [Tag.objects.get_or_create(name=name)[0] for name in TAGS]
    content_type = ContentType.objects.get_for_model(ResourcePage)
    availability = [value for value, _label in Availability.choices] + [""]
    now = timezone.now()
    local_fields = ResourcePage._meta.local_concrete_fields
    subject_link = ResourcePage.subjects.through
    language_link = ResourcePage.languages.through

    for chunk_start in range(start, stop, 1000):
        chunk = range(chunk_start, min(stop, chunk_start + 1000))
        with transaction.atomic():
            pages, records = [], []
            for number in chunk:
                subject_slugs = rng.sample(sorted(subjects), rng.choice((1, 1, 2)))
                type_slug = rng.choice(sorted(types))
                grade = rng.randint(0, 11)
                title = f"{subjects[subject_slugs[0]].name}. {grade}-сынып. {rng.choice(TOPICS)} №{number + 1}"
                slug = f"record-{number + 1}"
                published = now - datetime.timedelta(minutes=stop - number)
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(catalogue.path, catalogue.depth + 1, number + 1),
                        depth=catalogue.depth + 1,
                        numchild=0,
                        url_path=f"{catalogue.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                        latest_revision_created_at=published,
                        locale_id=catalogue.locale_id,
                        translation_key=uuid.uuid4(),
                    )
                )
                records.append(
                    {
                        "subjects": subject_slugs,
                        "languages": rng.choice((["kk"], ["kk"], ["ru"], ["en"], ["kk", "ru"])),
                        "tags": rng.sample(tags, rng.choice((0, 1, 1, 2))),
                        "fields": {
                            "description": " ".join(rng.sample(SENTENCES, 2)),
                            "resource_type_id": types[type_slug].pk,
                            "grade_min": None if grade == 0 else grade,
                            "grade_max": None if grade == 0 else min(11, grade + rng.choice((0, 0, 1, 2))),
                            "authors": "; ".join(rng.sample(AUTHORS, rng.choice((1, 1, 2)))),
                            "publisher": rng.choice(PUBLISHERS),
                            "year": rng.randint(1995, 2025),
                            "call_number": f"74.{rng.randint(100, 999)} Қ {rng.randint(10, 99)}",
                            "copies": rng.randint(0, 12),
                            "availability": rng.choice(availability),
                            "external_id": f"BENCH-{number + 1:06d}",
                        },
                    }
                )
            Page.objects.bulk_create(pages)
            rows = [
                ResourcePage(page_ptr_id=page.pk, **record["fields"])
                for page, record in zip(pages, records, strict=True)
            ]
            for batch in range(0, len(rows), 250):
                # bulk_create refuses multi-table models; _insert writes the child table's rows only.
                ResourcePage._base_manager._insert(rows[batch : batch + 250], fields=local_fields)
            subject_link.objects.bulk_create(
                [
                    subject_link(resourcepage_id=page.pk, subject_id=subjects[slug].pk)
                    for page, record in zip(pages, records, strict=True)
                    for slug in record["subjects"]
                ]
            )
            language_link.objects.bulk_create(
                [
                    language_link(resourcepage_id=page.pk, language_id=languages[code].pk)
                    for page, record in zip(pages, records, strict=True)
                    for code in record["languages"]
                ]
            )
            ResourcePageTag.objects.bulk_create(
                [
                    ResourcePageTag(content_object_id=page.pk, tag_id=tag.pk)
                    for page, record in zip(pages, records, strict=True)
                    for tag in record["tags"]
                ]
            )
    Page.objects.filter(pk=catalogue.pk).update(numchild=stop)
    catalogue.numchild = stop


def index_records(catalogue, start, stop):
    """Put the new records into the search index, a thousand at a time (what `update_index` does)."""
    from wagtail.search.backends import get_search_backends

    from resources.models import ResourcePage

    backends = list(get_search_backends(with_auto_update=True))
    new = ResourcePage.objects.child_of(catalogue).filter(external_id__gt=f"BENCH-{start:06d}").order_by("pk")
    ids = list(new.values_list("pk", flat=True))
    for batch in range(0, len(ids), 1000):
        records = list(
            ResourcePage.objects.filter(pk__in=ids[batch : batch + 1000])
            .select_related("resource_type")
            .prefetch_related("subjects", "tagged_items__tag", "document_links__document")
        )
        for backend in backends:
            backend.add_bulk(ResourcePage, records)


def import_list(catalogue, rows, seeded, folder):
    """Write a CSV of new records in the documented columns and time `manage.py import_catalogue` on it."""
    import csv
    import io

    from django.core.management import call_command

    try:
        from resources.importing import COLUMNS
    except ImportError:
        return 0.0, "resources/importing.py is not there yet: nothing imported"
    rng = random.Random(7)
    path = Path(folder) / "bench-import.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS), delimiter=";")
        writer.writeheader()
        for number in range(rows):
            grade = rng.randint(1, 10)
            writer.writerow(
                {
                    "external_id": f"IMPORT-{number + 1:06d}",
                    "title": f"{rng.choice(TOPICS)}. {grade}-сынып. Импорт №{number + 1}",
                    "description": " ".join(rng.sample(SENTENCES, 2)),
                    "resource_type": rng.choice(["methodological-guide", "lesson-plan", "dictionary", "assessment"]),
                    "subjects": ";".join(rng.sample(["pedagogy", "mathematics", "kazakh-language", "physics"], 2)),
                    "grades": f"{grade}-{grade + 1}",
                    "language": rng.choice(["kk", "ru", "kk;ru"]),
                    "authors": rng.choice(AUTHORS),
                    "publisher": rng.choice(PUBLISHERS),
                    "year": rng.randint(2000, 2025),
                    "isbn": "",
                    "call_number": f"74.{rng.randint(100, 999)}",
                    "copies": rng.randint(0, 5),
                    "tags": ";".join(rng.sample(TAGS, 1)),
                    "url": "",
                    "file": "",
                    "locale": "kk",
                }
            )
    output = io.StringIO()
    started = time.perf_counter()
    call_command("import_catalogue", str(path), stdout=output)
    seconds = time.perf_counter() - started
    return seconds, f"{rows:,} rows into a catalogue of {seeded:,}: {output.getvalue().strip().splitlines()[-1]}"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cabinet_site.settings.test")
    main()
