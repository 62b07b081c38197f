from django import template

from resources.passages import matching_passage

register = template.Library()
PASSAGE_WIDTH = 200


@register.simple_tag
def document_passage(record, query, width=PASSAGE_WIDTH):
    """The passage of the record's attached files that matches `query`, with the words marked,
    or None when the words are not inside the files.

    {% document_passage record catalogue.query as passage %}
    {% if passage %}<p class="record-card__passage">{{ passage }}</p>{% endif %}
    """
    if not query or record is None:
        return None
    document_text = getattr(record, "document_text", None)
    if not callable(document_text):
        return None
    return matching_passage(document_text(), query, width=width)
