package org.lingong.modulecheck.search.query;

import org.lingong.modulecheck.search.index.Index;

public record Query(Index index) {
}
