/**
 * Translations: Simplified Chinese first, English second, from {@code messages*.properties} through Spring's
 * {@code MessageSource}; the language a user picks is kept in their session.
 */
package org.lingong.admin.i18n;
