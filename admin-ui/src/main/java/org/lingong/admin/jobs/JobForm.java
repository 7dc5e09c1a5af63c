package org.lingong.admin.jobs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.CityDirectory;
import org.lingong.admin.nearby.JobTexts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The job a poster fills in — title, the city's category, wage in yuan (sent in fen) and unit, slots, address, times
 * in China's time, term, description — shared by staff's 代发布 and the employer's own posting page, which add who
 * posts and where the place is (a market, a saved address, a point on the map). The API judges it; its field errors
 * show at the fields, other refusals as a {@link ProblemNotice}.
 */
public class JobForm extends FormLayout {

    static final List<String> UNITS = List.of("DAY", "HOUR", "PIECE", "MONTH");

    public record Wage(long amountFen, String unit) {
    }

    public record Location(double latitude, double longitude) {
    }

    public record Source(String channel) {
    }

    /** What {@code POST /api/v1/jobs} (and an employer's rewrite of its draft) takes. */
    public record Posting(String title, String category, String description, Wage wage, Integer slots,
                          Location location, String address, Long marketId, Instant startsAt, Instant endsAt,
                          String term, String contactPolicy, Source source, boolean draft, UUID onBehalfOf) {
    }

    /** A job as the API shows it: what the form is filled from. */
    public record Job(UUID id, String title, String category, String description, Wage wage, int slots,
                      Location location, String address, Long marketId, Instant startsAt, Instant endsAt,
                      String term, String status) {
    }

    private final TextField title = new TextField(getTranslation("job-form.job-title"));
    private final Select<String> category = new Select<>();
    private final TextArea description = new TextArea(getTranslation("job-form.description"));
    private final BigDecimalField wage = new BigDecimalField(getTranslation("job-form.wage"));
    private final Select<String> unit = new Select<>();
    private final IntegerField slots = new IntegerField(getTranslation("job-form.slots"));
    private final TextField address = new TextField(getTranslation("job-form.address"));
    private final DateTimePicker starts = new DateTimePicker(getTranslation("job-form.starts"));
    private final DateTimePicker ends = new DateTimePicker(getTranslation("job-form.ends"));
    private final Select<String> term = new Select<>();
    private final FieldErrors errors;

    /** @param ids the prefix of the fields' ids, e.g. {@code proxy} gives {@code proxy-title} */
    public JobForm(PlatformApi api, String city, String ids) {
        title.setId(ids + "-title");
        category.setId(ids + "-category");
        category.setLabel(getTranslation("jobs.column.category"));
        Map<String, String> categories = CityDirectory.names(CityDirectory.categories(api, city), getLocale());
        category.setItems(categories.keySet());
        category.setItemLabelGenerator(categories::get);
        description.setId(ids + "-description");
        wage.setId(ids + "-wage");
        wage.getElement().setAttribute("inputmode", "decimal");
        unit.setId(ids + "-unit");
        unit.setLabel(getTranslation("job-form.unit"));
        unit.setItems(UNITS);
        unit.setItemLabelGenerator(value -> getTranslation("wage.unit." + value));
        unit.setValue("DAY");
        slots.setId(ids + "-slots");
        slots.setMin(1);
        address.setId(ids + "-address");
        starts.setId(ids + "-starts");
        ends.setId(ids + "-ends");
        LocalDateTime tomorrow = LocalDateTime.of(LocalDate.now(JobTexts.CHINA).plusDays(1), LocalTime.of(8, 0));
        starts.setValue(tomorrow);
        ends.setValue(tomorrow.plusHours(9));
        term.setLabel(getTranslation("worker.term"));
        term.setItems("SHORT", "LONG");
        term.setItemLabelGenerator(value -> getTranslation("nearby.term." + value));
        term.setValue("SHORT");
        errors = new FieldErrors().bind("title", title).bind("category", category).bind("description", description)
                .bind("wage", wage).bind("slots", slots).bind("address", address).bind("startsAt", starts)
                .bind("endsAt", ends).bind("term", term);
        setMaxWidth("48rem");
    }

    /**
     * Lays the form out: the page's own fields first (who posts), the job, the place (the page's way of choosing it,
     * then the address), the times, and the page's last fields and buttons.
     */
    public JobForm lay(List<Component> first, List<Component> place, List<Component> last) {
        first.forEach(this::wide);
        add(title, category, slots, wage, unit);
        place.forEach(this::wide);
        wide(address);
        add(starts, ends, term);
        wide(description);
        last.forEach(this::wide);
        return this;
    }

    private void wide(Component component) {
        add(component);
        setColspan(component, 2);
    }

    /** For the page to bind its own fields, e.g. where {@code location} errors show. */
    public FieldErrors errors() {
        return errors;
    }

    public TextField address() {
        return address;
    }

    /**
     * The posting as filled in, or none when the wage has fractions of a fen (said at the field). The place is the
     * page's: a point, and the market it is at if any.
     */
    public Optional<Posting> posting(Location location, Long marketId, boolean draft, UUID onBehalfOf) {
        errors.clear();
        BigDecimal fen = wage.isEmpty() ? null : wage.getValue().movePointRight(2);
        if (fen != null && fen.stripTrailingZeros().scale() > 0) {
            wage.setErrorMessage(getTranslation("job-form.wage.cents"));
            wage.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(new Posting(title.getValue(), category.getValue(),
                description.isEmpty() ? null : description.getValue(),
                fen == null ? null : new Wage(fen.longValueExact(), unit.getValue()), slots.getValue(), location,
                address.isEmpty() ? null : address.getValue(), marketId, instant(starts), instant(ends),
                term.getValue(), "PLATFORM_ONLY", new Source("EMPLOYER"), draft, onBehalfOf));
    }

    /**
     * Fills the form from a job: a draft with its own times; a past job to post again with the same hours from
     * tomorrow (its dates are gone).
     */
    public void fill(Job job, boolean ownTimes) {
        title.setValue(job.title());
        category.setValue(job.category());
        description.setValue(job.description() == null ? "" : job.description());
        wage.setValue(BigDecimal.valueOf(job.wage().amountFen()).movePointLeft(2).stripTrailingZeros());
        unit.setValue(job.wage().unit());
        slots.setValue(job.slots());
        address.setValue(job.address() == null ? "" : job.address());
        term.setValue(job.term());
        LocalDateTime start = LocalDateTime.ofInstant(job.startsAt(), JobTexts.CHINA);
        if (!ownTimes) {
            start = LocalDateTime.of(LocalDate.now(JobTexts.CHINA).plusDays(1), start.toLocalTime());
        }
        starts.setValue(start);
        ends.setValue(start.plus(Duration.between(job.startsAt(), job.endsAt())));
    }

    /** The API's refusal: at the fields it names, else as a notice. */
    public void show(ApiProblem problem) {
        if (!errors.show(problem)) {
            ProblemNotice.show(problem);
        }
    }

    public void clearTexts() {
        title.clear();
        description.clear();
    }

    /** The picker's local time is China's, whatever the server's zone. */
    private static Instant instant(DateTimePicker picker) {
        return picker.isEmpty() ? null : picker.getValue().atZone(JobTexts.CHINA).toInstant();
    }
}
