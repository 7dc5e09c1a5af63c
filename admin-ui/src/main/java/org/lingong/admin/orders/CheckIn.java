package org.lingong.admin.orders;

import org.lingong.admin.api.ApiProblem;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * 签到 at the job: the browser's position goes along when the worker allows it, and the employer's rotating code when
 * typed; without either the API decides whether it will do. A refusal stays under the button, in the API's words.
 */
class CheckIn extends Div {

    private final SerializableFunction<OrderApi.CheckInRequest, Order> checkIn;
    private final SerializableBiConsumer<Order, String> done;
    private final TextField code = new TextField(getTranslation("order.check-in.code"));
    private final Paragraph refused = new Paragraph();
    private final Button go;

    CheckIn(SerializableFunction<OrderApi.CheckInRequest, Order> checkIn, SerializableBiConsumer<Order, String> done) {
        this.checkIn = checkIn;
        this.done = done;
        code.addClassName("order-check-in-code");
        code.setWidth("9rem");
        code.setMaxLength(16);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "off");
        go = new Button(getTranslation("order.action.CHECK_IN"), VaadinIcon.MAP_MARKER.create(), click -> locate());
        go.addClassName("order-check-in");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.setDisableOnClick(true);
        Div row = new Div(code, go);
        row.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.END, Gap.SMALL);
        Paragraph help = new Paragraph(getTranslation("order.check-in.code.helper"));
        help.addClassNames(Margin.NONE, FontSize.XSMALL, TextColor.SECONDARY);
        refused.addClassNames("order-check-in-refused", "api-problem", Margin.NONE, FontSize.SMALL, TextColor.ERROR);
        refused.setVisible(false);
        add(row, help, refused);
    }

    /** Asks the browser where the worker is; the answer (or none) comes back through {@link #located}. */
    private void locate() {
        getElement().executeJs("""
                const checkIn = this;
                if (!navigator.geolocation) { checkIn.$server.located(null, null); return; }
                navigator.geolocation.getCurrentPosition(
                    p => checkIn.$server.located(p.coords.latitude, p.coords.longitude),
                    e => checkIn.$server.located(null, null), {timeout: 10000, maximumAge: 30000});
                """);
    }

    @ClientCallable
    private void located(Double latitude, Double longitude) {
        String typed = code.getValue().strip();
        try {
            Order checkedIn = checkIn.apply(new OrderApi.CheckInRequest(latitude, longitude,
                    typed.isEmpty() ? null : typed));
            done.accept(checkedIn, "order.done.CHECK_IN");
        } catch (ApiProblem problem) {
            refused.setText(problem.getMessage());
            refused.setVisible(true);
            go.setEnabled(true);
        }
    }
}
