package org.lingong.admin.webjars;

/**
 * A browser library the app serves itself from a webjar (under {@code /webjars}, from {@code META-INF/resources}):
 * no CDN, no frontend build, and pages work with no network. Loaded into a page on first use, once.
 *
 * @param global     the name the library's script defines on {@code window}, e.g. {@code L} or {@code echarts}
 * @param script     the script's path
 * @param stylesheet the stylesheet's path, or {@code null}
 */
public record WebjarLibrary(String global, String script, String stylesheet) {

    public static final WebjarLibrary LEAFLET = new WebjarLibrary("L", "/webjars/leaflet/1.9.4/dist/leaflet.js",
            "/webjars/leaflet/1.9.4/dist/leaflet.css");

    /** Drawn with the SVG renderer by the consoles' charts; signed-in users only. */
    public static final WebjarLibrary ECHARTS = new WebjarLibrary("echarts",
            "/webjars/echarts/5.3.1/dist/echarts.min.js", null);

    /** A JavaScript expression: the promise of the library's global, its files added to the page the first time. */
    public String loaded() {
        String css = stylesheet == null ? "" : """
                const css = document.createElement('link');
                css.rel = 'stylesheet';
                css.href = '%s';
                document.head.append(css);
                """.formatted(stylesheet);
        // In parentheses as a whole, so that a caller's .then(…) chains on the kept promise, not on the new one only.
        return """
                ((window.lingongLibraries = window.lingongLibraries || {})['%1$s'] =
                    window.lingongLibraries['%1$s'] || new Promise((resolve, reject) => {
                  %3$s
                  const script = document.createElement('script');
                  script.src = '%2$s';
                  script.onload = () => resolve(window['%1$s']);
                  script.onerror = reject;
                  document.head.append(script);
                }))""".formatted(global, script, css);
    }
}
