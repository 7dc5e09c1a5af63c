package org.lingong.admin;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableFunction;

/** A filter's select whose empty choice means "any", labelled so (Select asks for its label with {@code null}). */
public final class AnyChoice {

    private AnyChoice() {
    }

    public static <T> void offer(Select<T> select, String any, SerializableFunction<T, String> label) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItemLabelGenerator(value -> value == null ? any : label.apply(value));
    }
}
