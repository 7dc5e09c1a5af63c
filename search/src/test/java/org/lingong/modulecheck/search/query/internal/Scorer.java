package org.lingong.modulecheck.search.query.internal;

public class Scorer {

    public double score() {
        return 1;
    }
}
