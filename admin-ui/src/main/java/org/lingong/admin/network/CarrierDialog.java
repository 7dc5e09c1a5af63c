package org.lingong.admin.network;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.ProblemNotice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;

import tools.jackson.databind.node.ObjectNode;

/**
 * A carrier form in a dialog, for creating and changing alike: the save button sends what the form holds; a refusal
 * shows at the fields it names (anything else as a notification) and the dialog stays open; a success closes it and
 * tells the caller the carrier as the API stored it.
 */
final class CarrierDialog extends Dialog {

    /**
     * @param save   sends the form to the API and returns the stored carrier, or throws the API's refusal
     * @param saved  what the page does with a stored carrier (refresh its list)
     */
    CarrierDialog(String title, Component form, FieldErrors errors, String saveId, Supplier<ObjectNode> save,
                  Consumer<ObjectNode> saved) {
        super(title);
        add(form);
        setWidth("48rem");
        Button send = new Button(I18NProvider.translate("action.save"), click -> {
            errors.clear();
            try {
                ObjectNode carrier = save.get();
                close();
                Notification.show(I18NProvider.translate("network.saved", carrier.path("name").asString("")), 4000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                saved.accept(carrier);
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });
        send.setId(saveId);
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(I18NProvider.translate("action.cancel"), click -> close()), send);
    }
}
