package org.lingong.core.jobs;

/**
 * A LIKE / ILIKE pattern matching text that contains the given words literally: the wildcards {@code %} and {@code _}
 * and the escape character {@code \} (PostgreSQL's default escape) are escaped, so a search for {@code 50%} finds
 * "50%" and not everything starting with 50.
 */
public final class ContainsPattern {

    private ContainsPattern() {
    }

    public static String of(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
