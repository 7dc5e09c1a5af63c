package org.lingong.core.sms;

/**
 * Delivers one verification code by text message, with the city's settings. Implementations answer within their
 * timeout and never throw: a provider that refuses the message (a bad number, its own limits, a template it does not
 * know) is {@link Refused}; one that cannot be reached, fails or is too slow is {@link Unavailable}. They never log
 * the code, and mask the phone.
 */
public interface SmsSender {

    SmsProvider provider();

    Outcome send(SmsSettings settings, VerificationSms message);

    /** What became of the message. */
    sealed interface Outcome permits Sent, Refused, Unavailable {
    }

    /** Accepted by the provider; {@code reference} is its id of the message (BizId, SerialNo). */
    record Sent(String reference) implements Outcome {
    }

    /** Refused by the provider for this message, with its code and message (e.g. isv.MOBILE_NUMBER_ILLEGAL). */
    record Refused(String providerCode, String message) implements Outcome {
    }

    /** Not sent: no answer, an error of the provider, or our credentials refused; {@code why} is for the log. */
    record Unavailable(String why) implements Outcome {
    }
}
