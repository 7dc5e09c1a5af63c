package org.lingong.modulecheck.reach.first;

import org.lingong.modulecheck.reach.second.internal.Hidden;

public class First {

    public String peek() {
        return new Hidden().toString();
    }
}
