"""The “Ask a methodologist” form's target."""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from .models import CornerPage
from .questions import QuestionForm, too_many_questions


@require_POST
def ask(request, page_id):
    """On success a thank-you page; otherwise the corner again, with the form's errors."""
    corner = get_object_or_404(CornerPage.objects.live().public().filter(takes_questions=True), pk=page_id)
    if too_many_questions(request, corner):
        return TemplateResponse(
            request, "corners/question_done.html", {"page": corner, "rate_limited": True}, status=429
        )
    form = QuestionForm(request.POST)
    if form.is_spam():
        # Robots are told nothing useful, and nothing is stored.
        return TemplateResponse(request, "corners/question_done.html", {"page": corner})
    if form.is_valid():
        question = form.save_for(corner)
        return TemplateResponse(request, "corners/question_done.html", {"page": corner, "question": question})
    context = corner.get_context(request)
    context["question_form"] = form
    return TemplateResponse(request, corner.get_template(request), context, status=400)
