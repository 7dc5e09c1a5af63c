package org.lingong.admin.disputes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.StepDialog;
import org.lingong.admin.arrears.WageArrearsView;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.i18n.China;
import org.lingong.common.tenant.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import jakarta.annotation.security.RolesAllowed;

/**
 * 争议调处: the city's dispute cases, newest first, each with the step its status allows — record a session, an
 * agreement or the failure of mediation; print the agreement and record the signatures; print the case file and file
 * it for arbitration; record the result — and this month's figures against the city's targets. A case is opened from
 * an order (from a wage-arrears report the page is opened with {@code ?order=…&source=ARREARS}). People's words are
 * set as text, never HTML.
 */
@Route(value = "city/disputes", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class DisputesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        LocaleChangeObserver {

    static final List<String> STATUSES = List.of("", "MEDIATING", "AGREED", "MEDIATION_FAILED", "IN_ARBITRATION",
            "CLOSED");
    static final List<String> SOURCES = List.of("STAFF", "COMPLAINT", "ARREARS");
    static final List<String> RESULTS = List.of("AWARD", "SETTLED", "WITHDRAWN", "DISMISSED");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(China.ZONE);

    record Opening(UUID orderId, String source, Long complaintNumber, UUID mediatorId, Long claimFen, String claim) {
    }

    record Session(java.time.Instant heldAt, String place, String notes) {
    }

    record Agreement(String terms, Long amountFen, LocalDate payBy) {
    }

    record Failure(String reason) {
    }

    record Filing(String commission, String caseNumber, LocalDate filedOn) {
    }

    record Result(String result, Long awardFen, String note) {
    }

    record NewMediator(String name, String organisation) {
    }

    private final transient PlatformApi api;
    private final String tenant;
    private final boolean admin;
    private final Grid<Dispute> grid = new Grid<>();
    private final Select<String> status = new Select<>();
    private final Paragraph figures = new Paragraph();
    /** An order the page was opened for (from a wage-arrears report): its case dialog opens at once. */
    private String askedOrder;
    private String askedSource;

    public DisputesView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        SignedInUser user = SignedInUser.current(authentication);
        this.tenant = user.tenant().orElseThrow();
        this.admin = user.roles().contains(Roles.CITY_ADMIN);
        grid.setId("disputes");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        status.setId("disputes-status");
        status.setItems(STATUSES);
        status.setValue("");
        status.addValueChangeListener(change -> reload());
        figures.setId("dispute-kpis");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        askedOrder = parameters.getOrDefault("order", List.of()).stream().findFirst().orElse(null);
        askedSource = parameters.getOrDefault("source", List.of("STAFF")).getFirst();
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("disputes.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        status.setLabel(getTranslation("disputes.column.status"));
        status.setItemLabelGenerator(value -> getTranslation(value.isEmpty() ? "disputes.status.all"
                : "disputes.status." + value));
        grid.removeAllColumns();
        grid.addColumn(dispute -> "#" + dispute.number()).setHeader(getTranslation("disputes.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(dispute -> dispute.workerName() + " / " + dispute.employerName())
                .setHeader(getTranslation("disputes.column.parties")).setFlexGrow(2);
        grid.addColumn(dispute -> money(dispute.claimFen()) + " · " + dispute.claim())
                .setHeader(getTranslation("disputes.column.claim")).setFlexGrow(3);
        grid.addColumn(dispute -> dispute.mediator().name()).setHeader(getTranslation("disputes.column.mediator"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("disputes.column.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        Paragraph help = new Paragraph(getTranslation("disputes.help"));
        help.addClassNames(TextColor.SECONDARY);
        Button open = new Button(getTranslation("disputes.new"), VaadinIcon.PLUS.create(), click -> open(null, "STAFF"));
        open.setId("dispute-new");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        Button mediators = new Button(getTranslation("disputes.mediators"), VaadinIcon.USERS.create(),
                click -> mediators());
        mediators.setId("mediators");
        mediators.setVisible(admin);
        add(PageHeader.of(getTranslation("disputes.title"), status, mediators, open), help, figures, grid);
        setSizeFull();
        reload();
        if (askedOrder != null) {
            open(askedOrder, askedSource);
            askedOrder = null;
        }
    }

    private void reload() {
        String chosen = status.getValue();
        grid.setItems(List.of(chosen == null || chosen.isEmpty()
                ? api.get(Dispute[].class, "/t/{tenant}/api/v1/disputes", tenant)
                : api.get(Dispute[].class, "/t/{tenant}/api/v1/disputes?status={status}", tenant, chosen)));
        LocalDate today = LocalDate.now(China.ZONE);
        Dispute.Kpis kpis = api.get(Dispute.Kpis.class, "/t/{tenant}/api/v1/disputes/kpis?from={from}&to={to}", tenant,
                today.withDayOfMonth(1), today);
        figures.setText(getTranslation("disputes.kpis", percent(kpis.mediationSuccessRate()),
                kpis.mediationTargetPercent(), percent(kpis.arbitrationClosureRate()),
                kpis.arbitrationTargetPercent(), kpis.mediatingNow(), kpis.overdueNow(),
                kpis.mediationAverageDays() == null ? "—" : "%.1f".formatted(kpis.mediationAverageDays())));
    }

    private String percent(Double rate) {
        return rate == null ? "—" : Math.round(rate * 100) + "%";
    }

    private String money(long fen) {
        return WageArrearsView.yuan(fen, getLocale());
    }

    /** Where the case stands: overdue mediation red with its deadline, the agreement and arbitration under it. */
    private Component state(Dispute dispute) {
        Span state = new Span(getTranslation("disputes.status." + dispute.status()));
        state.addClassName("dispute-state");
        state.getElement().setAttribute("data-dispute", String.valueOf(dispute.number()));
        state.getElement().setAttribute("data-status", dispute.status());
        Div cell = new Div(state);
        if ("MEDIATING".equals(dispute.status())) {
            Span due = new Span(getTranslation(dispute.overdue() ? "disputes.overdue" : "disputes.due",
                    DATE.format(dispute.mediationDueAt())));
            due.addClassNames(FontSize.XSMALL, dispute.overdue() ? TextColor.ERROR : TextColor.SECONDARY);
            if (dispute.overdue()) {
                due.addClassName(FontWeight.SEMIBOLD);
            }
            cell.add(new Div(due));
        }
        String note = dispute.arbitration() != null && dispute.arbitration().result() != null
                ? getTranslation("disputes.result." + dispute.arbitration().result()) + "：" + dispute.arbitration().note()
                : dispute.failure() != null ? dispute.failure().reason()
                : dispute.agreement() != null ? dispute.agreement().terms() : null;
        if (note != null) {
            Span said = new Span(note);
            said.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
            cell.add(new Div(said));
        }
        return cell;
    }

    private Component actions(Dispute dispute) {
        Div actions = new Div();
        switch (dispute.status()) {
            case "MEDIATING" -> actions.add(
                    action("session-", dispute, "disputes.session", VaadinIcon.COMMENTS_O, () -> session(dispute)),
                    action("agree-", dispute, "disputes.agree", VaadinIcon.HANDSHAKE, () -> agree(dispute)),
                    action("fail-", dispute, "disputes.fail", VaadinIcon.CLOSE_CIRCLE_O, () -> fail(dispute)));
            case "AGREED" -> {
                actions.add(download("agreement-", dispute, "disputes.print-agreement", "agreement.pdf"));
                if (dispute.agreement().signedAt() == null) {
                    actions.add(action("signed-", dispute, "disputes.signed", VaadinIcon.PENCIL, () -> confirm(
                            getTranslation("disputes.signed.title", dispute.number()), new FieldErrors(), new Div(),
                            () -> api.post(Dispute.class, null, "/t/{tenant}/api/v1/disputes/{id}/agreement/signed",
                                    tenant, dispute.id()))));
                }
            }
            case "MEDIATION_FAILED" -> actions.add(
                    download("case-file-", dispute, "disputes.print-case-file", "case-file.pdf"),
                    action("file-", dispute, "disputes.file", VaadinIcon.INSTITUTION, () -> file(dispute)));
            case "IN_ARBITRATION" -> actions.add(
                    download("case-file-", dispute, "disputes.print-case-file", "case-file.pdf"),
                    action("close-", dispute, "disputes.close", VaadinIcon.CHECK_SQUARE_O, () -> close(dispute)));
            default -> {
                // Closed: nothing more to do.
            }
        }
        return actions;
    }

    private Button action(String idPrefix, Dispute dispute, String key, VaadinIcon icon, Runnable open) {
        Button button = new Button(getTranslation(key), icon.create(), click -> open.run());
        button.setId(idPrefix + dispute.number());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return button;
    }

    /** A PDF fetched as the signed-in user when it is clicked, so it shows the case as it is then. */
    private Anchor download(String idPrefix, Dispute dispute, String key, String file) {
        String name = file.replace(".pdf", "-" + dispute.number() + ".pdf");
        Anchor anchor = new Anchor((DownloadHandler) download -> {
            PlatformApi.File pdf = api.getFile("/t/{tenant}/api/v1/disputes/{id}/" + file, tenant, dispute.id());
            download.setFileName(name);
            download.setContentType(pdf.contentType());
            download.getOutputStream().write(pdf.bytes());
        }, getTranslation(key));
        anchor.setId(idPrefix + dispute.number());
        anchor.getElement().setAttribute("download", true);
        anchor.addClassNames(FontSize.SMALL);
        anchor.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
        return anchor;
    }

    /** 立案: the order, where the case comes from, the mediator, the claim. */
    private void open(String order, String source) {
        TextField orderId = field(new TextField(getTranslation("disputes.order")), "dispute-order");
        orderId.setValue(order == null ? "" : order);
        Select<String> from = new Select<>();
        from.setId("dispute-source");
        from.setLabel(getTranslation("disputes.source"));
        from.setItems(SOURCES);
        from.setItemLabelGenerator(value -> getTranslation("disputes.source." + value));
        from.setValue(SOURCES.contains(source) ? source : "STAFF");
        IntegerField complaint = field(new IntegerField(getTranslation("disputes.complaint")), "dispute-complaint");
        complaint.setVisible("COMPLAINT".equals(from.getValue()));
        from.addValueChangeListener(change -> complaint.setVisible("COMPLAINT".equals(change.getValue())));
        Select<Dispute.Mediator> mediator = new Select<>();
        mediator.setId("dispute-mediator");
        mediator.setLabel(getTranslation("disputes.column.mediator"));
        mediator.setItems(List.of(api.get(Dispute.Mediator[].class, "/t/{tenant}/api/v1/disputes/mediators", tenant))
                .stream().filter(Dispute.Mediator::active).toList());
        mediator.setItemLabelGenerator(m -> m.name() + "（" + m.organisation() + "）");
        BigDecimalField amount = field(new BigDecimalField(getTranslation("disputes.claim-amount")),
                "dispute-claim-amount");
        TextArea claim = field(new TextArea(getTranslation("disputes.column.claim")), "dispute-claim");
        FieldErrors errors = new FieldErrors().bind("orderId", orderId).bind("complaintNumber", complaint)
                .bind("mediatorId", mediator).bind("claimFen", amount).bind("claim", claim);
        confirm(getTranslation("disputes.new"), errors, new Div(orderId, from, complaint, mediator, amount, claim),
                () -> api.post(Dispute.class, new Opening(uuid(orderId.getValue()), from.getValue(),
                        complaint.getValue() == null ? null : complaint.getValue().longValue(),
                        mediator.getValue() == null ? null : mediator.getValue().id(), fen(amount.getValue()),
                        claim.getValue()), "/t/{tenant}/api/v1/disputes", tenant));
    }

    private void session(Dispute dispute) {
        DateTimePicker heldAt = new DateTimePicker(getTranslation("disputes.held-at"));
        heldAt.setId("session-held-at");
        heldAt.setValue(LocalDateTime.now(China.ZONE).withSecond(0).withNano(0));
        TextField place = field(new TextField(getTranslation("disputes.place")), "session-place");
        TextArea notes = field(new TextArea(getTranslation("disputes.notes")), "session-notes");
        confirm(getTranslation("disputes.session.title", dispute.number()),
                new FieldErrors().bind("heldAt", heldAt).bind("place", place).bind("notes", notes),
                new Div(heldAt, place, notes), () -> api.post(Dispute.class, new Session(heldAt.getValue() == null
                        ? null : heldAt.getValue().atZone(China.ZONE).toInstant(), place.getValue(), notes.getValue()),
                        "/t/{tenant}/api/v1/disputes/{id}/sessions", tenant, dispute.id()));
    }

    private void agree(Dispute dispute) {
        TextArea terms = field(new TextArea(getTranslation("disputes.terms")), "agreement-terms");
        BigDecimalField amount = field(new BigDecimalField(getTranslation("disputes.agreement-amount")),
                "agreement-amount");
        DatePicker payBy = new DatePicker(getTranslation("disputes.pay-by"));
        payBy.setId("agreement-pay-by");
        payBy.setMin(LocalDate.now(China.ZONE));
        confirm(getTranslation("disputes.agree.title", dispute.number()),
                new FieldErrors().bind("terms", terms).bind("amountFen", amount).bind("payBy", payBy),
                new Div(terms, amount, payBy), () -> api.post(Dispute.class, new Agreement(terms.getValue(),
                        fen(amount.getValue()), payBy.getValue()), "/t/{tenant}/api/v1/disputes/{id}/agreement",
                        tenant, dispute.id()));
    }

    private void fail(Dispute dispute) {
        TextArea reason = field(new TextArea(getTranslation("disputes.reason")), "failure-reason");
        confirm(getTranslation("disputes.fail.title", dispute.number()), new FieldErrors().bind("reason", reason),
                new Div(reason), () -> api.post(Dispute.class, new Failure(reason.getValue()),
                        "/t/{tenant}/api/v1/disputes/{id}/mediation-failure", tenant, dispute.id()));
    }

    private void file(Dispute dispute) {
        TextField commission = field(new TextField(getTranslation("disputes.commission")), "filing-commission");
        TextField caseNumber = field(new TextField(getTranslation("disputes.case-number")), "filing-case-number");
        DatePicker filedOn = new DatePicker(getTranslation("disputes.filed-on"));
        filedOn.setId("filing-filed-on");
        filedOn.setMax(LocalDate.now(China.ZONE));
        filedOn.setValue(LocalDate.now(China.ZONE));
        confirm(getTranslation("disputes.file.title", dispute.number()), new FieldErrors().bind("commission", commission)
                        .bind("caseNumber", caseNumber).bind("filedOn", filedOn), new Div(commission, caseNumber, filedOn),
                () -> api.post(Dispute.class, new Filing(commission.getValue(), caseNumber.getValue(),
                        filedOn.getValue()), "/t/{tenant}/api/v1/disputes/{id}/arbitration", tenant, dispute.id()));
    }

    private void close(Dispute dispute) {
        Select<String> result = new Select<>();
        result.setId("result-kind");
        result.setLabel(getTranslation("disputes.result"));
        result.setItems(RESULTS);
        result.setItemLabelGenerator(value -> getTranslation("disputes.result." + value));
        BigDecimalField award = field(new BigDecimalField(getTranslation("disputes.award")), "result-award");
        award.setVisible(false);
        result.addValueChangeListener(change -> award.setVisible("AWARD".equals(change.getValue())));
        TextArea note = field(new TextArea(getTranslation("disputes.note")), "result-note");
        confirm(getTranslation("disputes.close.title", dispute.number()), new FieldErrors().bind("result", result)
                        .bind("awardFen", award).bind("note", note), new Div(result, award, note),
                () -> api.post(Dispute.class, new Result(result.getValue(), "AWARD".equals(result.getValue())
                        ? fen(award.getValue()) : null, note.getValue()),
                        "/t/{tenant}/api/v1/disputes/{id}/arbitration/result", tenant, dispute.id()));
    }

    /** The city admin's list of mediators: who takes cases, and a new one added. */
    private void mediators() {
        Dialog dialog = new Dialog(getTranslation("disputes.mediators"));
        dialog.setWidth("34rem");
        Div list = new Div();
        list.setId("mediator-list");
        Runnable show = () -> {
            list.removeAll();
            for (Dispute.Mediator mediator : api.get(Dispute.Mediator[].class,
                    "/t/{tenant}/api/v1/disputes/mediators", tenant)) {
                list.add(new Div(new Span(mediator.name() + "（" + mediator.organisation() + "）"
                        + (mediator.active() ? "" : " · " + getTranslation("disputes.mediator.retired")))));
            }
        };
        show.run();
        TextField name = field(new TextField(getTranslation("disputes.mediator-name")), "mediator-name");
        TextField organisation = field(new TextField(getTranslation("disputes.organisation")), "mediator-organisation");
        FieldErrors errors = new FieldErrors().bind("name", name).bind("organisation", organisation);
        Button add = new Button(getTranslation("disputes.mediator.add"), click -> {
            errors.clear();
            try {
                api.post(Dispute.Mediator.class, new NewMediator(name.getValue(), organisation.getValue()),
                        "/t/{tenant}/api/v1/disputes/mediators", tenant);
                name.clear();
                show.run();
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });
        add.setId("mediator-add");
        dialog.add(list, new Div(name, organisation), add);
        Button done = new Button(getTranslation("disputes.done"), click -> dialog.close());
        done.setId("mediators-done");
        dialog.getFooter().add(done);
        dialog.open();
    }

    private void confirm(String title, FieldErrors errors, Div fields, Supplier<Dispute> call) {
        new StepDialog<>(title, getTranslation("disputes.confirm"), getTranslation("action.cancel"), "confirm-dispute",
                errors, fields, call, done -> {
                    Notification.show(getTranslation("disputes.saved", done.number(),
                            getTranslation("disputes.status." + done.status())), 4000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.SUCCESS);
                    reload();
                }).open();
    }

    private static <T extends Component & HasValidation> T field(T field, String id) {
        field.setId(id);
        field.getElement().getStyle().set("width", "100%");
        return field;
    }

    /** What was typed as an order's id; a mistyped one is sent as none, which the form then shows at the field. */
    private static UUID uuid(String typed) {
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static Long fen(BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
