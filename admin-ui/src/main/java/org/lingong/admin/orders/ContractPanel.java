package org.lingong.admin.orders;

import java.util.UUID;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.ProblemNotice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility.Border;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * The order's contract (电子合同): opened, it shows the whole text as the API made it, which side has signed, and the
 * button that signs it with the hash of exactly that text. The text is the API's, shown as text (never HTML).
 */
class ContractPanel extends Div {

    private final OrderApi api;
    private final Side side;
    private final UUID order;
    private final Div shown = new Div();

    ContractPanel(OrderApi api, Side side, UUID order) {
        this.api = api;
        this.side = side;
        this.order = order;
        addClassNames("order-contract", Display.FLEX, FlexDirection.COLUMN, Gap.SMALL);
        Button open = new Button(getTranslation("order.contract.open"), VaadinIcon.FILE_TEXT_O.create());
        open.addClassName("order-contract-open");
        open.addClickListener(click -> {
            open.setVisible(false);
            load();
        });
        add(open, shown);
    }

    private void load() {
        try {
            show(api.contract(order));
        } catch (ApiProblem problem) {
            shown.removeAll();
            shown.add(ProblemNotice.inPlace(problem));
        }
    }

    private void show(OrderApi.Contract contract) {
        shown.removeAll();
        H4 title = new H4(contract.title());
        title.addClassNames("order-contract-title", Margin.NONE, FontSize.MEDIUM);
        Span number = new Span(getTranslation("order.contract.number", contract.contractNumber()));
        number.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
        Div body = body(contract.body());
        body.addClassNames("order-contract-body", FontSize.SMALL, Padding.SMALL, Border.ALL, BorderRadius.SMALL);
        body.getStyle().set("max-height", "50vh").set("overflow-y", "auto").set("overflow-wrap", "anywhere");
        Span signatures = new Span(getTranslation("order.contract.signatures",
                getTranslation(contract.signedBy(Side.EMPLOYER) ? "order.contract.signed" : "order.contract.unsigned"),
                getTranslation(contract.signedBy(Side.WORKER) ? "order.contract.signed" : "order.contract.unsigned")));
        signatures.addClassNames("order-contract-signatures", FontSize.SMALL);
        shown.add(title, number, body, signatures);
        shown.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        if (!contract.signedBy(side)) {
            Button sign = new Button(getTranslation("order.contract.sign"), VaadinIcon.PENCIL.create(),
                    click -> sign(contract));
            sign.addClassName("order-contract-sign");
            sign.addThemeVariants(ButtonVariant.PRIMARY);
            shown.add(sign);
        }
    }

    /**
     * The text line by line, each as text: a line starting {@code ## } is a clause's title (the template's own mark,
     * the same the PDF renders bold), an empty line a gap between paragraphs.
     */
    static Div body(String text) {
        Div body = new Div();
        for (String line : text.split("\n", -1)) {
            boolean clause = line.startsWith("## ");
            Div shown = new Div();
            shown.setText(clause ? line.substring(3) : line.isEmpty() ? "\u00a0" : line);
            if (clause) {
                shown.addClassNames(FontWeight.SEMIBOLD, Margin.Top.SMALL);
            }
            body.add(shown);
        }
        return body;
    }

    private void sign(OrderApi.Contract contract) {
        try {
            show(api.sign(order, contract));
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
            return;
        }
        Notification.show(getTranslation("order.contract.done"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
