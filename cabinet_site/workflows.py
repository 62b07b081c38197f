"""What happens when the "Methodologist approval" workflow approves a page.

Wagtail imports this module (WAGTAIL_FINISH_WORKFLOW_ACTION) while its models load: it imports
nothing of the admin. What the reviewer is told: cabinet_site/workflow_actions.py.
"""


def publish_approved(workflow_state, user=None):
    """Publish the approved revision.

    Wagtail's default action publishes as the approver and so needs the approver to hold publish
    permission on the page; a methodologist approves teachers' catalogue records without being one
    of the catalogue's editors. Being a reviewer of the workflow's task is the permission here.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
