package org.lingong.core.people.checks;

/** Shows the ends of a value and stars in between, keeping its length. */
public final class Masks {

    private Masks() {
    }

    public static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
