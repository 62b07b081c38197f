"""“Ask a methodologist”: the question form on a corner, and its protection against robots.

The same defences as event registration (events/registration.py): a hidden field robots fill in,
and a limit on questions from one address.
"""

from django import forms
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from events.registration import client_address

from .models import Question

RATE_LIMIT = 5  # questions from one address …
RATE_WINDOW = 3600  # … per hour


class QuestionForm(forms.ModelForm):
    consent = forms.BooleanField(
        required=False,
        label=_(
            "I agree to the processing of my name and e-mail address to answer my question, as the Law of the "
            "Republic of Kazakhstan “On personal data and their protection” requires."
        ),
    )
    # A field people do not see; robots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    class Meta:
        model = Question
        fields = ["question", "name", "email"]
        labels = {"name": _("Your name (optional)"), "email": _("E-mail for the answer (optional)")}
        widgets = {
            "question": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def clean_question(self):
        question = " ".join(self.cleaned_data["question"].split())
        if len(question) < 10:
            raise forms.ValidationError(_("Please write your question in a sentence or two."))
        return question

    def clean(self):
        cleaned = super().clean()
        gives_personal_data = cleaned.get("name") or cleaned.get("email")
        if gives_personal_data and not cleaned.get("consent"):
            self.add_error(
                "consent",
                _("You gave your name or e-mail: agree to their processing, or leave both empty to ask anonymously."),
            )
        return cleaned

    def is_spam(self):
        return bool(self.data.get("website"))

    def save_for(self, corner):
        question = self.save(commit=False)
        question.corner = corner
        question.language = translation.get_language() or corner.locale.language_code
        question.name = question.name.strip()
        question.email = question.email.strip().lower()
        if not question.is_anonymous:
            question.consent_at = timezone.now()
        question.save()
        return question


def too_many_questions(request, corner):
    """Count a question from the visitor's address; True beyond the limit."""
    key = f"corners:question:{corner.translation_key}:{client_address(request)}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        attempts = cache.incr(key)
    except ValueError:
        cache.set(key, 1, RATE_WINDOW)
        attempts = 1
    return attempts > RATE_LIMIT
