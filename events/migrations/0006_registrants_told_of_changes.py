from django.db import migrations, models


def told_the_event_as_it_is(apps, schema_editor):
    """Registrations made before notices existed: their people know the event as it stands today."""
    Registration = apps.get_model("events", "Registration")
    for registration in Registration.objects.select_related("event").iterator():
        event = registration.event
        if event.status == "cancelled":
            state, start = "cancelled", None
        elif event.status == "postponed" and not event.postponed_from:
            state, start = "postponed", None
        else:
            state, start = "scheduled", event.start
        registration.told_state, registration.told_start = state, start
        registration.calendar_sequence = event.sequence
        registration.save(update_fields=["told_state", "told_start", "calendar_sequence"])


class Migration(migrations.Migration):
    dependencies = [("events", "0005_methodologists_see_registrations")]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="calendar_sequence",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="registration",
            name="told_start",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="registration",
            name="told_state",
            field=models.CharField(blank=True, editable=False, max_length=20),
        ),
        migrations.RunPython(told_the_event_as_it_is, migrations.RunPython.noop),
    ]
