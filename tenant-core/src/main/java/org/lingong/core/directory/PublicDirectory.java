package org.lingong.core.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.lingong.common.i18n.China;

/**
 * A directory as published: its title, when it was published and its rows, each holding one value per column in
 * column order. Values are written as numbers when they are {@link Number}s and as text otherwise ({@code null} is an
 * empty cell), so identifiers such as phone numbers keep their leading zeros.
 */
public record PublicDirectory(String title, Instant publishedAt, List<DirectoryColumn> columns,
                              List<? extends List<?>> rows) {

    static final ZoneId CHINA = China.ZONE;

    public PublicDirectory {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a directory needs at least one column");
        }
        for (List<?> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "a row has " + row.size() + " values for " + columns.size() + " columns");
            }
        }
    }

    /** The publication date as people in China read it. */
    public LocalDate publishedOn() {
        return publishedAt.atZone(CHINA).toLocalDate();
    }
}
