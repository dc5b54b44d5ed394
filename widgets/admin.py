"""Admin for radio stations, ad slots and the stored outside data."""
from django.contrib import admin

from widgets.models import AdSlot, ExchangeRate, RadioStation, ServiceStatus, WeatherForecast, WeatherReading


@admin.register(RadioStation)
class RadioStationAdmin(admin.ModelAdmin):
    list_display = ["name", "county", "format", "position", "enabled"]
    list_editable = ["position", "enabled"]
    list_filter = ["enabled", ("county", admin.EmptyFieldListFilter), "county"]
    search_fields = ["name", "stream_url"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(AdSlot)
class AdSlotAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "kind", "starts_at", "ends_at", "enabled"]
    list_filter = ["position", "kind", "enabled"]
    search_fields = ["name"]
    filter_horizontal = ["counties"]
    fieldsets = [
        (None, {"fields": ["name", "position", "enabled", "counties", ("starts_at", "ends_at"), ("width", "height")]}),
        ("Reclamă proprie", {"fields": ["image", "image_alt", "link"]}),
        ("Rețea de publicitate", {"fields": ["snippet", "csp_sources"]}),
    ]
    radio_fields = {"kind": admin.HORIZONTAL}

    def get_fieldsets(self, request, obj=None):
        first, *rest = self.fieldsets
        return [(None, {"fields": ["kind", *first[1]["fields"]]}), *rest]


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ["date", "currency", "value", "multiplier"]
    list_filter = ["currency"]
    date_hierarchy = "date"


@admin.register(WeatherReading)
class WeatherReadingAdmin(admin.ModelAdmin):
    list_display = ["county", "temperature", "weather_code", "today_min", "today_max", "observed_at", "fetched_at"]


@admin.register(WeatherForecast)
class WeatherForecastAdmin(admin.ModelAdmin):
    list_display = ["county", "date", "weather_code", "temp_min", "temp_max"]
    list_filter = ["county"]


@admin.register(ServiceStatus)
class ServiceStatusAdmin(admin.ModelAdmin):
    list_display = ["key", "last_attempt_at", "last_success_at", "last_error"]
