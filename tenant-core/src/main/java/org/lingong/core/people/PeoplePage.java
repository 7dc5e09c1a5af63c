package org.lingong.core.people;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** One page of a staff list, newest first (or as a queue: longest waiting first). */
record PeoplePage<T>(List<T> items, int page, int size, long total) {

    static Pageable request(int page, int size) {
        return request(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
    }

    static Pageable request(int page, int size, Sort order) {
        return PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), order);
    }

    static <E, T> PeoplePage<T> of(Page<E> page, Function<E, T> view) {
        return new PeoplePage<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
