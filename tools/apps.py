from django.apps import AppConfig


class ToolsConfig(AppConfig):
    name = "tools"
    verbose_name = "Unelte (măsurători, evaluare, date generate)"
