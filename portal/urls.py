from django.urls import path

from portal import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("articol/<int:pk>/<slug:slug>/", views.article, name="article"),
    path("subiect/<int:pk>/", views.story, name="story"),
    path("categorie/<slug:slug>/", views.category, name="category"),
    path("autor/<slug:slug>/", views.author, name="author"),
    path("<slug:slug>/", views.county, name="county"),
]
