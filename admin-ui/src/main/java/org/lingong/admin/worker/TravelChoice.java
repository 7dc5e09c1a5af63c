package org.lingong.admin.worker;

import java.util.function.UnaryOperator;

import org.lingong.admin.worker.NearbyQuery.Sort;
import org.lingong.common.nearby.TravelMode;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;

/** How the worker gets there and how long they will travel (the circle), and the order of the list. */
class TravelChoice extends Div {

    private static final int MAX_MINUTES = 120;

    /** @param query the current search; empty when the page has no place yet */
    TravelChoice(NearbyQuery query) {
        Select<TravelMode> mode = new Select<>();
        mode.setId("mode");
        mode.setItems(TravelMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("worker.mode." + value));
        mode.setValue(query == null ? TravelMode.WALK : query.mode());
        mode.setWidth("7em");
        IntegerField minutes = new IntegerField();
        minutes.setId("minutes");
        minutes.setMin(1);
        minutes.setMax(MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(query == null ? 15 : query.minutes());
        minutes.setSuffixComponent(new Span(getTranslation("worker.minutes")));
        minutes.setWidth("8.5em");
        mode.addValueChangeListener(change -> changed(q -> q.with(change.getValue(), q.minutes())));
        minutes.addValueChangeListener(change -> {
            Integer value = change.getValue();
            if (value != null && value >= 1 && value <= MAX_MINUTES) {
                changed(q -> q.with(q.mode(), value));
            }
        });
        Select<Sort> sort = new Select<>();
        sort.setId("sort");
        sort.setItems(Sort.values());
        sort.setItemLabelGenerator(value -> getTranslation("worker.sort." + value));
        sort.setValue(query == null ? Sort.DISTANCE : query.sort());
        sort.setWidth("8em");
        sort.addValueChangeListener(change -> changed(q -> q.sortedBy(change.getValue())));
        add(mode, minutes, sort);
        addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.SMALL);
    }

    Registration addQueryChangedListener(ComponentEventListener<QueryChanged> listener) {
        return addListener(QueryChanged.class, listener);
    }

    private void changed(UnaryOperator<NearbyQuery> change) {
        fireEvent(new QueryChanged(this, change));
    }
}
