"""The newsletter's pages: the form, the confirmation and the one-click unsubscribe (RFC 8058).

Links in e-mails are opened by mail scanners too, so a GET never changes anything: the
confirmation and unsubscribe pages show one button that POSTs. A mail client's one-click
POST carries no CSRF token, so the unsubscribe POST is exempt: its signed link is the secret.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from lib import ratelimit
from newsletter import subscribers, tokens
from newsletter.models import DEFAULT_HOUR, HOURS, Subscriber
from portal import queries
from portal.views.common import render_page

TOO_MANY = "Prea multe cereri într-un timp scurt. Vă rugăm să reîncercați peste un minut."


def _page(request: HttpRequest, template: str, context: dict, status: int = 200) -> HttpResponse:
    response = render_page(request, template, {"robots": "noindex", **context}, status=status)
    response["Cache-Control"] = "private, no-store"  # a form with a CSRF token, or a personal page
    return response


def _form(request: HttpRequest) -> tuple[dict, list[str]]:
    """Return the cleaned form and its errors (Romanian)."""
    data, errors = request.POST, []
    email = data.get("email", "").strip()[:254]
    try:
        validate_email(email)
    except ValidationError:
        errors.append("Adresa de e-mail nu pare corectă.")
    by_slug = {c.slug: c for c in queries.counties()}
    chosen = [by_slug[slug] for slug in data.getlist("judet")[:42] if slug in by_slug]
    if not chosen:
        errors.append("Alegeți cel puțin un județ.")
    raw_hour = data.get("ora", str(DEFAULT_HOUR))
    hours = {str(h): h for h, _ in HOURS}
    hour = hours.get(raw_hour)
    if hour is None:
        errors.append("Alegeți o oră din listă.")
    return {"email": email, "counties": chosen, "hour": hour or DEFAULT_HOUR}, errors


@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    context = {
        "counties": queries.counties(),
        "hours": HOURS,
        "form": {"email": "", "counties": [], "hour": DEFAULT_HOUR},
    }
    if request.method == "GET":
        return _page(request, "newsletter/subscribe.html", context)
    if not ratelimit.allow(request, "newsletter", settings.NEWSLETTER_RATE_LIMIT):
        return _page(request, "newsletter/subscribe.html", {**context, "errors": [TOO_MANY]}, status=429)
    form, errors = _form(request)
    if errors:
        return _page(request, "newsletter/subscribe.html", {**context, "form": form, "errors": errors}, status=400)
    subscribers.subscribe(form["email"], form["counties"], form["hour"])
    # The same answer whether the address was new, pending or confirmed: the page tells nobody who subscribed.
    return _page(request, "newsletter/sent.html", {"email": form["email"]})


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    pk = tokens.confirmed_id(token)
    subscriber = Subscriber.objects.filter(pk=pk).first() if pk else None
    if subscriber is None:
        return _page(
            request,
            "newsletter/message.html",
            {
                "title": "Legătură expirată",
                "text": "Legătura de confirmare nu mai este valabilă. Vă puteți abona din nou.",
            },
            status=404,
        )
    if request.method == "POST":
        subscribers.confirm(token)
        return _page(
            request,
            "newsletter/message.html",
            {
                "title": "Abonare confirmată",
                "text": f"Veți primi știrile zilei în fiecare zi la ora {subscriber.hour:02d}:00.",
            },
        )
    return _page(request, "newsletter/confirm.html", {"subscriber": subscriber, "token": token})


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    pk = tokens.unsubscribe_id(token)
    subscriber = Subscriber.objects.filter(pk=pk).first() if pk else None
    if request.method == "POST":
        if subscriber is not None:
            subscribers.forget(subscriber.email, reason="unsubscribe")
        # Answered the same for a link already used: the one-click client only needs a 2xx.
        return _page(
            request,
            "newsletter/message.html",
            {
                "title": "V-ați dezabonat",
                "text": "Nu veți mai primi știrile zilei. Adresa dumneavoastră a fost ștearsă.",
            },
        )
    if subscriber is None:
        return _page(
            request,
            "newsletter/message.html",
            {"title": "Nu mai sunteți abonat", "text": "Această adresă nu mai primește știrile zilei."},
            status=404,
        )
    return _page(request, "newsletter/unsubscribe.html", {"token": token})
