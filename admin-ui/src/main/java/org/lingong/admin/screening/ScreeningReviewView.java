package org.lingong.admin.screening;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.i18n.China;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * 岗位审核: postings the screening held, oldest first, each with the words that held it and the rule's grounds; staff
 * publish one or take it down with a reason. Titles and matched words are posters' text: set as text, never HTML.
 */
@Route(value = "city/screening-reviews", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class ScreeningReviewView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(China.ZONE);

    record Hit(String rule, String category, String words, String action, String groundsZh, String groundsEn) {
    }

    record Held(UUID jobId, String title, List<Hit> hits, Instant heldAt) {
    }

    record Rejection(String reason) {
    }

    /** The job as approval or rejection answers it; only its title is shown. */
    record Job(UUID id, String title, String status) {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final Grid<Held> grid = new Grid<>();

    public ScreeningReviewView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        grid.setId("screening-reviews");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("screening.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        grid.removeAllColumns();
        grid.addColumn(held -> DATE_TIME.format(held.heldAt())).setHeader(getTranslation("screening.column.held"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Held::title).setHeader(getTranslation("screening.column.title")).setFlexGrow(2);
        grid.addComponentColumn(held -> reasons(held, event.getLocale()))
                .setHeader(getTranslation("screening.column.reasons")).setFlexGrow(4);
        grid.addComponentColumn(this::decisions).setAutoWidth(true).setFlexGrow(0);
        Paragraph help = new Paragraph(getTranslation("screening.help"));
        help.addClassNames(TextColor.SECONDARY);
        add(PageHeader.of(getTranslation("screening.title")), help, grid);
        setSizeFull();
        reload();
    }

    private void reload() {
        grid.setItems(List.of(api.get(Held[].class, "/t/{tenant}/api/v1/screening/reviews", tenant)));
    }

    /** Each hit: its category, the words as posted, and the rule's grounds in the page's language. */
    private Component reasons(Held held, Locale language) {
        Div all = new Div();
        all.addClassName("screening-reasons");
        all.getElement().setAttribute("data-job", held.jobId().toString());
        boolean english = Locale.ENGLISH.getLanguage().equals(language.getLanguage());
        for (Hit hit : held.hits()) {
            Span words = new Span(getTranslation("screening.reason", getTranslation("screening.category."
                    + hit.category()), hit.words()));
            words.addClassName("screening-words");
            Span grounds = new Span(english ? hit.groundsEn() : hit.groundsZh());
            grounds.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
            Div line = new Div(words, new Span(" "), grounds);
            all.add(line);
        }
        return all;
    }

    private Component decisions(Held held) {
        Button approve = new Button(getTranslation("screening.approve"), VaadinIcon.CHECK.create(),
                click -> decide(() -> api.post(Job.class, null, "/t/{tenant}/api/v1/screening/reviews/{id}/approve",
                        tenant, held.jobId()), "screening.approved"));
        approve.setId("approve-" + held.jobId());
        approve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        Button reject = new Button(getTranslation("screening.reject"), VaadinIcon.BAN.create(), click -> reject(held));
        reject.setId("reject-" + held.jobId());
        reject.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        return new Div(approve, reject);
    }

    private void reject(Held held) {
        Dialog dialog = new Dialog(getTranslation("screening.reject.title", held.title()));
        TextArea reason = new TextArea(getTranslation("screening.reject.reason"));
        reason.setId("review-reason");
        reason.setWidth("30rem");
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        FieldErrors errors = new FieldErrors().bind("reason", reason);
        Button confirm = new Button(getTranslation("screening.reject"), click -> {
            errors.clear();
            try {
                api.post(Job.class, new Rejection(reason.getValue().strip()),
                        "/t/{tenant}/api/v1/screening/reviews/{id}/reject", tenant, held.jobId());
                dialog.close();
                done("screening.rejected", held.title());
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });
        confirm.setId("confirm-reject");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void decide(Supplier<Job> call, String doneKey) {
        try {
            done(doneKey, call.get().title());
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
    }

    private void done(String key, String title) {
        Notification.show(getTranslation(key, title), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        reload();
    }
}
