package org.lingong.core.people.checks;

/** Shows the ends of a value and stars in between, keeping its length. */
public final class Masks {

    private Masks() {
    }

    static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }

    /** An e-mail address with its first character and its domain kept: zhang.san@example.cn → z********@example.cn. */
    public static String email(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? keep(address, 1, 0) : keep(address.substring(0, at), 1, 0) + address.substring(at);
    }
}
