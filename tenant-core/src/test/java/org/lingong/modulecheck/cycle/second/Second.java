package org.lingong.modulecheck.cycle.second;

import org.lingong.modulecheck.cycle.first.First;

public class Second {

    public First back() {
        return new First();
    }
}
