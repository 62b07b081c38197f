"""A program, run by test_sqlite_writers.py in a process of its own on an SQLite file: an editor
publishes a page through the admin while other editors' sessions write at the same moment.

    python -m cabinet_site.tests.sqlite_writers PAGE_ID USERNAME ROUNDS WRITERS

Prints one JSON line: each publication's status code and error, and the page's live title after.
The database is the one DATABASE_URL names, configured by the project's settings as in production.
"""

import json
import sys
import threading

import django


def main(page_id, username, rounds, writers):
    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import Page

    from cabinet_site.tests.concurrency import at_once
    from cabinet_site.tests.page_checks import page_form_data

    user = get_user_model().objects.get(username=username)
    page = Page.objects.get(pk=page_id)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page_id])
    publications = []
    ping_errors = []

    def editor():
        client = Client(raise_request_exception=False)  # a failed request answers 500, as in production
        client.force_login(user)
        return client

    for number in range(rounds):
        clients = [editor() for _client in range(writers + 1)]
        published = threading.Event()

        def work(index, number=number, clients=clients, published=published):
            client = clients[index]
            if index == 0:
                data = page_form_data(f"{page.title} ({number})", page.slug) | {"action-publish": "action-publish"}
                response = client.post(edit_url, data)
                published.set()
                error = getattr(response, "exc_info", None)
                publications.append({"status": response.status_code, "error": repr(error[1]) if error else None})
                return
            # Another editor's open form: Wagtail pings its editing session every few seconds.
            session_id = 1_000 * number + index
            while not published.is_set():
                ping = reverse("wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", page_id, session_id])
                response = client.post(ping, {"is_editing": "1"})
                if response.status_code != 200:
                    ping_errors.append(response.status_code)
                    return
                session_id = response.json()["session_id"]

        at_once(writers + 1, work)

    page.refresh_from_db()
    outcome = {"publications": publications, "ping_errors": ping_errors, "live": page.live, "title": page.title}
    print(json.dumps(outcome, ensure_ascii=False))


if __name__ == "__main__":
    page_id, username, rounds, writers = sys.argv[1:5]
    main(int(page_id), username, int(rounds), int(writers))
