from django.urls import path

from newsletter import views

app_name = "newsletter"

urlpatterns = [
    path("newsletter/", views.subscribe, name="subscribe"),
    path("newsletter/confirmare/<str:token>/", views.confirm, name="confirm"),
    path("newsletter/dezabonare/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
