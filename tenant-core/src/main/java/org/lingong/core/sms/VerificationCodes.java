package org.lingong.core.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.registry.TenantStatus;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a verification code to a phone for a city, by the city's provider. The hourly limit per phone and city is
 * counted in the database under a lock per phone, so it holds across replicas and against parallel requests; the
 * phone is counted by a keyed hash, never stored. The provider is called outside any transaction (no connection held
 * while it answers): the code is first reserved against the limit, then sent, then audited — or, when the provider
 * is unavailable, the reservation is taken back, so nothing remains of a code that was never sent.
 */
@Service
public class VerificationCodes {

    private static final Logger log = LoggerFactory.getLogger(VerificationCodes.class);

    private final TenantDirectory tenants;
    private final CitySmsSettings settings;
    private final Map<SmsProvider, SmsSender> senders;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final int perPhonePerHour;
    private final SecretKeySpec indexKey;

    VerificationCodes(TenantDirectory tenants, CitySmsSettings settings, Senders senders, JdbcClient jdbc,
                      TransactionTemplate transaction, AuditLog audit,
                      @Value("${lingong.sms.codes-per-phone-per-hour}") int perPhonePerHour,
                      @Value("${lingong.pii.index-key}") String indexKey) {
        this.tenants = tenants;
        this.settings = settings;
        this.senders = senders.byProvider();
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.perPhonePerHour = perPhonePerHour;
        this.indexKey = new SecretKeySpec(Base64.getDecoder().decode(indexKey.strip()), "HmacSHA256");
    }

    /**
     * Sends the code, or refuses: 404 for a city that is not active, 429 past the hourly limit, 422 when the provider
     * refuses the message, 503 when it is unavailable.
     */
    public void send(VerificationSms message) {
        TenantCode city = TenantCode.parse(message.city())
                .filter(code -> tenants.find(code.value()).filter(t -> t.status() == TenantStatus.ACTIVE).isPresent())
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, message.city()));
        SmsSettings citySettings = settings.of(city.value());
        SmsSender sender = senders.get(citySettings.provider());
        if (sender == null) {
            log.warn("no {} SMS sender is configured for {}: its credentials are missing", citySettings.provider(),
                    city.value());
            throw new ProblemException(ProblemType.SMS_UNAVAILABLE);
        }
        String phone = phoneKey(message.phone());
        long reservation = TenantContext.call(city, () -> transaction.execute(tx -> reserve(city, phone)));
        SmsSender.Outcome outcome;
        try {
            outcome = sender.send(citySettings, message);
        } catch (RuntimeException e) {
            log.warn("{} SMS sender failed: {}", citySettings.provider(), e.toString());
            outcome = new SmsSender.Unavailable(e.getClass().getSimpleName());
        }
        SmsSender.Outcome result = outcome;
        TenantContext.run(city, () -> transaction.executeWithoutResult(tx -> {
            switch (result) {
                case SmsSender.Sent sent -> audit.record("sms.code-sent", message.maskedPhone(),
                        citySettings.provider() + ", " + message.minutes() + " min, reference " + sent.reference());
                case SmsSender.Refused refused -> audit.record("sms.code-refused", message.maskedPhone(),
                        citySettings.provider() + " " + refused.providerCode());
                case SmsSender.Unavailable unavailable -> jdbc.sql("delete from platform.sms_send where id = ?")
                        .param(reservation).update();
            }
        }));
        switch (result) {
            case SmsSender.Refused refused -> throw new ProblemException(ProblemType.SMS_REFUSED,
                    refused.providerCode()).with("providerCode", refused.providerCode());
            case SmsSender.Unavailable unavailable -> {
                log.warn("verification code for {} to {} not sent: {}", city.value(), message.maskedPhone(),
                        unavailable.why());
                throw new ProblemException(ProblemType.SMS_UNAVAILABLE).withHeader("Retry-After", "30");
            }
            case SmsSender.Sent sent -> log.info("verification code for {} sent to {} by {}", city.value(),
                    message.maskedPhone(), citySettings.provider());
        }
    }

    /** Counts the phone's codes of the last hour under a lock on the phone, and reserves one more if below the limit. */
    private long reserve(TenantCode city, String phone) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) locked")
                .param("sms:" + city.value() + ":" + phone).query(Integer.class).single();
        jdbc.sql("delete from platform.sms_send where tenant_code = ? and phone_key = ?"
                + " and sent_at < now() - interval '1 hour'").params(city.value(), phone).update();
        Map<String, Object> window = jdbc.sql("select count(*) as sent, extract(epoch from min(sent_at)"
                        + " + interval '1 hour' - now()) as wait from platform.sms_send where tenant_code = ?"
                        + " and phone_key = ?").params(city.value(), phone).query().singleRow();
        long sent = ((Number) window.get("sent")).longValue();
        if (sent >= perPhonePerHour) {
            long wait = Math.max(1, (long) Math.ceil(((Number) window.get("wait")).doubleValue()));
            throw new ProblemException(ProblemType.SMS_TOO_MANY_CODES, perPhonePerHour)
                    .withHeader("Retry-After", Long.toString(wait));
        }
        return jdbc.sql("insert into platform.sms_send (tenant_code, phone_key) values (?, ?) returning id")
                .params(city.value(), phone).query(Long.class).single();
    }

    /** A keyed hash of the phone (the personal-data index key): counts one phone without the number at rest. */
    private String phoneKey(String phone) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(("sms_send.phone\u0000" + phone)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
