package org.lingong.core.onboarding;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.identity.KeycloakUsers;
import org.lingong.core.registry.Registrations;
import org.lingong.core.registry.TenantStatus;
import org.lingong.core.searchindex.SearchIndexClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes a city for good: its data is exported first (one gzipped JSON document, every table of its schema), then its
 * search alias is removed, its users disabled, its schema dropped. Only a suspended city can be offboarded, so nothing
 * writes while it is exported. Each step can be repeated, so a run that fails half way is finished by asking again.
 */
@Service
class Offboarder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Registrations registrations;
    private final JdbcClient jdbc;
    private final SearchIndexClient search;
    private final KeycloakUsers users;
    private final TransactionTemplate transactions;
    private final Path exports;

    Offboarder(Registrations registrations, JdbcClient jdbc, SearchIndexClient search, KeycloakUsers users,
               TransactionTemplate transactions, @Value("${lingong.exports-dir}") Path exports) {
        this.registrations = registrations;
        this.jdbc = jdbc;
        this.search = search;
        this.users = users;
        this.transactions = transactions;
        this.exports = exports.toAbsolutePath().normalize();
    }

    record OffboardingResult(String tenant, String status, String export, Map<String, Integer> exportedRows,
                             int disabledUsers) {
    }

    OffboardingResult offboard(String code) {
        Registrations.Registered tenant = registrations.find(code)
                .orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, code));
        if (tenant.status() != TenantStatus.SUSPENDED) {
            throw new ProblemException(ProblemType.TENANT_STATUS_CONFLICT);
        }
        TenantCode tenantCode = new TenantCode(code);
        Map<String, Integer> rows = new LinkedHashMap<>();
        Path export = export(tenantCode, rows);
        search.removeTenantAlias(tenantCode);
        int disabled = users.disableTenantUsers(tenantCode);
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("drop schema if exists " + tenantCode.schema() + " cascade").update();
            registrations.markOffboarded(tenantCode);
            jdbc.sql("insert into platform.onboarding_log (tenant_code, message) values (?, ?)")
                    .params(code, "已注销，数据已导出 / offboarded, data exported to " + export.getFileName()).update();
        });
        return new OffboardingResult(code, TenantStatus.OFFBOARDED.name(), export.getFileName().toString(), rows,
                disabled);
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
    private Path export(TenantCode tenant, Map<String, Integer> rows) {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = ? and table_type = 'BASE TABLE' order by table_name""")
                .param(tenant.schema()).query(String.class).list();
        try {
            Files.createDirectories(exports);
            Path file = exports.resolve(tenant.value() + "-" + STAMP.format(Instant.now()) + ".json.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                write(out, "{\"tenant\":\"" + tenant.value() + "\",\"exportedAt\":\"" + Instant.now() + "\",\"tables\":{");
                for (int i = 0; i < tables.size(); i++) {
                    String table = tables.get(i);
                    // Table names come from the catalogue of a validated schema; quoted all the same.
                    String json = jdbc.sql("select coalesce(json_agg(t), '[]')::text from " + tenant.schema()
                            + ".\"" + table.replace("\"", "\"\"") + "\" t").query(String.class).single();
                    rows.put(table, jdbc.sql("select json_array_length(?::json)").param(json).query(Integer.class).single());
                    write(out, (i > 0 ? "," : "") + "\"" + table + "\":" + json);
                }
                write(out, "}}");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("export of " + tenant + " failed", e);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
