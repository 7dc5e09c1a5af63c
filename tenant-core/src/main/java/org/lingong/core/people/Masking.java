package org.lingong.core.people;

import org.lingong.core.people.checks.Masks;
import org.lingong.core.people.checks.PhoneNumber;

/** How personal data shows in lists, here and in other features: enough to recognise, never enough to read back. */
public final class Masking {

    private Masking() {
    }

    /** The family name stays, the rest is starred: 张三丰 → 张**. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** An e-mail address with its first character and its domain kept: zhang.san@example.cn → z********@example.cn. */
    public static String email(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? Masks.keep(address, 1, 0) : Masks.keep(address.substring(0, at), 1, 0) + address.substring(at);
    }

    /** A phone as people type it, masked as every page shows one: 138****8000; {@code ***} when it is no phone. */
    public static String phone(String typed) {
        return PhoneNumber.normalize(typed).map(PhoneNumber::mask).orElse("***");
    }
}
