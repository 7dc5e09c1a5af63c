package org.lingong.core.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.lingong.core.people.pii.PiiCipher;
import org.lingong.core.tenancy.TenantJavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tenant migration V72: seals names and binds every sealed value to its row under a named key. Before it, real names
 * and contact names were stored in clear, and ID numbers and phones were sealed with the column alone as associated
 * data and no key id, so one person's sealed phone copied into another's row opened there, and the key could never
 * change. Every value is opened the old way and sealed the new way; blind indexes are recomputed under the index key
 * (kept absent where a claimed ID number conflicted, so those profiles stay unverified); the clear columns are dropped.
 * Erased profiles hold nothing to seal.
 */
class PersonalDataSealing {

    private final PiiCipher pii;

    PersonalDataSealing(PiiCipher pii) {
        this.pii = pii;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        TenantJavaMigration personalDataSealing(PiiCipher pii) {
            return TenantJavaMigration.of("72", "personal data sealed per row with a key id", new PersonalDataSealing(pii)::migrate);
        }
    }

    void migrate(Connection connection) throws Exception {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    alter table worker add column real_name_sealed bytea, add column real_name_masked text,
                        add column pii_key text;
                    alter table employer add column contact_name_sealed bytea, add column contact_name_masked text,
                        add column pii_key text""");
        }
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("""
                     select id, real_name, id_number_sealed, id_number_index, phone_sealed from worker
                     where status <> 'ERASED'""");
             PreparedStatement update = connection.prepareStatement("""
                     update worker set real_name_sealed = ?, real_name_masked = ?, id_number_sealed = ?,
                         id_number_index = ?, phone_sealed = ?, phone_index = ?, pii_key = ? where id = ?""")) {
            while (rows.next()) {
                UUID id = rows.getObject("id", UUID.class);
                String name = rows.getString("real_name");
                update.setBytes(1, name == null ? null : pii.seal(Worker.REAL_NAME, id, name));
                update.setString(2, Masking.name(name));
                String number = reopen(rows.getBytes("id_number_sealed"), Worker.ID_NUMBER, id);
                update.setBytes(3, number == null ? null : pii.seal(Worker.ID_NUMBER, id, number));
                update.setString(4, rows.getString("id_number_index") == null ? null
                        : pii.blindIndex(Worker.ID_NUMBER, number));
                String phone = reopen(rows.getBytes("phone_sealed"), Worker.PHONE, id);
                update.setBytes(5, phone == null ? null : pii.seal(Worker.PHONE, id, phone));
                update.setString(6, phone == null ? null : pii.blindIndex(Worker.PHONE, phone));
                update.setString(7, pii.currentKeyId());
                update.setObject(8, id);
                update.executeUpdate();
            }
        }
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, contact_name, contact_phone_sealed from employer");
             PreparedStatement update = connection.prepareStatement("""
                     update employer set contact_name_sealed = ?, contact_name_masked = ?, contact_phone_sealed = ?,
                         contact_phone_index = ?, pii_key = ? where id = ?""")) {
            while (rows.next()) {
                UUID id = rows.getObject("id", UUID.class);
                String name = rows.getString("contact_name");
                String phone = reopen(rows.getBytes("contact_phone_sealed"), Employer.CONTACT_PHONE, id);
                update.setBytes(1, pii.seal(Employer.CONTACT_NAME, id, name));
                update.setString(2, Masking.name(name));
                update.setBytes(3, pii.seal(Employer.CONTACT_PHONE, id, phone));
                update.setString(4, pii.blindIndex(Employer.CONTACT_PHONE, phone));
                update.setString(5, pii.currentKeyId());
                update.setObject(6, id);
                update.executeUpdate();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    alter table worker drop column real_name;
                    alter table employer drop column contact_name,
                        alter column contact_name_sealed set not null, alter column contact_name_masked set not null,
                        alter column pii_key set not null""");
        }
    }

    /**
     * A value that does not open under any configured key stops the city's migration, naming the row: most likely the
     * ring lacks the key everything was sealed with, and going on would make every row unreadable.
     */
    private String reopen(byte[] sealed, String column, UUID id) {
        return sealed == null ? null : pii.openUnversioned(column, id, sealed);
    }
}
