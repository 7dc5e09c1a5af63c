package org.lingong.core.onboarding;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lingong.common.config.DevDefaultsGuard;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.identity.KeycloakUsers;
import org.lingong.core.registry.Registrations;
import org.lingong.core.registry.TenantStatus;
import org.lingong.core.searchindex.SearchIndexClient;
import org.lingong.common.i18n.China;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closes a city for good: its data is exported first (one gzipped JSON document, every table of its schema), then its
 * search alias is removed, its users disabled, its schema dropped. Only a suspended city can be offboarded, so nothing
 * writes while it is exported. Each step can be repeated, so a run that fails half way is finished by asking again.
 * <p>
 * The schema is dropped only after the export is on disk (synced, then renamed into place) and read back whole: every
 * table's row count as exported, and its SHA-256 recorded in the log. The exports directory must be durable storage
 * (a persistent volume in production); outside the {@code dev} profile a temporary directory is refused at start-up.
 */
@Service
class Offboarder {

    private static final Logger log = LoggerFactory.getLogger(Offboarder.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(China.ZONE);

    private final Registrations registrations;
    private final JdbcClient jdbc;
    private final SearchIndexClient search;
    private final KeycloakUsers users;
    private final TransactionTemplate transactions;
    private final Path exports;
    private final JsonMapper json;

    Offboarder(Registrations registrations, JdbcClient jdbc, SearchIndexClient search, KeycloakUsers users,
               TransactionTemplate transactions, JsonMapper json, @Value("${lingong.exports-dir}") Path exports,
               Environment environment) {
        this.json = json;
        this.registrations = registrations;
        this.jdbc = jdbc;
        this.search = search;
        this.users = users;
        this.transactions = transactions;
        this.exports = exports.toAbsolutePath().normalize();
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        boolean dev = environment.acceptsProfiles(Profiles.of(DevDefaultsGuard.DEV_PROFILE));
        if (!dev && this.exports.startsWith(temporary)) {
            throw new IllegalStateException("lingong.exports-dir is " + this.exports + ", inside the temporary "
                    + "directory; set LINGONG_EXPORTS_DIR to durable storage in production");
        }
    }

    record OffboardingResult(String tenant, String status, String export, String sha256,
                             Map<String, Integer> exportedRows, int disabledUsers) {
    }

    private record Export(Path file, String sha256) {
    }

    OffboardingResult offboard(String code) {
        Registrations.Registered tenant = registrations.find(code)
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, code));
        if (tenant.status() != TenantStatus.SUSPENDED) {
            throw new ProblemException(ProblemType.TENANT_STATUS_CONFLICT);
        }
        TenantCode tenantCode = new TenantCode(code);
        Map<String, Integer> rows = new LinkedHashMap<>();
        Export export;
        try {
            export = export(tenantCode, rows);
        } catch (UncheckedIOException e) {
            log.error("offboarding {}: the export failed, so nothing was dropped", code, e);
            throw new ProblemException(ProblemType.EXPORT_FAILED, code);
        }
        search.removeTenantAlias(tenantCode);
        int disabled = users.disableTenantUsers(tenantCode);
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("drop schema if exists " + tenantCode.schema() + " cascade").update();
            registrations.markOffboarded(tenantCode);
            jdbc.sql("insert into platform.onboarding_log (tenant_code, message) values (?, ?)")
                    .params(code, "已注销，数据已导出并核验 / offboarded, data exported and verified: "
                            + export.file().getFileName() + " sha256 " + export.sha256()).update();
        });
        return new OffboardingResult(code, TenantStatus.OFFBOARDED.name(), export.file().getFileName().toString(),
                export.sha256(), rows, disabled);
    }

    Path exportFile(String code, String name) {
        Path file = exports.resolve(name).normalize();
        if (!file.startsWith(exports) || !name.startsWith(code + "-") || !Files.isRegularFile(file)) {
            throw new ProblemException(ProblemType.NOT_FOUND);
        }
        return file;
    }

    /**
     * {"tenant":…,"exportedAt":…,"tables":{"audit_event":[{…},…],…}}, one table at a time, gzipped. The export works on
     * the schema as an object — every table the catalogue lists in it, whatever feature owns it — so it names the
     * schema, like the drop that follows, instead of opening the city's context.
     */
    private Export export(TenantCode tenant, Map<String, Integer> rows) {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = ? and table_type = 'BASE TABLE' order by table_name""")
                .param(tenant.schema()).query(String.class).list();
        try {
            Files.createDirectories(exports);
            Path file = exports.resolve(tenant.value() + "-" + STAMP.format(Instant.now()) + ".json.gz");
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                 GZIPOutputStream out = new GZIPOutputStream(new DigestOutputStream(Channels.newOutputStream(channel),
                         sha256))) {
                write(out, "{\"tenant\":\"" + tenant.value() + "\",\"exportedAt\":\"" + Instant.now() + "\",\"tables\":{");
                for (int i = 0; i < tables.size(); i++) {
                    String table = tables.get(i);
                    // Table names come from the catalogue of a validated schema; quoted all the same.
                    String rowsJson = jdbc.sql("select coalesce(json_agg(t), '[]')::text from " + tenant.schema()
                            + ".\"" + table.replace("\"", "\"\"") + "\" t").query(String.class).single();
                    rows.put(table, jdbc.sql("select json_array_length(?::json)").param(rowsJson).query(Integer.class)
                            .single());
                    write(out, (i > 0 ? "," : "") + "\"" + table + "\":" + rowsJson);
                }
                write(out, "}}");
                out.finish();
                channel.force(true);
            }
            verify(partial, tenant, rows);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel directory = FileChannel.open(exports, StandardOpenOption.READ)) {
                directory.force(true);
            }
            return new Export(file, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("export of " + tenant + " failed", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Reads the export back from disk: it must parse whole and hold every table with the rows that were exported. */
    private void verify(Path export, TenantCode tenant, Map<String, Integer> rows) throws IOException {
        Map<String, Integer> found = new LinkedHashMap<>();
        try (JsonParser parser = json.createParser(new GZIPInputStream(Files.newInputStream(export)))) {
            JsonToken token;
            int depth = 0;
            String table = null;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                    if (depth == 3 && token == JsonToken.START_ARRAY) {
                        table = parser.currentName();
                        found.put(table, 0);
                    } else if (depth == 4 && table != null) {
                        found.merge(table, 1, Integer::sum);
                    }
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
        } catch (JacksonException e) {
            throw new IOException("the export of " + tenant + " does not read back: " + e.getOriginalMessage(), e);
        }
        if (!found.equals(rows)) {
            throw new IOException("the export of " + tenant + " reads back " + found + ", not " + rows);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
