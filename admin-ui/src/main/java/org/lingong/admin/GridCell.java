package org.lingong.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/** A grid cell of two lines: what names the row, and below it, smaller, what goes with it (a phone, a category). */
public final class GridCell {

    private GridCell() {
    }

    public static Component twoLines(String first, String second) {
        Span top = new Span(first);
        top.addClassNames(FontWeight.MEDIUM);
        Span below = new Span(second == null ? "" : second);
        below.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
        Div cell = new Div(top, below);
        cell.addClassNames(Display.FLEX, FlexDirection.COLUMN);
        return cell;
    }
}
