package org.lingong.e2e;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.chromium.HasCdp;

/**
 * What a page's Content-Security-Policy refused, as the browser reports it ({@code securitypolicyviolation} events,
 * noted from the first script on, as "directive blocked-uri sample"). The note-taker is a DevTools script, which the
 * policy does not govern, installed for every document the browser opens from then on.
 */
final class PolicyViolations {

    private PolicyViolations() {
    }

    static void watch(Console console) {
        ((HasCdp) console.browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.violations = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.violations.push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
                """));
    }

    /** This document's violations so far. */
    @SuppressWarnings("unchecked")
    static List<String> of(Console console) {
        Object found = console.script("return window.violations || []");
        return ((List<Object>) found).stream().map(String::valueOf).toList();
    }
}
