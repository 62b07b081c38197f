"""Background work of the corners: the answer to a question, by e-mail.

Run at once by default and by the django-tasks database worker in production, like the events'
e-mails, so a failing mail server never fails saving the answer.
"""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from django_tasks import task

from cabinet_site.links import page_url

from .models import Question

logger = logging.getLogger(__name__)


@task()
def send_answer_email(question_id):
    question = Question.objects.select_related("corner").filter(pk=question_id).first()
    if question is None or not question.email or not question.answer:
        return
    corner = question.corner
    try:
        with translation.override(question.language or corner.locale.language_code):
            context = {"question": question, "corner": corner, "corner_url": page_url(corner)}
            subject = gettext("The answer to your question: %(title)s") % {"title": corner.title}
            body = render_to_string("corners/emails/answer.txt", context)
        EmailMessage(subject=subject, body=body, to=[question.email]).send()
    except Exception:
        logger.exception("The answer to question %s was not sent", question_id)
