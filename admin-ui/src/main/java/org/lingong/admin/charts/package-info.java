/**
 * Charts by Apache ECharts, served from its webjar: options are built (and unit-tested) in Java, drawn as SVG in the
 * browser, with no frontend build and no network.
 */
package org.lingong.admin.charts;
