from django.urls import path

from widgets import views

app_name = "widgets"

urlpatterns = [
    path("radio/", views.radio_page, name="radio"),
    path("curs-valutar/", views.rates_page, name="rates"),
]
