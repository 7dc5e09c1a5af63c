package org.lingong.admin.network;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.TenantProfile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything a new carrier needs, as {@code POST /api/v1/network/carriers} takes it: kind (and a market's level and
 * industry, a co-built point's partner), the region picked from the city's own tree, the shared details, position,
 * the same opening hours on the chosen weekdays, and who runs it. The naming rules are shown above the form and the
 * standard name the API derives for the chosen kind and region is offered live in the name field; the API decides,
 * so its refusals come back at the fields.
 */
final class NewCarrierForm extends Div {

    static final List<String> KINDS = List.of("MARKET", "STATION", "WINDOW", "CO_BUILT");
    static final List<String> MARKET_LEVELS = List.of("CITY", "COUNTY", "INDUSTRY");
    static final List<String> CO_BUILT_TYPES = List.of("UNION_STATION", "SANITATION_STATION", "BANK_OUTLET", "OTHER");
    static final List<String> OPERATOR_TYPES = List.of("GOVERNMENT", "COMMISSIONED");

    /** A region to pick, with its path from the county down (or the city itself) as its label. */
    record RegionChoice(String code, String label) {
    }

    record StandardName(String name) {
    }

    private static final JsonMapper JSON = JsonMapper.shared();

    private final transient PlatformApi api;
    private final String tenant;
    private final Select<String> kind = select("new-carrier-kind", "network.kind", KINDS, "carrier.kind.");
    private final Select<String> marketLevel =
            select("carrier-marketLevel", "network.market-level", MARKET_LEVELS, "carrier.market-level.");
    private final TextField industry = new TextField(I18NProvider.translate("network.industry"));
    private final Select<String> coBuiltType =
            select("carrier-coBuiltType", "network.co-built-type", CO_BUILT_TYPES, "carrier.co-built-type.");
    private final ComboBox<RegionChoice> region = new ComboBox<>(I18NProvider.translate("network.region.pick"));
    private final CarrierDetails details = new CarrierDetails();
    private final NumberField latitude = new NumberField(I18NProvider.translate("network.latitude"));
    private final NumberField longitude = new NumberField(I18NProvider.translate("network.longitude"));
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(I18NProvider.translate("network.open-days"));
    private final TimePicker opens = new TimePicker(I18NProvider.translate("network.opens"));
    private final TimePicker closes = new TimePicker(I18NProvider.translate("network.closes"));
    private final Select<String> operatorType =
            select("carrier-operatorType", "network.operator", OPERATOR_TYPES, "carrier.operator.");
    private final TextField operatorAgency = new TextField(I18NProvider.translate("network.operator-agency"));
    private String suggestedName = "";

    NewCarrierForm(PlatformApi api, String tenant, TenantProfile city, List<Region> regions, Locale language) {
        this.api = api;
        this.tenant = tenant;
        industry.setId("carrier-industry");
        industry.setValueChangeMode(ValueChangeMode.LAZY);
        region.setId("carrier-regionCode");
        region.setItems(choices(city, regions, language));
        region.setItemLabelGenerator(RegionChoice::label);
        latitude.setId("carrier-latitude");
        longitude.setId("carrier-longitude");
        latitude.setHelperText(I18NProvider.translate("network.wgs84"));
        longitude.setHelperText(I18NProvider.translate("network.wgs84"));
        days.setId("carrier-days");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, language));
        days.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        opens.setId("carrier-opens");
        closes.setId("carrier-closes");
        opens.setValue(LocalTime.of(8, 30));
        closes.setValue(LocalTime.of(17, 30));
        operatorAgency.setId("carrier-operatorAgency");
        kind.setValue("STATION");
        operatorType.setValue("GOVERNMENT");
        details.status.setValue("OPEN");
        details.name.setHelperText(I18NProvider.translate("network.naming.pick"));

        kind.addValueChangeListener(change -> kindChanged());
        marketLevel.addValueChangeListener(change -> kindChanged());
        operatorType.addValueChangeListener(change -> operatorAgency.setVisible("COMMISSIONED".equals(change.getValue())));
        List.<HasValue<?, ?>>of(industry, region).forEach(field -> field.addValueChangeListener(change -> suggestName()));
        kindChanged();
        operatorAgency.setVisible(false);

        Paragraph rules = new Paragraph(I18NProvider.translate("network.naming.rules"));
        rules.setId("naming-rules");
        rules.addClassNames(FontSize.SMALL, TextColor.SECONDARY, Margin.Top.NONE);
        FormLayout form = new FormLayout();
        form.setAutoResponsive(true);
        form.setMaxColumns(3);
        form.setExpandColumns(true);
        form.setExpandFields(true);
        form.addFormRow(kind, marketLevel, coBuiltType, industry);
        wide(form.addFormRow(region), region);
        wide(form.addFormRow(details.name), details.name);
        wide(form.addFormRow(details.address), details.address);
        form.addFormRow(latitude, longitude, details.area);
        wide(form.addFormRow(days), days);
        form.addFormRow(opens, closes, details.status);
        form.addFormRow(details.hotline, details.complaintPhone);
        form.addFormRow(operatorType, operatorAgency);
        add(rules, form);
    }

    /** Binds every field to the API's field of the same path; the opening-hours errors show at the closing time. */
    FieldErrors bindTo(FieldErrors errors) {
        return details.bindTo(errors).bind("kind", kind).bind("marketLevel", marketLevel).bind("industry", industry)
                .bind("coBuiltType", coBuiltType).bind("regionCode", region).bind("latitude", latitude)
                .bind("longitude", longitude).bind("openingHours", closes).bind("operatorType", operatorType)
                .bind("operatorAgency", operatorAgency);
    }

    /** The carrier as the form holds it; fields hidden for the chosen kind are left out. */
    ObjectNode request() {
        ObjectNode carrier = JSON.createObjectNode();
        carrier.put("kind", kind.getValue());
        if (marketLevel.isVisible()) {
            carrier.put("marketLevel", marketLevel.getValue());
        }
        if (industry.isVisible()) {
            CarrierDetails.put(carrier, "industry", industry.getValue());
        }
        if (coBuiltType.isVisible()) {
            carrier.put("coBuiltType", coBuiltType.getValue());
        }
        if (region.getValue() != null) {
            carrier.put("regionCode", region.getValue().code());
        }
        details.writeInto(carrier);
        carrier.put("latitude", latitude.getValue());
        carrier.put("longitude", longitude.getValue());
        ObjectNode weekly = carrier.putObject("openingHours").putObject("weekly");
        days.getValue().stream().sorted().forEach(day -> weekly.putArray(day.name()).addObject()
                .put("open", time(opens.getValue())).put("close", time(closes.getValue())));
        carrier.put("operatorType", operatorType.getValue());
        if (operatorAgency.isVisible()) {
            CarrierDetails.put(carrier, "operatorAgency", operatorAgency.getValue());
        }
        return carrier;
    }

    /** A market has a level (an industry market also its industry), a co-built point its partner type. */
    private void kindChanged() {
        boolean market = "MARKET".equals(kind.getValue());
        marketLevel.setVisible(market);
        industry.setVisible(market && "INDUSTRY".equals(marketLevel.getValue()));
        coBuiltType.setVisible("CO_BUILT".equals(kind.getValue()));
        suggestName();
    }

    /**
     * Asks the API for the standard name of the chosen kind in the chosen region and offers it in the name field: it
     * fills the field while the user has not typed a name of their own. Kinds without a standard name are named freely.
     */
    private void suggestName() {
        if (kind.getValue() == null || region.getValue() == null) {
            details.name.setHelperText(I18NProvider.translate("network.naming.pick"));
            return;
        }
        String suggestion;
        try {
            suggestion = api.get(StandardName.class,
                    "/t/{tenant}/api/v1/network/standard-name?kind={kind}&regionCode={region}&industry={industry}",
                    tenant, kind.getValue(), region.getValue().code(),
                    industry.isVisible() ? industry.getValue() : "").name();
        } catch (ApiProblem noStandardName) {
            details.name.setHelperText(noStandardName.status() == 400 ? I18NProvider.translate("network.naming.own")
                    : noStandardName.getMessage());
            return;
        }
        details.name.setHelperText(I18NProvider.translate("network.naming.suggestion", suggestion));
        if (details.name.isEmpty() || details.name.getValue().equals(suggestedName)) {
            details.name.setValue(suggestion);
        }
        suggestedName = suggestion;
    }

    private static List<RegionChoice> choices(TenantProfile city, List<Region> regions, Locale language) {
        List<RegionChoice> choices = new ArrayList<>();
        choices.add(new RegionChoice(city.divisionCode(),
                I18NProvider.translate("network.region.whole-city", city.name(language))));
        regions.forEach(county -> addWithPath(county, "", choices));
        return choices;
    }

    private static void addWithPath(Region region, String above, List<RegionChoice> choices) {
        String path = above + region.name();
        choices.add(new RegionChoice(region.code(), region.central()
                ? I18NProvider.translate("network.region.central", path) : path));
        region.children().forEach(child -> addWithPath(child, path + " / ", choices));
    }

    private static void wide(FormLayout.FormRow row, Component field) {
        row.setColspan(field, 3);
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static Select<String> select(String id, String labelKey, List<String> values, String itemKeyPrefix) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(I18NProvider.translate(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : I18NProvider.translate(itemKeyPrefix + value));
        return select;
    }
}
