package org.lingong.admin.charts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart. Its option is built in Java; ECharts comes from the app's own {@code /webjars} (no CDN, no
 * frontend build) and draws SVG, which stays sharp in screenshots and readable to screen readers.
 * Colours may be Lumo properties, e.g. {@code var(--lumo-primary-color)}: they are resolved in the browser, so a
 * tenant's brand colour shows in its charts.
 */
public class EChart extends Div {

    /** The webjar's bundle, served under {@code /webjars} from {@code META-INF/resources}; its version is the pom's. */
    static final String LIBRARY = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final String DRAW = """
            const el = this, style = getComputedStyle(el);
            window.lingongECharts = window.lingongECharts || new Promise((resolve, reject) => {
              const script = document.createElement('script');
              script.src = $0;
              script.onload = () => resolve(window.echarts);
              script.onerror = reject;
              document.head.append(script);
            });
            const resolve = v => typeof v === 'string' && v.startsWith('var(')
                ? style.getPropertyValue(v.slice(4, -1)).trim()
                : Array.isArray(v) ? v.map(resolve)
                : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]))
                : v;
            window.lingongECharts.then(echarts => {
              if (!el.$chart) {
                el.$chart = echarts.init(el, null, {renderer: 'svg'});
                new ResizeObserver(() => el.$chart.resize()).observe(el);
              }
              el.$chart.setOption(resolve(JSON.parse($1)), true);
            });
            """;

    private final String option;

    /** @param height the chart's height in CSS pixels (its width is its container's) */
    public EChart(ObjectNode option, int height) {
        this.option = option.toString();
        addClassName("echart");
        setWidthFull();
        setHeight(height + "px");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // The library is loaded on first use, once per page.
        getElement().executeJs(DRAW, LIBRARY, option);
    }
}
