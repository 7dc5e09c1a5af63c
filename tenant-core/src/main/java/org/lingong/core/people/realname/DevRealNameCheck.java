package org.lingong.core.people.realname;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The development check, for {@code ./lingong run} and the tests: every well-formed number matches its name, except
 * names that ask for another outcome — one starting with 核验不符 is a mismatch, one starting with 核验超时 finds the
 * authority unavailable — so each path can be walked through the real API. Refused outside the dev profile
 * ({@code DevDefaultsGuard}).
 */
@Component
@ConditionalOnProperty(name = "lingong.real-name.provider", havingValue = "dev")
class DevRealNameCheck implements RealNameCheck {

    static final String MISMATCH_PREFIX = "核验不符";
    static final String UNAVAILABLE_PREFIX = "核验超时";

    @Override
    public Outcome check(String name, String idNumber) {
        if (name.startsWith(MISMATCH_PREFIX)) {
            return Outcome.MISMATCH;
        }
        return name.startsWith(UNAVAILABLE_PREFIX) ? Outcome.UNAVAILABLE : Outcome.MATCH;
    }

    @Override
    public String source() {
        return "dev";
    }
}
