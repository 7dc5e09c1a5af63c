package org.lingong.admin.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class BarChartTests {

    @Test
    void barsAreLabelledAndScaledToTheLargestValue() {
        ObjectNode option = BarChart.option(List.of(new BarChart.Bar("A", 50, "50"), new BarChart.Bar("B", 200, "200"),
                new BarChart.Bar("C", 0, "0")), OptionalDouble.empty(), null);

        assertThat(option.at("/yAxis/data").valueStream().map(JsonNode::asString)).containsExactly("A", "B", "C");
        JsonNode bars = option.at("/series/0");
        assertThat(bars.get("type").asString()).isEqualTo("bar");
        assertThat(bars.get("data").valueStream().map(bar -> bar.get("value").asDouble()))
                .containsExactly(50.0, 200.0, 0.0);
        assertThat(bars.at("/data/1/label/formatter").asString()).isEqualTo("200");
        assertThat(option.at("/xAxis/max").asDouble()).isEqualTo(200);
        assertThat(bars.has("markLine")).isFalse();
        assertThat(option.get("series")).hasSize(1);
    }

    @Test
    void aCommonTargetAboveEveryValueSetsTheScaleAndIsDrawnAsALine() {
        ObjectNode option = BarChart.option(List.of(new BarChart.Bar("stations", 50, "50%")), OptionalDouble.of(100),
                "full");

        assertThat(option.at("/xAxis/max").asDouble()).isEqualTo(100);
        assertThat(option.at("/series/0/markLine/data/0/xAxis").asDouble()).isEqualTo(100);
        assertThat(option.at("/series/0/markLine/label/formatter").asString()).isEqualTo("full");
    }

    @Test
    void eachRowsOwnTargetIsMarkedOnItsRowAndCountsForTheScale() {
        ObjectNode option = BarChart.option(List.of(new BarChart.Bar("A", 25, "25%", OptionalDouble.of(50)),
                new BarChart.Bar("B", 40, "40%")), OptionalDouble.empty(), null);

        assertThat(option.at("/xAxis/max").asDouble()).isEqualTo(50);
        JsonNode marks = option.at("/series/1");
        assertThat(marks.get("type").asString()).isEqualTo("scatter");
        assertThat(marks.get("data")).hasSize(1);
        assertThat(marks.at("/data/0/0").asDouble()).isEqualTo(50);
        assertThat(marks.at("/data/0/1").asInt()).isZero();
    }

    @Test
    void nothingToShowStillHasAScaleAndNoNegativeBars() {
        ObjectNode option = BarChart.option(List.of(new BarChart.Bar("A", 0, "0"), new BarChart.Bar("B", -3, "-3")),
                OptionalDouble.empty(), null);

        assertThat(option.at("/xAxis/max").asDouble()).isEqualTo(1);
        assertThat(option.at("/series/0/data/1/value").asDouble()).isZero();
    }

    @Test
    void theChartIsNamedForScreenReadersAndTallEnoughForItsRows() {
        BarChart chart = new BarChart("各市岗位", List.of(new BarChart.Bar("A", 1, "1"), new BarChart.Bar("B", 2, "2")));

        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("各市岗位");
        assertThat(chart.getHeight()).isEqualTo((2 * BarChart.ROW_HEIGHT + 12) + "px");
    }

    @Test
    void aTooltipIsDrawnAsTextNeverAsHtml() {
        ObjectNode option = BarChart.option(List.of(new BarChart.Bar("<img src=x onerror=alert(1)>", 1, "1")),
                OptionalDouble.empty(), null);
        option.putObject("tooltip").put("trigger", "item");

        assertThat(EChart.textOnly(option).at("/tooltip/renderMode").asString()).isEqualTo("richText");
        assertThat(option.at("/tooltip/renderMode").isMissingNode()).as("the given option is left as it is").isTrue();
        assertThat(EChart.textOnly(BarChart.option(List.of(), OptionalDouble.empty(), null)).has("tooltip")).isFalse();
    }
}
