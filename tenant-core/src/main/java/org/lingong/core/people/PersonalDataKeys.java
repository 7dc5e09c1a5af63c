package org.lingong.core.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.pii.PiiCipher;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation for a city's personal data. After every replica runs with the new key first in the ring (and the old
 * ones still listed), a platform administrator re-seals each city: every row still under another key is opened and
 * sealed again under the current one, in short batches so that profile saves go on meanwhile (a save that read a row
 * before its re-seal fails on the row's version, not silently). When no city counts a row under the old key, the old
 * key can leave the ring. Run it only once every replica holds the new key: one that lacks it cannot open new rows.
 */
@Service
public class PersonalDataKeys {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);
    private static final int BATCH = 200;

    private final PiiCipher pii;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    PersonalDataKeys(PiiCipher pii, JdbcClient jdbc, TransactionTemplate transaction, AuditLog audit) {
        this.pii = pii;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
    }

    /**
     * The city's rows per key that sealed them; {@code resealed} and {@code unreadable} count what a re-seal did (rows
     * that did not open are left as they are, audited and raised as an alarm).
     */
    public record Report(String city, String currentKey, Map<String, Long> rowsByKey, long resealed, long unreadable) {
    }

    public Report status(TenantCode city) {
        return report(city, 0, 0);
    }

    public Report reseal(TenantCode city) {
        long resealed = 0;
        long unreadable = 0;
        for (SealedTable table : SealedTable.values()) {
            UUID after = new UUID(0, 0);
            Batch batch;
            do {
                UUID from = after;
                batch = TenantContext.call(city, () -> transaction.execute(tx -> resealBatch(table, from)));
                resealed += batch.resealed();
                unreadable += batch.unreadable();
                after = batch.ids().isEmpty() ? after : batch.ids().getLast();
            } while (batch.ids().size() == BATCH);
        }
        Report report = report(city, resealed, unreadable);
        log.info("personal data of {} re-sealed under key {}: {} rows, {} unreadable; rows by key now {}", city.value(),
                report.currentKey(), resealed, unreadable, report.rowsByKey());
        return report;
    }

    private record Batch(List<UUID> ids, long resealed, long unreadable) {
    }

    /** One batch of rows after {@code after} under another key, locked (rows a save holds wait for the next run). */
    private Batch resealBatch(SealedTable table, UUID after) {
        String columns = String.join(", ", table.sealed.stream().map(table::column).toList());
        List<Map<String, Object>> rows = jdbc.sql("select id, " + columns + " from " + table.table
                        + " where pii_key <> ? and id > ? order by id limit " + BATCH + " for update skip locked")
                .params(pii.currentKeyId(), after).query().listOfRows();
        long resealed = 0;
        long unreadable = 0;
        String assignments = String.join(", ", table.sealed.stream().map(c -> table.column(c) + " = ?").toList());
        for (Map<String, Object> row : rows) {
            UUID id = (UUID) row.get("id");
            List<Object> values = new ArrayList<>();
            try {
                for (String name : table.sealed) {
                    byte[] sealed = (byte[]) row.get(table.column(name));
                    values.add(sealed == null ? null : pii.seal(name, id, pii.open(name, id, sealed)));
                }
            } catch (PiiCipher.SealBroken e) {
                audit.record("personal-data.unreadable", id.toString(), e.getMessage());
                log.error("ALARM personal data did not open during re-seal: {}", e.getMessage());
                unreadable++;
                continue;
            }
            values.add(pii.currentKeyId());
            values.add(id);
            jdbc.sql("update " + table.table + " set " + assignments + ", pii_key = ?, version = version + 1"
                    + " where id = ?").params(values).update();
            resealed++;
        }
        if (resealed > 0) {
            audit.record("personal-data.resealed", table.table, resealed + " rows under key " + pii.currentKeyId());
        }
        return new Batch(rows.stream().map(row -> (UUID) row.get("id")).toList(), resealed, unreadable);
    }

    private Report report(TenantCode city, long resealed, long unreadable) {
        Map<String, Long> rowsByKey = new TreeMap<>();
        TenantContext.run(city, () -> {
            for (SealedTable table : SealedTable.values()) {
                jdbc.sql("select pii_key, count(*) from " + table.table + " where pii_key is not null group by pii_key")
                        .query((rs, n) -> rowsByKey.merge(rs.getString(1), rs.getLong(2), Long::sum)).list();
            }
        });
        return new Report(city.value(), pii.currentKeyId(), rowsByKey, resealed, unreadable);
    }
}
