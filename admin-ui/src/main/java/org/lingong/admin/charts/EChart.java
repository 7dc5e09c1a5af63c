package org.lingong.admin.charts;

import org.lingong.admin.webjars.WebjarLibrary;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart. Its option is built in Java; ECharts comes from the app's own webjar and draws SVG, which
 * stays sharp in screenshots and whose labels are text — SVG text nodes, so names from the API (a city's, a source's)
 * never become markup. ECharts' tooltips are the exception: by default it writes them as HTML, so a tooltip is always
 * drawn in rich-text mode, like the labels.
 * Colours may be Lumo properties, e.g. {@code var(--lumo-primary-color)}: they are resolved in the browser, so a
 * tenant's brand colour shows in its charts.
 */
public class EChart extends Div {

    private static final String DRAW = """
            const el = this, style = getComputedStyle(el);
            const resolve = v => typeof v === 'string' && v.startsWith('var(')
                ? style.getPropertyValue(v.slice(4, -1)).trim()
                : Array.isArray(v) ? v.map(resolve)
                : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]))
                : v;
            """ + WebjarLibrary.ECHARTS.loaded() + """
            .then(echarts => {
              if (!el.$chart) {
                el.$chart = echarts.init(el, null, {renderer: 'svg'});
                new ResizeObserver(() => el.$chart.resize()).observe(el);
              }
              el.$chart.setOption(resolve(JSON.parse($0)), true);
            });
            """;

    private final String option;

    /** @param height the chart's height in CSS pixels (its width is its container's) */
    public EChart(ObjectNode option, int height) {
        this.option = textOnly(option).toString();
        addClassName("echart");
        setWidthFull();
        setHeight(height + "px");
    }

    static ObjectNode textOnly(ObjectNode option) {
        ObjectNode safe = option.deepCopy();
        if (safe.get("tooltip") instanceof ObjectNode tooltip) {
            tooltip.put("renderMode", "richText");
        }
        return safe;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // The library is loaded on first use, once per page.
        getElement().executeJs(DRAW, option);
    }
}
