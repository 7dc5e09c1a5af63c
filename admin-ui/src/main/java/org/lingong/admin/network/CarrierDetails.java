package org.lingong.admin.network;

import java.util.List;

import org.lingong.admin.api.FieldErrors;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;

import tools.jackson.databind.node.ObjectNode;

/**
 * The fields a carrier is both created and changed by: name, address, phones, indoor area and status. They are read
 * from and written into the carrier's JSON as the API has it, so whatever a form does not show stays as it was.
 */
final class CarrierDetails {

    static final List<String> STATUSES = List.of("PLANNED", "OPEN", "SUSPENDED", "CLOSED");

    final TextField name = text("name", "network.name");
    final TextField address = text("address", "network.address");
    final TextField hotline = text("hotline", "network.hotline");
    final TextField complaintPhone = text("complaintPhone", "network.complaint-phone");
    final NumberField area = new NumberField(I18NProvider.translate("network.indoor-area"));
    final Select<String> status = new Select<>();

    CarrierDetails() {
        area.setId("carrier-indoorAreaM2");
        status.setId("carrier-status");
        status.setLabel(I18NProvider.translate("network.status"));
        status.setItems(STATUSES);
        status.setItemLabelGenerator(value -> I18NProvider.translate("carrier.status." + value));
    }

    /** Binds each field to the API's field of the same name. */
    FieldErrors bindTo(FieldErrors errors) {
        return errors.bind("name", name).bind("address", address).bind("hotline", hotline)
                .bind("complaintPhone", complaintPhone).bind("indoorAreaM2", area).bind("status", status);
    }

    /** The fields on their own, for changing a carrier: name and address across, the rest two by two. */
    FormLayout form() {
        FormLayout form = new FormLayout();
        form.setAutoResponsive(true);
        form.setMaxColumns(2);
        form.setExpandColumns(true);
        form.setExpandFields(true);
        form.setWidthFull();
        form.addFormRow(name).setColspan(name, 2);
        form.addFormRow(address).setColspan(address, 2);
        form.addFormRow(hotline, complaintPhone);
        form.addFormRow(area, status);
        return form;
    }

    void read(ObjectNode carrier) {
        name.setValue(carrier.path("name").asString(""));
        address.setValue(carrier.path("address").asString(""));
        hotline.setValue(carrier.path("hotline").asString(""));
        complaintPhone.setValue(carrier.path("complaintPhone").asString(""));
        area.setValue(carrier.hasNonNull("indoorAreaM2") ? carrier.get("indoorAreaM2").asDouble() : null);
        status.setValue(carrier.path("status").asString(null));
    }

    /** Blank fields are left out, so the API applies its own rule (e.g. it fills in a standard name). */
    void writeInto(ObjectNode carrier) {
        put(carrier, "name", name.getValue());
        put(carrier, "address", address.getValue());
        put(carrier, "hotline", hotline.getValue());
        put(carrier, "complaintPhone", complaintPhone.getValue());
        if (area.getValue() == null) {
            carrier.remove("indoorAreaM2");
        } else {
            carrier.put("indoorAreaM2", area.getValue());
        }
        carrier.put("status", status.getValue());
    }

    static void put(ObjectNode carrier, String field, String value) {
        if (value == null || value.isBlank()) {
            carrier.remove(field);
        } else {
            carrier.put(field, value.strip());
        }
    }

    private static TextField text(String field, String labelKey) {
        TextField text = new TextField(I18NProvider.translate(labelKey));
        text.setId("carrier-" + field);
        return text;
    }
}
