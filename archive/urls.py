from django.urls import path

from archive import views

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("meetings/<slug:slug>/", views.meeting_detail, name="meeting_detail"),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
    path("people/<slug:slug>/", views.person_detail, name="person_detail"),
    path("outlets/<slug:slug>/", views.outlet_detail, name="outlet_detail"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic_detail"),
]
