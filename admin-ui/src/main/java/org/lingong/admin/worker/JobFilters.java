package org.lingong.admin.worker;

import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.lingong.admin.AnyChoice;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.worker.NearbyQuery.Term;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;

/**
 * What kind of job: a text search always in view, and the API's filters folded away (category, wage floor per day,
 * term, earliest start, priority groups). Every change is told as a {@link QueryChanged}.
 */
class JobFilters extends Div {

    /**
     * @param query         the current search; empty when the page has no place yet
     * @param categoryNames the city's categories by code, in the UI language
     */
    JobFilters(NearbyQuery query, Map<String, String> categoryNames) {
        add(text(query), filters(query, categoryNames));
        addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL);
    }

    Registration addQueryChangedListener(ComponentEventListener<QueryChanged> listener) {
        return addListener(QueryChanged.class, listener);
    }

    private TextField text(NearbyQuery query) {
        TextField text = new TextField();
        text.setId("q");
        text.setPlaceholder(getTranslation("worker.q"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(50);
        text.setWidthFull();
        text.setValue(query == null || query.text() == null ? "" : query.text());
        text.addValueChangeListener(change -> changed(q -> q.matching(change.getValue())));
        return text;
    }

    private Details filters(NearbyQuery query, Map<String, String> categoryNames) {
        Locale language = getLocale();
        Select<String> category = new Select<>();
        category.setId("category");
        category.setLabel(getTranslation("worker.category"));
        category.setItems(categoryNames.keySet());
        AnyChoice.offer(category, getTranslation("worker.any"), categoryNames::get);
        IntegerField wage = new IntegerField(getTranslation("worker.min-wage"));
        wage.setId("min-wage");
        wage.setMin(0);
        wage.setSuffixComponent(new Span(getTranslation("worker.per-day")));
        wage.setWidth("9em");
        Select<Term> term = new Select<>();
        term.setId("term");
        term.setLabel(getTranslation("worker.term"));
        term.setItems(Term.values());
        AnyChoice.offer(term, getTranslation("worker.any"), value -> getTranslation("nearby.term." + value));
        term.setWidth("7em");
        DatePicker starts = new DatePicker(getTranslation("worker.starts-from"));
        starts.setId("starts-from");
        starts.setI18n(dates(language));
        starts.setLocale(language);
        starts.setMin(LocalDate.now(JobTexts.CHINA));
        starts.setWidth("10em");
        Checkbox priority = new Checkbox(getTranslation("worker.priority-only"));
        priority.setId("priority-only");
        if (query != null) {
            category.setValue(query.category());
            wage.setValue(query.minWageYuanPerDay());
            term.setValue(query.term());
            starts.setValue(query.startsFrom());
            priority.setValue(query.priorityOnly());
        }
        category.addValueChangeListener(change -> changed(q -> q.filtered(change.getValue(), q.minWageYuanPerDay(),
                q.term(), q.startsFrom(), q.priorityOnly())));
        wage.addValueChangeListener(change -> {
            if (change.getValue() == null || change.getValue() >= 0) {
                changed(q -> q.filtered(q.category(), change.getValue(), q.term(), q.startsFrom(), q.priorityOnly()));
            }
        });
        term.addValueChangeListener(change -> changed(q -> q.filtered(q.category(), q.minWageYuanPerDay(),
                change.getValue(), q.startsFrom(), q.priorityOnly())));
        starts.addValueChangeListener(change -> changed(q -> q.filtered(q.category(), q.minWageYuanPerDay(), q.term(),
                change.getValue(), q.priorityOnly())));
        priority.addValueChangeListener(change -> changed(q -> q.filtered(q.category(), q.minWageYuanPerDay(),
                q.term(), q.startsFrom(), change.getValue())));

        Div fields = new Div(category, wage, term, starts, priority);
        fields.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.SMALL);
        Details details = new Details(getTranslation("worker.filters"), fields);
        details.setId("filters");
        return details;
    }

    private void changed(UnaryOperator<NearbyQuery> change) {
        fireEvent(new QueryChanged(this, change));
    }

    /** The calendar in the UI language, from the JDK's own locale data. */
    private DatePicker.DatePickerI18n dates(Locale language) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(language);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(getTranslation("worker.today"))
                .setCancel(getTranslation("worker.cancel"));
    }
}
