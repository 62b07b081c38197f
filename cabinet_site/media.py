"""Uploaded files as Django serves them in development: never documents, never original images.

Documents are served only by Wagtail's view at /documents/<id>/<name>, which applies a private
collection's restriction and sends them as attachments; their copies under MEDIA_ROOT/documents/
must not be reachable beside it. Pages show renditions of images (re-encoded, so without the
camera's metadata such as where a photo was taken), never the original files, so those are not
served either. docs/deployment.md gives the web server the same rules.
"""

import posixpath
import re

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views import static

NOT_SERVED = ("documents/", "original_images/")


def serve_media(request, path):
    if (posixpath.normpath(path).lstrip("/").lower() + "/").startswith(NOT_SERVED):
        raise Http404("Documents and original images are not served from the media folder.")
    return static.serve(request, path, document_root=settings.MEDIA_ROOT)


def media_urlpatterns():
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    return [re_path(rf"^{prefix}(?P<path>.*)$", serve_media)]
