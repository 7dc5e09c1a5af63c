package org.lingong.admin.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BarChartTests {

    private static final Pattern BAR_WIDTH = Pattern.compile("<rect class=\"bar\"[^>]* width=\"([0-9.]+)\"");
    private static final int PLOT = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH;

    @Test
    void barsAreScaledToTheLargestValue() {
        String svg = BarChart.svg("jobs", List.of(new BarChart.Bar("A", 50, "50"), new BarChart.Bar("B", 200, "200"),
                new BarChart.Bar("C", 0, "0")), OptionalDouble.empty(), null);

        assertThat(widths(svg)).containsExactly(PLOT / 4.0, (double) PLOT, 0.0);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains(">A</text>", ">200</text>").doesNotContain("class=\"target\"");
    }

    @Test
    void aTargetAboveEveryValueSetsTheScaleAndIsDrawnAsALine() {
        String svg = BarChart.svg("coverage", List.of(new BarChart.Bar("stations", 50, "50%")), OptionalDouble.of(100),
                "full");

        assertThat(widths(svg)).containsExactly(PLOT / 2.0);
        assertThat(svg).contains("<line class=\"target\" x1=\"" + (BarChart.LABEL_WIDTH + PLOT) + ".0\"", ">full</text>");
    }

    @Test
    void eachRowsOwnTargetIsMarkedAcrossItsBarAndCountsForTheScale() {
        String svg = BarChart.svg("share", List.of(new BarChart.Bar("A", 25, "25%", OptionalDouble.of(50)),
                new BarChart.Bar("B", 40, "40%")), OptionalDouble.empty(), null);

        assertThat(widths(svg)).containsExactly(PLOT / 2.0, PLOT * 0.8);
        assertThat(svg).contains("<line class=\"bar-target\" x1=\"" + (BarChart.LABEL_WIDTH + PLOT) + ".0\"")
                .containsOnlyOnce("bar-target");
    }

    @Test
    void nothingToShowDrawsNoBars() {
        String svg = BarChart.svg("empty", List.of(new BarChart.Bar("A", 0, "0")), OptionalDouble.empty(), null);
        assertThat(widths(svg)).containsExactly(0.0);
        assertThat(svg).doesNotContain("NaN", "Infinity");
    }

    @Test
    void labelsFromDataAreTextNeverMarkup() {
        String svg = BarChart.svg("<b>t</b>", List.of(new BarChart.Bar("<script>alert('x')</script> & co", 1,
                "\"1\"")), OptionalDouble.empty(), null);

        assertThat(svg).doesNotContain("<script>", "<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", "&quot;1&quot;", "&lt;b&gt;");
    }

    private static List<Double> widths(String svg) {
        List<Double> widths = new ArrayList<>();
        Matcher matcher = BAR_WIDTH.matcher(svg);
        while (matcher.find()) {
            widths.add(Double.parseDouble(matcher.group(1)));
        }
        return widths;
    }
}
