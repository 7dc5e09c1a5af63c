package org.lingong.admin.orders;

import java.time.Instant;
import java.util.OptionalLong;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.ProblemNotice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * 记录付款: the wage the employer paid for a completed order, typed in yuan and sent in fen, how, and the transaction's
 * reference (cash leaves none), paid now. The API judges the amount (positive, not absurdly above the wage) and the
 * reference; its refusals are shown at the fields.
 */
class PaymentDialog extends Dialog {

    PaymentDialog(SerializableConsumer<OrderApi.PaymentRequest> record, SerializableRunnable recorded) {
        setHeaderTitle(getTranslation("order.payment.title"));
        setId("payment-dialog");
        setWidth("min(28rem, 94vw)");
        TextField amount = new TextField(getTranslation("order.payment.amount.label"));
        amount.setId("payment-amount");
        amount.setSuffixComponent(new Span(getTranslation("order.payment.yuan")));
        amount.getElement().setAttribute("inputmode", "decimal");
        amount.setWidthFull();
        Select<OrderApi.Method> method = new Select<>();
        method.setId("payment-method");
        method.setLabel(getTranslation("order.payment.method"));
        method.setItems(OrderApi.Method.values());
        method.setItemLabelGenerator(value -> getTranslation("order.payment.method." + value));
        method.setValue(OrderApi.Method.WECHAT);
        method.setWidthFull();
        TextField reference = new TextField(getTranslation("order.payment.reference"));
        reference.setId("payment-reference");
        reference.setHelperText(getTranslation("order.payment.reference.helper"));
        reference.setMaxLength(64);
        reference.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("amountFen", amount).bind("method", method)
                .bind("reference", reference).bind("referenced", reference);
        add(amount, method, reference);
        Button send = new Button(getTranslation("order.payment.send"), click -> {
            errors.clear();
            OptionalLong fen = Yuan.toFen(amount.getValue());
            if (fen.isEmpty()) {
                amount.setErrorMessage(getTranslation("order.payment.amount.invalid"));
                amount.setInvalid(true);
                return;
            }
            try {
                record.accept(new OrderApi.PaymentRequest(fen.getAsLong(), method.getValue(),
                        Instant.now(),
                        reference.getValue().isBlank() ? null : reference.getValue().strip()));
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
                return;
            }
            close();
            recorded.run();
        });
        send.setId("payment-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("order.cancel.keep"), click -> close()), send);
    }
}
