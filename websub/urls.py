from django.urls import path

from websub.callback import callback

app_name = "websub"

urlpatterns = [path("websub/<int:pk>/", callback, name="callback")]
