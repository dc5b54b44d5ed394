"""Admin for radio stations, ad slots and the stored outside data."""

from django.contrib import admin

from widgets.models import AdSlot, ExchangeRate, RadioStation, ServiceStatus, WeatherForecast, WeatherReading

CODE_PERMISSION = "widgets.change_ad_code"


@admin.register(RadioStation)
class RadioStationAdmin(admin.ModelAdmin):
    list_display = ["name", "county", "format", "position", "enabled"]
    list_editable = ["position", "enabled"]
    list_filter = ["enabled", ("county", admin.EmptyFieldListFilter), "county"]
    search_fields = ["name", "stream_url"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(AdSlot)
class AdSlotAdmin(admin.ModelAdmin):
    """House ads (image + link + dates) for editors; network code only with the operator's permission."""

    list_display = ["name", "position", "kind", "starts_at", "ends_at", "enabled"]
    list_filter = ["position", "kind", "enabled"]
    search_fields = ["name"]
    filter_horizontal = ["counties"]
    common = ["name", "position", "enabled", "counties", ("starts_at", "ends_at"), ("width", "height")]
    house = ("Reclamă proprie", {"fields": ["image", "image_alt", "link"]})
    network = ("Rețea de publicitate", {"fields": ["snippet"]})
    radio_fields = {"kind": admin.HORIZONTAL}

    @staticmethod
    def may_edit_code(request) -> bool:
        return request.user.has_perm(CODE_PERMISSION)

    def get_fieldsets(self, request, obj=None):
        if self.may_edit_code(request):
            return [(None, {"fields": ["kind", *self.common]}), self.house, self.network]
        if obj is not None and obj.kind == AdSlot.NETWORK:  # shown read-only: no code in the page
            return [(None, {"fields": ["kind", *self.common]})]
        return [(None, {"fields": self.common}), self.house]

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.kind == AdSlot.NETWORK and not self.may_edit_code(request):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.kind == AdSlot.NETWORK and not self.may_edit_code(request):
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if not self.may_edit_code(request):  # the form has no such fields; a forged post gets none either
            obj.kind, obj.snippet = AdSlot.HOUSE, ""
        super().save_model(request, obj, form, change)


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
