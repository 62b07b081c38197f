"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): Wagtail's, with the upload checked first.

Wagtail's image field has Willow decode the whole picture before it compares the pixel count with
WAGTAILIMAGES_MAX_IMAGE_PIXELS, and a damaged file makes it fail with a server error. The checks
of cabinet_site.uploads read only the image's header and verify its structure, so they run before.
"""

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from cabinet_site.uploads import check_image


class CheckedImageField(WagtailImageField):
    def to_python(self, data):
        if data and hasattr(data, "read"):  # a new upload, not the file the image already has
            check_image(data, data.name)
        return super().to_python(data)


class CabinetImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        wagtail_field = self.fields.get("file")
        if isinstance(wagtail_field, WagtailImageField):
            self.fields["file"] = CheckedImageField(
                label=wagtail_field.label, required=wagtail_field.required, widget=wagtail_field.widget
            )
