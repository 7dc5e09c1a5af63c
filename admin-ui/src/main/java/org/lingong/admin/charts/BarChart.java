package org.lingong.admin.charts;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A horizontal bar chart, one labelled bar per row with its value at the end, scaled to the largest value or target.
 * A target common to all rows is a dashed line across them; a row's own target (each city's, say) is a mark across
 * its bar.
 */
public class BarChart extends EChart {

    /**
     * @param valueText the value as shown at the bar's end, e.g. {@code 1,204} or {@code 62%}
     * @param target    this row's own target, if it has one
     */
    public record Bar(String label, double value, String valueText, OptionalDouble target) {

        public Bar(String label, double value, String valueText) {
            this(label, value, valueText, OptionalDouble.empty());
        }
    }

    static final int ROW_HEIGHT = 34;
    private static final int TARGET_LABEL_HEIGHT = 26;
    private static final String ERROR_COLOUR = "var(--lumo-error-color)";

    private static final JsonMapper JSON = JsonMapper.shared();

    public BarChart(String title, List<Bar> bars) {
        this(title, bars, OptionalDouble.empty(), null);
    }

    /** With a dashed line at {@code target}, labelled {@code targetText}. */
    public BarChart(String title, List<Bar> bars, OptionalDouble target, String targetText) {
        super(option(bars, target, targetText),
                bars.size() * ROW_HEIGHT + (target.isPresent() ? TARGET_LABEL_HEIGHT : 0) + 12);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", title);
        getStyle().set("max-width", "640px");
    }

    static ObjectNode option(List<Bar> bars, OptionalDouble target, String targetText) {
        double max = bars.stream().mapToDouble(bar -> Math.max(bar.value(), bar.target().orElse(0))).max().orElse(0);
        max = Math.max(max, target.orElse(0));

        ObjectNode option = JSON.createObjectNode();
        option.put("animationDuration", 300);
        option.putObject("textStyle").put("fontFamily", "var(--lumo-font-family)").put("fontSize", 13);
        option.putObject("grid").put("left", 8).put("right", 90).put("top", 6)
                .put("bottom", target.isPresent() ? TARGET_LABEL_HEIGHT : 6).put("containLabel", true);
        // Nothing to show still needs a scale: bars of 0 on an empty axis.
        option.putObject("xAxis").put("type", "value").put("min", 0).put("max", max > 0 ? max : 1).put("show", false);
        ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
        bars.forEach(bar -> yAxis.withArray("data").add(bar.label()));
        yAxis.putObject("axisLine").put("show", false);
        yAxis.putObject("axisTick").put("show", false);
        yAxis.putObject("axisLabel").put("color", "var(--lumo-body-text-color)").put("width", 150)
                .put("overflow", "truncate");

        ArrayNode series = option.putArray("series");
        ObjectNode values = series.addObject().put("type", "bar").put("barWidth", 18);
        values.putObject("itemStyle").put("color", "var(--lumo-primary-color)").put("borderRadius", 3);
        values.putObject("label").put("show", true).put("position", "right")
                .put("color", "var(--lumo-secondary-text-color)");
        bars.forEach(bar -> values.withArray("data").addObject().put("value", Math.max(0, bar.value()))
                .putObject("label").put("formatter", bar.valueText()));
        target.ifPresent(line -> commonTarget(values, line, targetText));
        if (bars.stream().anyMatch(bar -> bar.target().isPresent())) {
            series.add(rowTargets(bars));
        }
        return option;
    }

    private static void commonTarget(ObjectNode values, double line, String text) {
        ObjectNode markLine = values.putObject("markLine").put("symbol", "none").put("silent", true);
        markLine.putObject("lineStyle").put("type", "dashed").put("width", 2).put("color", ERROR_COLOUR);
        markLine.putObject("label").put("formatter", text).put("position", "start")
                .put("color", "var(--lumo-error-text-color)");
        markLine.putArray("data").addObject().put("xAxis", line);
    }

    /** A thin upright mark across each bar that has a target of its own. */
    private static ObjectNode rowTargets(List<Bar> bars) {
        ObjectNode marks = JSON.createObjectNode().put("type", "scatter").put("symbol", "rect").put("silent", true)
                .put("z", 3);
        marks.putArray("symbolSize").add(3).add(26);
        marks.putObject("itemStyle").put("color", ERROR_COLOUR);
        ArrayNode data = marks.putArray("data");
        IntStream.range(0, bars.size()).filter(row -> bars.get(row).target().isPresent())
                .forEach(row -> data.addArray().add(bars.get(row).target().getAsDouble()).add(row));
        return marks;
    }
}
