package org.lingong.admin.charts;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

/**
 * A horizontal bar chart, one labelled bar per row, scaled to the largest value or target. A target common to all
 * rows is a dashed line across them; a row's own target (each city's, say) is a mark across its bar. Colours come
 * from the Lumo theme, so a tenant's brand colour shows in its charts too.
 */
public class BarChart extends Composite<Div> {

    /**
     * @param valueText the value as shown at the bar's end, e.g. {@code 1,204} or {@code 62%}
     * @param target    this row's own target, if it has one
     */
    public record Bar(String label, double value, String valueText, OptionalDouble target) {

        public Bar(String label, double value, String valueText) {
            this(label, value, valueText, OptionalDouble.empty());
        }
    }

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 150;
    static final int VALUE_WIDTH = 90;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 18;

    public BarChart(String title, List<Bar> bars) {
        this(title, bars, OptionalDouble.empty(), null);
    }

    /** With a dashed line at {@code target}, labelled {@code targetText}. */
    public BarChart(String title, List<Bar> bars, OptionalDouble target, String targetText) {
        Div chart = getContent();
        chart.getElement().setProperty("innerHTML", svg(title, bars, target, targetText));
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", title);
        chart.setWidthFull();
        chart.getStyle().set("max-width", WIDTH + "px");
    }

    static String svg(String title, List<Bar> bars, OptionalDouble target, String targetText) {
        double max = bars.stream()
                .mapToDouble(bar -> Math.max(bar.value(), bar.target().orElse(0)))
                .max().orElse(0);
        if (target.isPresent()) {
            max = Math.max(max, target.getAsDouble());
        }
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int height = bars.size() * ROW_HEIGHT + (target.isPresent() ? 24 : 6);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "width=\"100%%\" style=\"font: var(--lumo-font-size-s) var(--lumo-font-family)\">", WIDTH, height));
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int row = 0; row < bars.size(); row++) {
            Bar bar = bars.get(row);
            int y = row * ROW_HEIGHT + 6;
            double length = max <= 0 ? 0 : Math.max(0, bar.value()) / max * plot;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" dominant-baseline=\"middle\" "
                            + "style=\"fill: var(--lumo-body-text-color)\">%s</text>",
                    LABEL_WIDTH - 8, y + BAR_HEIGHT / 2, escape(bar.label())));
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" "
                            + "style=\"fill: var(--lumo-primary-color)\"><title>%s: %s</title></rect>",
                    LABEL_WIDTH, y, length, BAR_HEIGHT, escape(bar.label()), escape(bar.valueText())));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" dominant-baseline=\"middle\" "
                            + "style=\"fill: var(--lumo-secondary-text-color)\">%s</text>",
                    LABEL_WIDTH + length + 6, y + BAR_HEIGHT / 2, escape(bar.valueText())));
            if (bar.target().isPresent() && max > 0) {
                double x = LABEL_WIDTH + bar.target().getAsDouble() / max * plot;
                svg.append(String.format(Locale.ROOT,
                        "<line class=\"bar-target\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                                + "style=\"stroke: var(--lumo-error-color); stroke-width: 3\"/>",
                        x, y - 3, x, y + BAR_HEIGHT + 3));
            }
        }
        if (target.isPresent() && max > 0) {
            double x = LABEL_WIDTH + target.getAsDouble() / max * plot;
            int bottom = bars.size() * ROW_HEIGHT + 4;
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"target\" x1=\"%.1f\" y1=\"2\" x2=\"%.1f\" y2=\"%d\" stroke-dasharray=\"4 3\" "
                            + "style=\"stroke: var(--lumo-error-color); stroke-width: 2\"/>", x, x, bottom));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" "
                            + "style=\"fill: var(--lumo-error-text-color)\">%s</text>",
                    x, bottom + 14, escape(targetText)));
        }
        return svg.append("</svg>").toString();
    }

    /** Labels come from tenants' data (city and source names): never markup. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
