package org.lingong.core.directory;

/**
 * Text that a spreadsheet would take for a formula (CSV injection): it starts with {@code = + - @}, or with a tab or
 * carriage return that some spreadsheets skip before looking for one.
 */
final class CellText {

    private CellText() {
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** The text with a leading apostrophe when it looks like a formula, which spreadsheets show as plain text. */
    static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
