"""The case-handling screens of the admin (registered by viewsets.RequestCasesViewSet)."""
