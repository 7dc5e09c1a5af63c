package org.lingong.core.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accounts disabled recently, whose access tokens in hand must stop working before they expire. The registry feed
 * lists them for the gateway, which refuses a token of such an account issued before it was disabled; they stay
 * listed for {@code lingong.revocations.window}, longer than an access token lives (5 minutes) plus clock skew.
 */
@Component
public class Revocations {

    /** An account and when it was disabled. */
    public record Revocation(String subject, Instant revokedAt) {
    }

    private final JdbcClient jdbc;
    private final Duration window;

    Revocations(JdbcClient jdbc, @Value("${lingong.revocations.window}") Duration window) {
        this.jdbc = jdbc;
        this.window = window;
    }

    /** Records that the account's tokens issued until now are void; joins the caller's transaction. */
    public void revoke(String subject) {
        jdbc.sql("insert into platform.revoked_subject (subject, revoked_at) values (?, now())"
                        + " on conflict (subject) do update set revoked_at = excluded.revoked_at")
                .param(subject).update();
        jdbc.sql("delete from platform.revoked_subject where revoked_at < now() - interval '1 day'").update();
    }

    /** The accounts disabled within the window, by subject. */
    public List<Revocation> recent() {
        return jdbc.sql("select subject, revoked_at from platform.revoked_subject"
                        + " where revoked_at > now() - make_interval(secs => ?) order by subject")
                .param(window.toSeconds())
                .query((rs, row) -> new Revocation(rs.getString(1), rs.getTimestamp(2).toInstant())).list();
    }
}
