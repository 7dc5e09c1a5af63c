package org.lingong.admin.api;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;

/**
 * Feeds a grid page by page from a list the API answers in pages, reading only what is scrolled into view. A failed
 * read is shown as a notice and leaves the grid empty; the page itself stays usable.
 */
public final class PagedGrid {

    /** Reads one page (zero-based) of {@code size} items. */
    @FunctionalInterface
    public interface Reader<T> extends Serializable {
        ApiPage<T> read(int page, int size);
    }

    private PagedGrid() {
    }

    public static <T> void feed(Grid<T> grid, Reader<T> reader) {
        grid.setItems(query -> items(reader, query.getPage(), query.getPageSize()),
                query -> (int) total(reader));
    }

    private static <T> Stream<T> items(Reader<T> reader, int page, int size) {
        try {
            return reader.read(page, size).items().stream();
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
            return List.<T>of().stream();
        }
    }

    private static long total(Reader<?> reader) {
        try {
            return reader.read(0, 1).total();
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
            return 0;
        }
    }
}
