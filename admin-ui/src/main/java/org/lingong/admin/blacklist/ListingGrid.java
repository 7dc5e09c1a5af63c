package org.lingong.admin.blacklist;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.lingong.common.i18n.China;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * The list as both the city and the province see it: number, agency, identifiers, grounds, where the entry stands
 * (with the province's note) and who proposed it. Every cell is text, never HTML: names and grounds are people's words.
 */
final class ListingGrid extends Grid<Listing> {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(China.ZONE);

    private final Function<String, String> translate;

    ListingGrid(String id, Function<String, String> translate) {
        this.translate = translate;
        setId(id);
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    }

    /** Columns in the current language, then the caller's own (actions). */
    void columns() {
        removeAllColumns();
        addColumn(listing -> "#" + listing.number()).setHeader(translate.apply("blacklist.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(Listing::name).setHeader(translate.apply("blacklist.column.name")).setFlexGrow(2);
        addComponentColumn(this::identifiers).setHeader(translate.apply("blacklist.column.identifiers"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(Listing::grounds).setHeader(translate.apply("blacklist.column.grounds")).setFlexGrow(3);
        addComponentColumn(this::status).setHeader(translate.apply("blacklist.column.status")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(listing -> (listing.proposedByCity() == null ? translate.apply("blacklist.by-province")
                : listing.proposedByCityName()) + " · " + DATE.format(listing.proposedAt()))
                .setHeader(translate.apply("blacklist.column.proposed")).setAutoWidth(true).setFlexGrow(0);
    }

    private Component identifiers(Listing listing) {
        Div cell = new Div();
        if (listing.creditCode() != null) {
            cell.add(new Div(new Span(listing.creditCode())));
        }
        if (listing.phoneMasked() != null) {
            cell.add(new Div(new Span(listing.phoneMasked())));
        }
        cell.addClassNames(FontSize.SMALL);
        return cell;
    }

    /** Listed in red; awaiting review amber; the province's note under it. */
    private Component status(Listing listing) {
        Span status = new Span(translate.apply("blacklist.status." + listing.status()));
        status.addClassName("listing-status");
        status.getElement().setAttribute("data-listing", String.valueOf(listing.number()));
        status.getElement().setAttribute("data-status", listing.status());
        switch (listing.status()) {
            case "LISTED" -> status.addClassNames(TextColor.ERROR, FontWeight.SEMIBOLD);
            case "PROPOSED" -> status.addClassNames(TextColor.WARNING, FontWeight.SEMIBOLD);
            default -> status.addClassNames(TextColor.SECONDARY);
        }
        Div cell = new Div(status);
        String note = listing.removalNote() != null ? listing.removalNote() : listing.reviewNote();
        if (note != null) {
            Span said = new Span(note);
            said.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
            cell.add(new Div(said));
        }
        return cell;
    }
}
