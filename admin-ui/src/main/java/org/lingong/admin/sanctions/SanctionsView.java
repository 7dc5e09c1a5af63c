package org.lingong.admin.sanctions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.StepDialog;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.jobs.EmployerPicker;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.i18n.China;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * 处理决定: the city's sanctions against employers, newest first, each with where it stands and its appeal. The city
 * admin decides a measure (it takes effect at once), lifts a suspension and decides appeals; station staff check
 * whether an order to correct was obeyed. Grounds, decisions and notes are people's words: set as text, never HTML.
 */
@Route(value = "city/sanctions", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class SanctionsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(China.ZONE);
    static final List<String> MEASURES = List.of("ORDER_TO_CORRECT", "TAKE_DOWN_JOBS", "SUSPEND", "CLOSE");

    record Appeal(String grounds, Instant filedAt, String result, String resultNote, Instant decidedAt) {
    }

    record Sanction(UUID id, long number, UUID employerId, String employerName, String measure, String grounds,
                    String decision, Instant decidedAt, Instant endsAt, int jobsTakenDown, String state,
                    String outcome, String outcomeNote, Instant appealableUntil, Appeal appeal) {

        boolean appealWaiting() {
            return appeal != null && appeal.result() == null;
        }
    }

    record Decision(UUID employerId, String measure, String grounds, String decision, Integer correctWithinDays,
                    LocalDate suspendedThrough) {
    }

    record Check(Boolean corrected, String note) {
    }

    record Note(String note) {
    }

    record AppealDecision(Boolean revoke, String note) {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final boolean admin;
    private final Grid<Sanction> grid = new Grid<>();
    private final Checkbox currentOnly = new Checkbox();

    public SanctionsView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        SignedInUser user = SignedInUser.current(authentication);
        this.tenant = user.tenant().orElseThrow();
        this.admin = user.roles().contains(Roles.CITY_ADMIN);
        grid.setId("sanctions");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        currentOnly.setId("sanctions-current");
        currentOnly.addValueChangeListener(change -> reload());
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("sanctions.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        currentOnly.setLabel(getTranslation("sanctions.current-only"));
        grid.removeAllColumns();
        grid.addColumn(sanction -> "#" + sanction.number()).setHeader(getTranslation("sanctions.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Sanction::employerName).setHeader(getTranslation("sanctions.column.employer")).setFlexGrow(2);
        grid.addColumn(sanction -> getTranslation("sanctions.measure." + sanction.measure()))
                .setHeader(getTranslation("sanctions.column.measure")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("sanctions.column.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Sanction::grounds).setHeader(getTranslation("sanctions.column.grounds")).setFlexGrow(3);
        grid.addColumn(sanction -> DATE.format(sanction.decidedAt()))
                .setHeader(getTranslation("sanctions.column.decided")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        Paragraph help = new Paragraph(getTranslation("sanctions.help"));
        help.addClassNames(TextColor.SECONDARY);
        Button decide = new Button(getTranslation("sanctions.new"), VaadinIcon.GAVEL.create(), click -> decide());
        decide.setId("sanction-new");
        decide.addThemeVariants(ButtonVariant.PRIMARY);
        decide.setVisible(admin);
        add(PageHeader.of(getTranslation("sanctions.title"), currentOnly, decide), help, grid);
        setSizeFull();
        reload();
    }

    private void reload() {
        grid.setItems(List.of(api.get(Sanction[].class, "/t/{tenant}/api/v1/sanctions?current={current}", tenant,
                currentOnly.getValue())));
    }

    /** Where it stands, its term, and an appeal waiting; coloured: in force red, a check due amber. */
    private Component state(Sanction sanction) {
        String term = sanction.endsAt() == null ? ""
                // The term ends at midnight: people read the last day.
                : " · " + getTranslation("sanctions.term." + sanction.measure(),
                        DATE.format(sanction.endsAt().minusSeconds(1)));
        Span state = new Span(getTranslation("sanctions.state." + sanction.state()) + term);
        state.addClassName("sanction-state");
        state.getElement().setAttribute("data-sanction", sanction.id().toString());
        state.getElement().setAttribute("data-state", sanction.state());
        switch (sanction.state()) {
            case "IN_FORCE" -> state.addClassNames(TextColor.ERROR, FontWeight.SEMIBOLD);
            case "CHECK_DUE" -> state.addClassNames(TextColor.WARNING, FontWeight.SEMIBOLD);
            default -> state.addClassNames(TextColor.SECONDARY);
        }
        Div cell = new Div(state);
        if (sanction.outcome() != null) {
            Span outcome = new Span(getTranslation("sanctions.outcome." + sanction.outcome())
                    + (sanction.outcomeNote() == null ? "" : "：" + sanction.outcomeNote()));
            outcome.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
            cell.add(new Div(outcome));
        }
        if (sanction.appealWaiting()) {
            Span appeal = new Span(getTranslation("sanctions.appeal.waiting"));
            appeal.addClassNames("sanction-appeal", FontSize.XSMALL, TextColor.WARNING);
            cell.add(new Div(appeal));
        }
        return cell;
    }

    private Component actions(Sanction sanction) {
        Div actions = new Div();
        boolean running = "IN_FORCE".equals(sanction.state()) || "CHECK_DUE".equals(sanction.state());
        if (running && "ORDER_TO_CORRECT".equals(sanction.measure())) {
            actions.add(action("check-", sanction, "sanctions.check", VaadinIcon.CHECK_SQUARE_O, () -> check(sanction)));
        }
        if (admin && running && List.of("SUSPEND", "CLOSE").contains(sanction.measure())) {
            actions.add(action("lift-", sanction, "sanctions.lift", VaadinIcon.UNLOCK, () -> lift(sanction)));
        }
        if (admin && sanction.appealWaiting()) {
            actions.add(action("appeal-", sanction, "sanctions.appeal.decide", VaadinIcon.SCALE,
                    () -> decideAppeal(sanction)));
        }
        return actions;
    }

    private Button action(String idPrefix, Sanction sanction, String key, VaadinIcon icon, Runnable open) {
        Button button = new Button(getTranslation(key), icon.create(), click -> open.run());
        button.setId(idPrefix + sanction.id());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return button;
    }

    /** 作出处理决定: the employer, the measure, its term where it has one, the grounds and the decision. */
    private void decide() {
        EmployerPicker employer = new EmployerPicker(api, tenant, getTranslation("sanctions.column.employer"));
        employer.setId("sanction-employer");
        employer.setWidthFull();
        Select<String> measure = new Select<>();
        measure.setId("sanction-measure");
        measure.setLabel(getTranslation("sanctions.column.measure"));
        measure.setItems(MEASURES);
        measure.setItemLabelGenerator(value -> getTranslation("sanctions.measure." + value));
        measure.setValue("ORDER_TO_CORRECT");
        IntegerField days = new IntegerField(getTranslation("sanctions.days"));
        days.setId("sanction-days");
        days.setMin(1);
        days.setMax(60);
        days.setValue(5);
        days.setStepButtonsVisible(true);
        DatePicker through = new DatePicker(getTranslation("sanctions.through"));
        through.setId("sanction-through");
        through.setMin(LocalDate.now(China.ZONE).plusDays(1));
        through.setVisible(false);
        Paragraph effect = new Paragraph(getTranslation("sanctions.effect.ORDER_TO_CORRECT"));
        effect.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        measure.addValueChangeListener(change -> {
            days.setVisible("ORDER_TO_CORRECT".equals(change.getValue()));
            through.setVisible("SUSPEND".equals(change.getValue()));
            effect.setText(getTranslation("sanctions.effect." + change.getValue()));
        });
        TextArea grounds = text("sanction-grounds", "sanctions.column.grounds");
        TextArea decision = text("sanction-decision", "sanctions.decision");
        FieldErrors errors = new FieldErrors().bind("employerId", employer).bind("grounds", grounds)
                .bind("decision", decision);
        StepDialog<Sanction> dialog = new StepDialog<>(getTranslation("sanctions.new"),
                getTranslation("sanctions.save"), getTranslation("action.cancel"), "sanction-save", errors,
                new Div(employer, measure, days, through, effect, grounds, decision), () -> {
                    String chosen = measure.getValue();
                    return api.post(Sanction.class, new Decision(employer.getValue() == null ? null
                            : employer.getValue().id(), chosen, grounds.getValue(), decision.getValue(),
                            "ORDER_TO_CORRECT".equals(chosen) ? days.getValue() : null,
                            "SUSPEND".equals(chosen) ? through.getValue() : null), "/t/{tenant}/api/v1/sanctions", tenant);
                }, done -> done(done, "sanctions.decided"));
        dialog.setWidth("40rem");
        dialog.confirmButton().addThemeVariants(ButtonVariant.ERROR);
        dialog.open();
    }

    private void check(Sanction sanction) {
        String title = getTranslation("sanctions.check.title", sanction.number(), sanction.employerName());
        Select<Boolean> corrected = new Select<>();
        corrected.setLabel(getTranslation("sanctions.check"));
        corrected.setId("sanction-corrected");
        corrected.setItems(true, false);
        corrected.setItemLabelGenerator(value -> getTranslation("sanctions.outcome."
                + (value ? "CORRECTED" : "NOT_CORRECTED")));
        TextArea note = text("sanction-note", "sanctions.note");
        FieldErrors errors = new FieldErrors().bind("corrected", corrected).bind("note", note);
        confirmDialog(title, errors, new Div(corrected, note), () -> api.post(Sanction.class,
                new Check(corrected.getValue(), note.getValue()), "/t/{tenant}/api/v1/sanctions/{id}/check", tenant,
                sanction.id()));
    }

    private void lift(Sanction sanction) {
        String title = getTranslation("sanctions.lift.title", sanction.number(), sanction.employerName());
        TextArea note = text("sanction-note", "sanctions.note");
        FieldErrors errors = new FieldErrors().bind("note", note);
        confirmDialog(title, errors, new Div(note), () -> api.post(Sanction.class, new Note(note.getValue()),
                "/t/{tenant}/api/v1/sanctions/{id}/lift", tenant, sanction.id()));
    }

    private void decideAppeal(Sanction sanction) {
        String title = getTranslation("sanctions.appeal.title", sanction.number(), sanction.employerName());
        Paragraph grounds = new Paragraph(sanction.appeal().grounds());
        grounds.setId("sanction-appeal-grounds");
        Select<Boolean> revoke = new Select<>();
        revoke.setLabel(getTranslation("sanctions.appeal.decide"));
        revoke.setId("sanction-revoke");
        revoke.setItems(false, true);
        revoke.setItemLabelGenerator(value -> getTranslation("sanctions.appeal." + (value ? "REVOKED" : "UPHELD")));
        TextArea note = text("sanction-note", "sanctions.note");
        FieldErrors errors = new FieldErrors().bind("revoke", revoke).bind("note", note);
        confirmDialog(title, errors, new Div(grounds, revoke, note), () -> api.post(Sanction.class,
                new AppealDecision(revoke.getValue(), note.getValue()),
                "/t/{tenant}/api/v1/sanctions/{id}/appeal-decision", tenant, sanction.id()));
    }

    private void confirmDialog(String title, FieldErrors errors, Div fields, Supplier<Sanction> call) {
        new StepDialog<>(title, getTranslation("sanctions.confirm"), getTranslation("action.cancel"),
                "confirm-sanction", errors, fields, call, done -> done(done, "sanctions.saved")).open();
    }

    private void done(Sanction done, String doneKey) {
        Notification.show(getTranslation(doneKey, done.number(), getTranslation("sanctions.state." + done.state())),
                4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
        reload();
    }

    private TextArea text(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(1000);
        return area;
    }
}
