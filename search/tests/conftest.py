import pytest

from search import vocabulary


@pytest.fixture(autouse=True)
def _fresh_vocabulary():
    """Rolled-back tests can leave an index of the same size with other words: forget it."""
    vocabulary.forget()
    yield
    vocabulary.forget()
