package org.lingong.core.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.upload.ImageFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.lingong.core.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employers' business licence images in the city's schema ({@code employer_licence}), and the city's limit on
 * their size. The type is read from the bytes, never from a name or header: PNG or JPEG.
 */
@Component
class EmployerLicences {

    /** The gateway's ceiling for the upload path; a city's limit cannot be set above it. */
    static final int CEILING_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    EmployerLicences(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What responses show of a licence: never the image, only how to recognise it. */
    record Fingerprint(String contentType, int size, String sha256, Instant uploadedAt) {
    }

    record Licence(String contentType, byte[] bytes, String sha256) {
    }

    /** The city's limit in bytes (default 5 MB). */
    int maxBytes() {
        return jdbc.sql("select max_bytes from employer_licence_setting").query(Integer.class).single();
    }

    @Transactional
    void setMaxBytes(int maxBytes) {
        jdbc.sql("update employer_licence_setting set max_bytes = ?").param(maxBytes).update();
        audit.record("employer.licence.limit.set", "employer_licence_setting", "maxBytes=" + maxBytes);
    }

    ProblemException tooLarge() {
        return new ProblemException(ProblemType.LICENCE_TOO_LARGE, maxBytes() / 1024);
    }

    /** The licence if the bytes are a non-empty PNG or JPEG within the city's limit; else 400, 413 or 415. */
    Licence check(byte[] bytes) {
        if (bytes.length > maxBytes()) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new ProblemException(ProblemType.LICENCE_EMPTY);
        }
        ImageFormat format = ImageFormat.of(bytes).filter(f -> f == ImageFormat.PNG || f == ImageFormat.JPEG)
                .orElseThrow(() -> new ProblemException(ProblemType.LICENCE_UNSUPPORTED_TYPE));
        return new Licence(format.contentType(), bytes, ImageFormat.sha256(bytes));
    }

    /** Stores or replaces the employer's licence, in the caller's transaction. */
    Fingerprint store(UUID employerId, Licence licence, String uploadedBy, Instant at) {
        jdbc.sql("""
                insert into employer_licence (employer_id, content_type, bytes, size, sha256, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (employer_id) do update set content_type = excluded.content_type, bytes = excluded.bytes,
                    size = excluded.size, sha256 = excluded.sha256, uploaded_by = excluded.uploaded_by,
                    uploaded_at = excluded.uploaded_at""")
                .params(employerId, licence.contentType(), licence.bytes(), licence.bytes().length, licence.sha256(),
                        uploadedBy, Timestamp.from(at))
                .update();
        return new Fingerprint(licence.contentType(), licence.bytes().length, licence.sha256(), at);
    }

    Optional<Licence> image(UUID employerId) {
        return jdbc.sql("select content_type, bytes, sha256 from employer_licence where employer_id = ?")
                .param(employerId)
                .query((rs, row) -> new Licence(rs.getString(1), rs.getBytes(2), rs.getString(3))).optional();
    }

    Optional<Fingerprint> fingerprint(UUID employerId) {
        return Optional.ofNullable(fingerprints(List.of(employerId)).get(employerId));
    }

    Map<UUID, Fingerprint> fingerprints(Collection<UUID> employerIds) {
        if (employerIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select employer_id, content_type, size, sha256, uploaded_at from employer_licence "
                        + "where employer_id = any(?)")
                .param(employerIds.toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), new Fingerprint(rs.getString(2),
                        rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant())))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
