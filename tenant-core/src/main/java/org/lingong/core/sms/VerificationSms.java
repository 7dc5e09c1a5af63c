package org.lingong.core.sms;

/**
 * One verification-code message: a mainland mobile number ({@code 13800138000}), the code and how many minutes it
 * lives. Its text form masks the phone and leaves the code out, so a log line that prints it leaks neither.
 */
public record VerificationSms(String city, String phone, String code, int minutes) {

    /** {@code 138****8000}. */
    public String maskedPhone() {
        return phone.length() == 11 ? phone.substring(0, 3) + "****" + phone.substring(7) : "***";
    }

    @Override
    public String toString() {
        return "VerificationSms[city=" + city + ", phone=" + maskedPhone() + ", minutes=" + minutes + "]";
    }
}
