package org.lingong.keycloak.phone;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The authenticator's settings, from its configuration in the realm (so each realm, and each test run's realm, sets
 * its own): code length and lifetime, resend cool-down, wrong tries per code, codes per phone and per client address
 * in an hour, the privacy notice version people consent to, and tenant-core's address for delivery.
 */
record PhoneCodeSettings(int codeLength, Duration lifetime, Duration coolDown, int triesPerCode, int codesPerPhone,
                         int codesPerAddress, String privacyNoticeVersion, URI tenantCore) {

    static final String CODE_LENGTH = "codeLength";
    static final String LIFETIME_MINUTES = "lifetimeMinutes";
    static final String COOL_DOWN_SECONDS = "coolDownSeconds";
    static final String TRIES_PER_CODE = "triesPerCode";
    static final String CODES_PER_PHONE = "codesPerPhonePerHour";
    static final String CODES_PER_ADDRESS = "codesPerAddressPerHour";
    static final String PRIVACY_NOTICE_VERSION = "privacyNoticeVersion";
    static final String TENANT_CORE_URL = "tenantCoreUrl";

    static final Map<String, String> DEFAULTS = Map.of(CODE_LENGTH, "6", LIFETIME_MINUTES, "5",
            COOL_DOWN_SECONDS, "60", TRIES_PER_CODE, "5", CODES_PER_PHONE, "5", CODES_PER_ADDRESS, "20",
            PRIVACY_NOTICE_VERSION, "2026-12", TENANT_CORE_URL, "http://127.0.0.1:8081");

    PhoneCodeSettings {
        if (codeLength < 4 || codeLength > 8 || lifetime.isNegative() || lifetime.isZero() || coolDown.isNegative() || triesPerCode < 1
                || codesPerPhone < 1 || codesPerAddress < 1 || privacyNoticeVersion.isBlank()) {
            throw new IllegalArgumentException("phone code settings out of range");
        }
    }

    /** Settings from the realm's configuration of this authenticator; what it leaves out takes the default. */
    static PhoneCodeSettings of(Map<String, String> config) {
        Map<String, String> given = config == null ? Map.of() : config;
        java.util.function.Function<String, String> value = key -> {
            String v = given.get(key);
            return v == null || v.isBlank() ? DEFAULTS.get(key) : v.strip();
        };
        return new PhoneCodeSettings(Integer.parseInt(value.apply(CODE_LENGTH)),
                Duration.ofMinutes(Long.parseLong(value.apply(LIFETIME_MINUTES))),
                Duration.ofSeconds(Long.parseLong(value.apply(COOL_DOWN_SECONDS))),
                Integer.parseInt(value.apply(TRIES_PER_CODE)), Integer.parseInt(value.apply(CODES_PER_PHONE)),
                Integer.parseInt(value.apply(CODES_PER_ADDRESS)), value.apply(PRIVACY_NOTICE_VERSION),
                URI.create(value.apply(TENANT_CORE_URL).replaceAll("/+$", "")));
    }
}
