package org.lingong.core.contracts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.lingong.core.tenancy.TenantJavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tenant migration V62: keys a city's chain. Entries written before were plain SHA-256, which anyone who can write the
 * database can recompute. They are re-chained rather than kept as "legacy": a verifier that accepts unkeyed entries
 * accepts a chain rewritten as unkeyed. The old chain is checked link by link first, and only its intact prefix is
 * re-keyed, so a break that was there stays a break (the entries from it on name no key). Contract and signature rows
 * are not touched: a change to them made before is still found by verification, against the chained hashes.
 */
class ChainKeying {

    private static final Logger log = LoggerFactory.getLogger(ChainKeying.class);

    private final ChainKeys keys;

    ChainKeying(ChainKeys keys) {
        this.keys = keys;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        TenantJavaMigration contractChainKeying(ChainKeys keys) {
            return TenantJavaMigration.of("62", "contract chain keyed", new ChainKeying(keys)::migrate);
        }
    }

    void migrate(Connection connection) throws Exception {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table contract_chain add column if not exists key_id text");
        }
        long rekeyed = 0;
        Long brokenAt = null;
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("""
                     select seq, content_hash, signature_data, recorded_at, previous_hash, entry_hash from contract_chain
                     where key_id is null order by seq""");
             PreparedStatement update = connection.prepareStatement(
                     "update contract_chain set key_id = ?, previous_hash = ?, entry_hash = ? where seq = ?")) {
            String oldPrevious = ChainEntry.GENESIS;
            String newPrevious = ChainEntry.GENESIS;
            while (rows.next()) {
                long seq = rows.getLong("seq");
                String content = rows.getString("content_hash");
                String data = rows.getString("signature_data");
                Instant recordedAt = rows.getObject("recorded_at", OffsetDateTime.class).toInstant();
                String previous = rows.getString("previous_hash");
                String stored = rows.getString("entry_hash");
                String plain = Sha256.hex(String.join("\u001f", previous, content, data, recordedAt.toString()));
                if (!previous.equals(oldPrevious) || !plain.equals(stored)) {
                    brokenAt = seq;
                    break;
                }
                String keyed = keys.mac(keys.currentId(),
                        ChainEntry.signedText(keys.currentId(), newPrevious, content, data, recordedAt)).orElseThrow();
                update.setString(1, keys.currentId());
                update.setString(2, newPrevious);
                update.setString(3, keyed);
                update.setLong(4, seq);
                update.executeUpdate();
                oldPrevious = stored;
                newPrevious = keyed;
                rekeyed++;
            }
        }
        if (brokenAt == null) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("alter table contract_chain alter column key_id set not null");
            }
        } else {
            log.warn("contract chain of schema {} was already broken at entry {}: re-keyed the {} entries before it;"
                    + " verification reports the break", connection.getSchema(), brokenAt, rekeyed);
        }
    }
}
