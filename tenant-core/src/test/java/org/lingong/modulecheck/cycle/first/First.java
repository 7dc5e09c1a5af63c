package org.lingong.modulecheck.cycle.first;

import org.lingong.modulecheck.cycle.second.Second;

public class First {

    public Second next() {
        return new Second();
    }
}
