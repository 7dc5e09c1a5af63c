package org.lingong.admin.sanctions;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.employer.EmployerProfileView;
import org.lingong.admin.worker.PhonePage;
import org.lingong.admin.worker.WorkerPages;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.BoxShadow;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /employer/{city}/sanctions}: 我的处理决定 — the decisions the city took against this employer, what each
 * means for it now, and an appeal while the period runs (the measure stays in force meanwhile). All text is text.
 */
@Route("employer/:city/sanctions")
@PermitAll
public class MySanctionsView extends PhonePage {

    record Appeal(String grounds) {
    }

    private List<SanctionsView.Sanction> mine = List.of();
    private Div list;

    public MySanctionsView(PlatformApi api) {
        super(api, "my-sanctions.title");
    }

    @Override
    protected void read(BeforeEnterEvent event) {
        mine = Arrays.asList(api.get(SanctionsView.Sanction[].class, "/t/{city}/api/v1/employers/me/sanctions",
                city));
    }

    @Override
    protected Component links() {
        return WorkerPages.links(new RouterLink(getTranslation("posting.back"), EmployerProfileView.class,
                new RouteParameters("city", city)));
    }

    @Override
    protected void fill(Div content) {
        list = new Div();
        list.setId("my-sanctions");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        content.add(list);
        show();
    }

    private void show() {
        list.removeAll();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("my-sanctions.none"));
            none.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            list.add(none);
        }
        mine.forEach(sanction -> list.add(card(sanction)));
    }

    private Div card(SanctionsView.Sanction sanction) {
        Span title = new Span("#" + sanction.number() + " " + getTranslation("sanctions.measure." + sanction.measure())
                + " · " + getTranslation("sanctions.state." + sanction.state()));
        title.addClassNames(FontWeight.SEMIBOLD);
        Div card = new Div(title);
        if (sanction.endsAt() != null) {
            card.add(line(getTranslation("sanctions.term." + sanction.measure(),
                    SanctionsView.DATE.format(sanction.endsAt().minusSeconds(1)))));
        }
        card.add(line(getTranslation("sanctions.column.grounds") + "：" + sanction.grounds()),
                line(getTranslation("sanctions.decision") + "：" + sanction.decision()));
        if (sanction.outcome() != null) {
            card.add(line(getTranslation("sanctions.outcome." + sanction.outcome())
                    + (sanction.outcomeNote() == null ? "" : "：" + sanction.outcomeNote())));
        }
        if (sanction.appeal() != null) {
            card.add(line(getTranslation("my-sanctions.appealed", sanction.appeal().grounds())));
            card.add(line(sanction.appeal().result() == null ? getTranslation("sanctions.appeal.waiting")
                    : getTranslation("sanctions.appeal." + sanction.appeal().result()) + "："
                            + sanction.appeal().resultNote()));
        } else if (sanction.appealableUntil().isAfter(Instant.now())) {
            card.add(appealForm(sanction));
        }
        card.addClassNames("my-sanction", Padding.MEDIUM, Background.BASE, BorderRadius.MEDIUM, BoxShadow.XSMALL);
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        card.getElement().setAttribute("data-state", sanction.state());
        card.getElement().setAttribute("data-number", String.valueOf(sanction.number()));
        return card;
    }

    private Div appealForm(SanctionsView.Sanction sanction) {
        TextArea grounds = new TextArea(getTranslation("my-sanctions.appeal.grounds"));
        grounds.setId("appeal-grounds-" + sanction.number());
        grounds.setWidthFull();
        grounds.setMaxLength(1000);
        grounds.setHelperText(getTranslation("my-sanctions.appeal.help",
                SanctionsView.DATE.format(sanction.appealableUntil())));
        FieldErrors errors = new FieldErrors().bind("grounds", grounds);
        Button send = new Button(getTranslation("my-sanctions.appeal"), click -> {
            errors.clear();
            try {
                api.post(SanctionsView.Sanction.class, new Appeal(grounds.getValue()),
                        "/t/{city}/api/v1/employers/me/sanctions/{id}/appeal", city, sanction.id());
                Notification.show(getTranslation("my-sanctions.appeal.sent", sanction.number()), 5000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                mine = Arrays.asList(api.get(SanctionsView.Sanction[].class,
                        "/t/{city}/api/v1/employers/me/sanctions", city));
                show();
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });
        send.setId("appeal-send-" + sanction.number());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        return new Div(grounds, send);
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassNames(FontSize.SMALL);
        return line;
    }
}
