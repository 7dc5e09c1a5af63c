package org.lingong.admin.orders;

import java.util.Locale;
import java.util.OptionalLong;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.ProblemNotice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * 有异议: the worker says a payment is short or never came, what is still owed (in yuan) and why. It files a
 * wage-arrears report (欠薪反映) that the city's staff follow up.
 */
class DisputeDialog extends Dialog {

    DisputeDialog(OrderApi.Payment payment, SerializableConsumer<OrderApi.Dispute> dispute,
                  SerializableRunnable disputed) {
        setHeaderTitle(getTranslation("order.dispute.title"));
        setId("dispute-dialog");
        setWidth("min(28rem, 94vw)");
        Paragraph help = new Paragraph(getTranslation("order.dispute.help"));
        help.addClassNames(Margin.NONE, FontSize.SMALL, TextColor.SECONDARY);
        TextField owed = new TextField(getTranslation("order.dispute.owed"));
        owed.setId("dispute-owed");
        owed.setSuffixComponent(new Span(getTranslation("order.payment.yuan")));
        owed.getElement().setAttribute("inputmode", "decimal");
        if (payment.agreedFen() != null && payment.agreedFen() > payment.amountFen()) {
            owed.setValue(Yuan.format(payment.agreedFen() - payment.amountFen(), Locale.ROOT));
        }
        owed.setWidthFull();
        TextArea reason = new TextArea(getTranslation("order.dispute.reason"));
        reason.setId("dispute-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("amountOwedFen", owed).bind("reason", reason);
        add(help, owed, reason);
        Button send = new Button(getTranslation("order.dispute.send"), click -> {
            errors.clear();
            OptionalLong fen = Yuan.toFen(owed.getValue());
            if (fen.isEmpty()) {
                owed.setErrorMessage(getTranslation("order.payment.amount.invalid"));
                owed.setInvalid(true);
                return;
            }
            try {
                dispute.accept(new OrderApi.Dispute(reason.getValue(), fen.getAsLong()));
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
                return;
            }
            close();
            disputed.run();
        });
        send.setId("dispute-send");
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        getFooter().add(new Button(getTranslation("order.cancel.keep"), click -> close()), send);
    }
}
