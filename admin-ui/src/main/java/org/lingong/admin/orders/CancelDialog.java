package org.lingong.admin.orders;

import java.io.Serializable;
import java.util.List;

import org.lingong.admin.api.ApiProblem;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * Withdrawing from an order (the worker: a reason code, which the API requires close to the start) or declining it
 * (the employer: a reason in words, always required). The API judges; its refusal stays in the dialog, under the
 * field it is about.
 */
class CancelDialog extends Dialog {

    /** tenant-core's {@code CancelReason} codes a worker may give. */
    static final List<String> CODES = List.of("ILLNESS", "FAMILY_EMERGENCY", "SEVERE_WEATHER", "TRANSPORT_DISRUPTED",
            "JOB_DIFFERS_FROM_POSTING", "OTHER_AGREED_WITH_EMPLOYER");

    interface Step extends Serializable {
        Order take(String reasonCode, String reason);
    }

    CancelDialog(Side side, Step cancel, SerializableBiConsumer<Order, String> done) {
        setHeaderTitle(getTranslation("order.cancel.title." + side));
        setId("cancel-dialog");
        setWidth("min(28rem, 94vw)");
        Paragraph help = new Paragraph(getTranslation("order.cancel.help." + side));
        help.addClassNames(Margin.NONE, FontSize.SMALL, TextColor.SECONDARY);
        add(help);
        Select<String> code = new Select<>();
        code.setId("cancel-code");
        if (side == Side.WORKER) {
            code.setLabel(getTranslation("order.cancel.code"));
            code.setItems(CODES);
            // The empty choice is labelled too (the select asks for it with null).
            code.setItemLabelGenerator(value -> getTranslation(value == null ? "order.cancel.code.none"
                    : "order.cancel.code." + value));
            code.setEmptySelectionAllowed(true);
            code.setEmptySelectionCaption(getTranslation("order.cancel.code.none"));
            code.setWidthFull();
            add(code);
        }
        TextArea reason = new TextArea(getTranslation("order.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequired(side == Side.EMPLOYER);
        add(reason);
        Button send = new Button(getTranslation("order.cancel.send." + side), click -> {
            reason.setInvalid(false);
            code.setInvalid(false);
            try {
                Order cancelled = cancel.take(code.getValue(), reason.getValue().isBlank() ? null : reason.getValue());
                close();
                done.accept(cancelled, "order.done.CANCEL");
            } catch (ApiProblem problem) {
                // A missing code is the worker's to fix in the select; anything else is said under the reason.
                HasValidation field = problem.is("late-cancel-needs-code") ? code : reason;
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            }
        });
        send.setId("cancel-send");
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        Button keep = new Button(getTranslation("order.cancel.keep"), click -> close());
        keep.setId("cancel-keep");
        getFooter().add(keep, send);
    }
}
