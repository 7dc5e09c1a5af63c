package org.lingong.admin.verification;

import org.lingong.admin.PageHeader;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/** How the console's review queues look: a title with 刷新, a line of help, the queue with the decision panel beside. */
final class QueuePage {

    private QueuePage() {
    }

    static void lay(VerticalLayout view, String title, String help, String refreshId, Runnable refresh,
                    Grid<?> queue, Component panel, String panelWidth) {
        Button again = new Button(view.getTranslation("verification.refresh"), VaadinIcon.REFRESH.create(),
                click -> refresh.run());
        again.setId(refreshId);
        again.addThemeVariants(ButtonVariant.TERTIARY);
        Paragraph helpText = new Paragraph(help);
        helpText.addClassNames(TextColor.SECONDARY, FontSize.SMALL, Margin.NONE);
        panel.getElement().getStyle().set("width", panelWidth).set("flex", "none").set("overflow-y", "auto");
        queue.setHeightFull();
        queue.getStyle().set("flex", "1").set("min-width", "0");
        Div body = new Div(queue, panel);
        body.addClassNames(Display.FLEX, Gap.LARGE);
        body.setWidthFull();
        body.getStyle().set("flex", "1").set("min-height", "0");
        view.add(PageHeader.of(title, again), helpText, body);
    }
}
