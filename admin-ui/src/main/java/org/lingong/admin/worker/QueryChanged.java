package org.lingong.admin.worker;

import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** The worker changed what they look for (travel, text, a filter, the order): the change to the current search. */
class QueryChanged extends ComponentEvent<Component> {

    private final UnaryOperator<NearbyQuery> change;

    QueryChanged(Component source, UnaryOperator<NearbyQuery> change) {
        super(source, false);
        this.change = change;
    }

    NearbyQuery applyTo(NearbyQuery query) {
        return change.apply(query);
    }
}
