/**
 * Charts drawn on the server as SVG: no charting library in the browser, so the app keeps Vaadin's pre-built frontend
 * bundle and builds without Node.js, and the charts render with no network at all.
 */
package org.lingong.admin.charts;
