package org.lingong.core.registry;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The uploaded logos in {@code platform.tenant_logo}, one per city; the bytes are read only when they are sent. */
@Repository
class TenantLogos {

    /** What a conditional request needs: the type and the fingerprint, not the bytes. */
    record Stored(String contentType, String sha256) {

        String etag() {
            return "\"" + sha256 + "\"";
        }
    }

    private final JdbcClient jdbc;

    TenantLogos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String tenant, LogoImage logo, String uploadedBy) {
        jdbc.sql("""
                insert into platform.tenant_logo (tenant_code, content_type, bytes, sha256, uploaded_by)
                values (?, ?, ?, ?, ?)
                on conflict (tenant_code) do update set content_type = excluded.content_type, bytes = excluded.bytes,
                    sha256 = excluded.sha256, uploaded_by = excluded.uploaded_by, uploaded_at = now()
                """).params(tenant, logo.contentType(), logo.bytes(), logo.sha256(), uploadedBy).update();
    }

    Optional<Stored> find(String tenant) {
        return jdbc.sql("select content_type, sha256 from platform.tenant_logo where tenant_code = ?").param(tenant)
                .query((row, number) -> new Stored(row.getString(1), row.getString(2))).optional();
    }

    Optional<byte[]> bytes(String tenant) {
        return jdbc.sql("select bytes from platform.tenant_logo where tenant_code = ?").param(tenant)
                .query((row, number) -> row.getBytes(1)).optional();
    }

    boolean delete(String tenant) {
        return jdbc.sql("delete from platform.tenant_logo where tenant_code = ?").param(tenant).update() > 0;
    }
}
