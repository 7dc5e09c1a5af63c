package org.lingong.admin.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lingong.admin.MainLayout;
import org.lingong.admin.PageHeader;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.nearby.CityDirectory;
import org.lingong.admin.nearby.CityDirectory.Carrier;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * 代发布: station staff and city administrators post a job for an employer who phoned or walked in. Staff find the
 * employer by part of its name among the city's verified ones, then fill in the usual job at one of the city's markets
 * ({@code POST /api/v1/jobs} with {@code onBehalfOf}); the job is the employer's, shows it was posted by staff, and the
 * API audits who. The API's checks show at the fields; names are text, never HTML.
 */
@Route(value = "city/jobs/on-behalf", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class ProxyPostingView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    static final List<String> UNITS = List.of("DAY", "HOUR", "PIECE", "MONTH");

    /** An employer as {@code GET /api/v1/employers} lists it: masked. */
    record Employer(UUID id, String legalName, String creditCode) {
    }

    record EmployerPage(List<Employer> items, long total) {
    }

    record Wage(long amountFen, String unit) {
    }

    record Location(double latitude, double longitude) {
    }

    record Source(String channel) {
    }

    /** What {@code POST /api/v1/jobs} takes for an employer's job posted by staff. */
    record Posting(String title, String category, String description, Wage wage, Integer slots, Location location,
                   String address, Long marketId, Instant startsAt, Instant endsAt, String term, String contactPolicy,
                   Source source, boolean draft, UUID onBehalfOf) {
    }

    record Posted(UUID id, String title, String status) {
    }

    private final transient PlatformApi api;
    private final String tenant;

    public ProxyPostingView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("proxy.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        add(PageHeader.of(getTranslation("proxy.title"), new Paragraph(getTranslation("proxy.help"))), form());
    }

    private FormLayout form() {
        ComboBox<Employer> employer = new ComboBox<>(getTranslation("proxy.employer"));
        employer.setId("proxy-employer");
        employer.setPlaceholder(getTranslation("proxy.employer.placeholder"));
        employer.setItemLabelGenerator(found -> found.legalName() + " · " + found.creditCode());
        employer.addValueChangeListener(change -> employer.setInvalid(false));
        // The API matches the name; a page of the combo box is a page of the list.
        employer.setItems(query -> api.get(EmployerPage.class,
                "/t/{tenant}/api/v1/employers?status=VERIFIED&q={q}&page={page}&size={size}", tenant,
                query.getFilter().orElse("").strip(), query.getPage(), query.getPageSize()).items().stream());

        TextField title = new TextField(getTranslation("proxy.job-title"));
        title.setId("proxy-title");
        Select<String> category = new Select<>();
        category.setId("proxy-category");
        category.setLabel(getTranslation("jobs.column.category"));
        Map<String, String> categories = CityDirectory.names(CityDirectory.categories(api, tenant), getLocale());
        category.setItems(categories.keySet());
        category.setItemLabelGenerator(categories::get);
        TextArea description = new TextArea(getTranslation("proxy.description"));
        description.setId("proxy-description");
        BigDecimalField wage = new BigDecimalField(getTranslation("proxy.wage"));
        wage.setId("proxy-wage");
        Select<String> unit = new Select<>();
        unit.setId("proxy-unit");
        unit.setLabel(getTranslation("proxy.unit"));
        unit.setItems(UNITS);
        unit.setItemLabelGenerator(value -> getTranslation("wage.unit." + value));
        unit.setValue("DAY");
        IntegerField slots = new IntegerField(getTranslation("proxy.slots"));
        slots.setId("proxy-slots");
        slots.setMin(1);

        Select<Carrier> market = new Select<>();
        market.setId("proxy-market");
        market.setLabel(getTranslation("proxy.market"));
        market.setItems(CityDirectory.markets(api, tenant));
        market.setItemLabelGenerator(Carrier::name);
        TextField address = new TextField(getTranslation("proxy.address"));
        address.setId("proxy-address");
        market.addValueChangeListener(change -> {
            if (change.getValue() != null && address.isEmpty()) {
                address.setValue(change.getValue().address() == null ? "" : change.getValue().address());
            }
        });
        DateTimePicker starts = new DateTimePicker(getTranslation("proxy.starts"));
        starts.setId("proxy-starts");
        DateTimePicker ends = new DateTimePicker(getTranslation("proxy.ends"));
        ends.setId("proxy-ends");
        LocalDateTime tomorrow = LocalDateTime.of(LocalDate.now(JobTexts.CHINA).plusDays(1), LocalTime.of(8, 0));
        starts.setValue(tomorrow);
        ends.setValue(tomorrow.plusHours(9));
        Select<String> term = new Select<>();
        term.setLabel(getTranslation("worker.term"));
        term.setItems("SHORT", "LONG");
        term.setItemLabelGenerator(value -> getTranslation("nearby.term." + value));
        term.setValue("SHORT");
        Checkbox draft = new Checkbox(getTranslation("proxy.draft"));
        draft.setId("proxy-draft");

        FieldErrors errors = new FieldErrors().bind("onBehalfOf", employer).bind("title", title)
                .bind("category", category).bind("description", description).bind("wage", wage)
                .bind("slots", slots).bind("marketId", market).bind("location", market).bind("address", address)
                .bind("startsAt", starts).bind("endsAt", ends).bind("term", term);
        Button post = new Button(getTranslation("proxy.post"), VaadinIcon.CHECK.create());
        post.setId("proxy-post");
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.addClickListener(click -> {
            errors.clear();
            Employer chosen = employer.getValue();
            if (chosen == null) {
                employer.setErrorMessage(getTranslation("proxy.employer.required"));
                employer.setInvalid(true);
                return;
            }
            BigDecimal fen = wage.isEmpty() ? null : wage.getValue().movePointRight(2);
            if (fen != null && fen.stripTrailingZeros().scale() > 0) {
                wage.setErrorMessage(getTranslation("proxy.wage.cents"));
                wage.setInvalid(true);
                return;
            }
            Carrier place = market.getValue();
            Posting posting = new Posting(title.getValue(), category.getValue(),
                    description.isEmpty() ? null : description.getValue(),
                    fen == null ? null : new Wage(fen.longValueExact(), unit.getValue()), slots.getValue(),
                    place == null ? null : new Location(place.latitude(), place.longitude()),
                    address.isEmpty() ? null : address.getValue(), place == null ? null : place.id(),
                    instant(starts), instant(ends), term.getValue(), "PLATFORM_ONLY", new Source("EMPLOYER"),
                    draft.getValue(), chosen.id());
            try {
                Posted posted = api.post(Posted.class, posting, "/t/{tenant}/api/v1/jobs", tenant);
                Notification.show(getTranslation("proxy.done." + posted.status(), chosen.legalName(), posted.title()),
                        5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                title.clear();
                description.clear();
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });

        FormLayout form = new FormLayout(employer, title, category, slots, wage, unit, market, address, starts, ends,
                term, description, draft, post);
        form.setId("proxy-form");
        form.setColspan(employer, 2);
        form.setColspan(description, 2);
        form.setMaxWidth("48rem");
        return form;
    }

    /** The picker's local time is China's, whatever the server's zone. */
    private static Instant instant(DateTimePicker picker) {
        return picker.isEmpty() ? null : picker.getValue().atZone(JobTexts.CHINA).toInstant();
    }
}
