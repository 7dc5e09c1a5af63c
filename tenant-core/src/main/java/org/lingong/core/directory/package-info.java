/**
 * The public directory (名录): a dated, published list (markets, stations, windows …) written as CSV and Excel for
 * download by {@link org.lingong.core.directory.DirectoryWriter}; its JSON form is the caller's own response type.
 * Owns no table.
 */
package org.lingong.core.directory;
