/**
 * A city's branding (brand name, logo, colours, hotline): its editor with a live preview, and how the console wears it
 * — the brand in the drawer and the page titles, the colours in Lumo's theme properties.
 */
package org.lingong.admin.branding;
