package org.lingong.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A console page's first line: its title on the left, its filters or main action on the right. */
public final class PageHeader {

    private PageHeader() {
    }

    public static HorizontalLayout of(String title, Component... tools) {
        HorizontalLayout header = new HorizontalLayout(new H2(title));
        header.add(tools);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        return header;
    }
}
