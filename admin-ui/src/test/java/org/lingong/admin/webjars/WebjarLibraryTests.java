package org.lingong.admin.webjars;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebjarLibraryTests {

    @Test
    void theFilesPagesLoadAreOnTheAppsOwnClassPath() {
        // A webjar serves META-INF/resources/webjars/…: the versions named here must be the pom's.
        for (WebjarLibrary library : new WebjarLibrary[] {WebjarLibrary.LEAFLET, WebjarLibrary.ECHARTS}) {
            assertThat(getClass().getResource("/META-INF/resources" + library.script())).as(library.script()).isNotNull();
            if (library.stylesheet() != null) {
                assertThat(getClass().getResource("/META-INF/resources" + library.stylesheet())).isNotNull();
            }
        }
    }

    @Test
    void aLibraryIsAddedToThePageOnceAndItsGlobalHandedOn() {
        String leaflet = WebjarLibrary.LEAFLET.loaded();

        assertThat(leaflet).contains("window.lingongLibraries['L'] || new Promise",
                "script.src = '/webjars/leaflet/1.9.4/dist/leaflet.js'", "css.href = '/webjars/leaflet/1.9.4/dist/leaflet.css'",
                "resolve(window['L'])");
        assertThat(WebjarLibrary.ECHARTS.loaded()).doesNotContain("stylesheet").contains("resolve(window['echarts'])");
        // Pages chain .then(…) on it: that must apply to the promise kept for the next caller (a second chart on the
        // page would otherwise get the first chart's result, not the library).
        assertThat(leaflet).startsWith("((window.lingongLibraries").endsWith("}))");
    }
}
