/**
 * Lingong admin UI: Vaadin consoles for city bureaus, provinces and the platform. Feature packages sit below this one;
 * the shell ({@link org.lingong.admin.MainLayout}) and page settings live here.
 */
package org.lingong.admin;
