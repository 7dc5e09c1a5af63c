/**
 * The public directory (名录): a dated, published list (markets, stations, windows …) written as CSV and Excel for
 * download; its JSON form is the caller's own response type.
 */
package org.lingong.core.directory;
