"""Every admin request in the language the editor chose, from its first line.

Wagtail switches to an editor's chosen language (account settings) only inside its views. What
it says before a view runs, such as "Sorry, you do not have permission to access this area."
when it turns an editor away, came in the language LocaleMiddleware took from the browser:
English in an English Chromium, on a Kazakh admin. This middleware, after authentication,
activates the editor's chosen language for every admin request; an editor who chose none keeps
what Wagtail would use.
"""

from django.conf import settings
from django.utils import translation
from wagtail.users.models import UserProfile


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.ADMIN_PATH

    def __call__(self, request):
        if request.path_info.startswith(self.prefix) and request.user.is_authenticated:
            language = UserProfile.get_for_user(request.user).preferred_language
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
