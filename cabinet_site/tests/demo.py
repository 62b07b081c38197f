"""Helpers for the demo-content tests."""

import importlib.util
import io

import pytest
from django.core.management import call_command
from wagtail.models import Site

COMMAND_MODULE = "cabinet_site.management.commands.load_demo_content"


def command_exists():
    try:
        return importlib.util.find_spec(COMMAND_MODULE) is not None
    except ModuleNotFoundError:
        return False


requires_command = pytest.mark.skipif(
    not command_exists(), reason=f"{COMMAND_MODULE} is not written yet (the demo-content task is in progress)"
)


def run_now(func, using=None, robust=False):
    """Stands in for transaction.on_commit: run the callback at once."""
    func()


def load_demo_content():
    call_command("load_demo_content", stdout=io.StringIO())


def demo_home():
    return Site.objects.get(is_default_site=True).root_page.specific
