package org.lingong.modulecheck.search.index;

import org.lingong.modulecheck.search.query.Query;
import org.lingong.modulecheck.search.query.internal.Scorer;

public class Index {

    public Query query() {
        return new Query(this);
    }

    public double score() {
        return new Scorer().score();
    }
}
