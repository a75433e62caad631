"""The web surface: the approval queue, item pages, reports, audit log and the REST API."""
