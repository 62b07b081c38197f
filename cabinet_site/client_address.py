from django.conf import settings


def client_address(request):
    """The visitor's IP address. Behind TRUSTED_PROXY_COUNT reverse proxies it is the address the
    outermost of them saw, read from X-Forwarded-For (earlier entries are the client's to forge)."""
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if count > 0 and forwarded:
        return forwarded[-min(count, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")
