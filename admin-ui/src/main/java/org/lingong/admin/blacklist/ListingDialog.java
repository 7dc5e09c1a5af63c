package org.lingong.admin.blacklist;

import java.util.function.Function;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.StepDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/** An agency as the city proposes it or the province adds it: name, credit code and/or phone, grounds. */
final class ListingDialog {

    private ListingDialog() {
    }

    /**
     * @param send posts the entry and answers the stored one (the city's proposal or the province's entry)
     * @param done run after it was stored, e.g. to reload the list
     */
    static void open(String title, String help, Function<String, String> translate,
                     Function<Listing.Entry, Listing> send, Runnable done) {
        TextField name = new TextField(translate.apply("blacklist.column.name"));
        name.setId("listing-name");
        name.setMaxLength(200);
        name.setWidthFull();
        TextField creditCode = new TextField(translate.apply("blacklist.credit-code"));
        creditCode.setId("listing-credit-code");
        creditCode.setMaxLength(40);
        TextField phone = new TextField(translate.apply("blacklist.phone"));
        phone.setId("listing-phone");
        phone.setMaxLength(40);
        TextArea grounds = new TextArea(translate.apply("blacklist.column.grounds"));
        grounds.setId("listing-grounds");
        grounds.setMaxLength(1000);
        grounds.setWidthFull();
        Paragraph explained = new Paragraph(help);
        explained.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        FieldErrors errors = new FieldErrors().bind("name", name).bind("creditCode", creditCode).bind("phone", phone)
                .bind("grounds", grounds);
        new StepDialog<>(title, translate.apply("blacklist.save"), translate.apply("action.cancel"), "listing-save",
                errors, new Div(explained, name, new Div(creditCode, phone), grounds),
                () -> send.apply(new Listing.Entry(name.getValue(), creditCode.getValue(), phone.getValue(),
                        grounds.getValue())),
                stored -> {
                    Notification.show(translate.apply("blacklist.status." + stored.status()) + " #" + stored.number(),
                            4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                    done.run();
                }).open();
    }
}
