package org.lingong.core.jobimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.OneCityTests;
import org.lingong.core.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class JobImportTests extends OneCityTests {

    private static final String HEADER = String.join(",", ImportFormat.COLUMNS);

    @Autowired
    JdbcClient jdbc;

    private static String start() {
        return Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
    }

    private static String end() {
        return Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
    }

    private static List<String> row(String title, String category, String wage, String slots, String latitude,
                                    String ref) {
        return List.of(title, category, "", wage, "DAY", slots, latitude, "118.2752", "宿城区", start(), end(),
                "SHORT", "PLATFORM_ONLY", "EXTERNAL_FEED", "苏心聘", ref, "", "");
    }

    private static String csv(List<List<String>> rows) {
        StringBuilder file = new StringBuilder("\uFEFF" + HEADER + "\r\n");
        rows.forEach(row -> file.append(String.join(",", row)).append("\r\n"));
        return file.toString();
    }

    private Api.Response upload(String format, byte[] file, String contentType) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/jobs/imports?format=" + format + "&fileName=feed." + format))
                    .header("Authorization", "Bearer " + admin).header("X-Lingong-Tenant", city)
                    .header("Accept-Language", "zh-CN").header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), Api.JSON.readTree(response.body()), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode awaitDone(String id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode progress = api().get("/api/v1/jobs/imports/" + id, admin, Map.of("X-Lingong-Tenant", city)).body();
            if (progress.get("status").asString().equals("DONE")) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private long jobsWithRef(String prefix) {
        return jdbc.sql("select count(*) from t_" + city + ".job where external_ref like ?").param(prefix + "%")
                .query(Long.class).single();
    }

    /** Rows go in chunks of one transaction each: rejected rows anywhere leave the rest of their chunk posted. */
    @Test
    void rowsRejectedInsideChunksLeaveTheirChunksPosted() throws Exception {
        int total = 2 * JobImporter.CHUNK + 50;
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < total; i++) {
            // Every 37th row names no category, every 41st is blocked by screening: refusals inside Jobs itself.
            String title = i % 41 == 0 ? "装卸工（限男性）" + i : "仓库分拣员" + i;
            rows.add(row(title, i % 37 == 0 ? "no_such_category" : "logistics", "20000", "5", "33.9631", "CHK-" + i));
        }
        long refused = java.util.stream.IntStream.range(0, total).filter(i -> i % 37 == 0 || i % 41 == 0).count();
        JsonNode report = awaitDone(upload("csv", csv(rows).getBytes(StandardCharsets.UTF_8), "text/csv").body()
                .get("id").asString());
        assertThat(report.get("accepted").asInt()).isEqualTo(total - refused);
        assertThat(report.get("rejected").size()).isEqualTo(refused);
        assertThat(jobsWithRef("CHK-")).isEqualTo(total - refused);
    }

    @Test
    void aCsvFeedIsImportedRowByRowWithAReportOfRejectedRows() throws Exception {
        String feed = csv(List.of(
                row("仓库分拣员", "logistics", "20000", "5", "33.9631", "CSV-1"),
                row("超市理货员", "no_such_category", "15000", "2", "33.9631", "CSV-2"),
                row("保洁员", "domestic", "-100", "0", "33.9631", "CSV-3"),
                row("仓库分拣员", "logistics", "20000", "5", "33.9631", "CSV-1"),
                row("快递分拣", "express", "abc", "3", "33.9631", "CSV-5"),
                row("外卖骑手", "instant_delivery", "25000", "20", "33.9700", "CSV-6")));
        Api.Response accepted = upload("csv", feed.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("total").asInt()).isEqualTo(6);

        JsonNode report = awaitDone(accepted.body().get("id").asString());
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").valueStream().map(r -> r.get("row").asInt())).containsExactly(3, 4, 5, 6);
        String reasons = report.get("rejected").toString();
        assertThat(reasons).contains("工种不存在", "wage.amountFen", "slots", "岗位已存在", "无法读取该行");
        assertThat(jobsWithRef("CSV-")).as("nothing written for a rejected row").isEqualTo(2);

        // The same feed again: every row is now a duplicate, and nothing new is written.
        JsonNode again = awaitDone(upload("csv", feed.getBytes(StandardCharsets.UTF_8), "text/csv").body().get("id").asString());
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(jobsWithRef("CSV-")).isEqualTo(2);
    }

    /** The bulk import screens every row as a form posting is: blocked rows are reported, held ones wait for review. */
    @Test
    void importedRowsAreScreenedLikeAnyPosting() throws Exception {
        String feed = csv(List.of(
                row("装卸工（限男性）", "logistics", "20000", "5", "33.9631", "SCR-1"),
                row("分拣员（35岁以下）", "logistics", "20000", "5", "33.9631", "SCR-2"),
                row("男装店理货员", "logistics", "20000", "5", "33.9631", "SCR-3")));
        JsonNode report = awaitDone(upload("csv", feed.getBytes(StandardCharsets.UTF_8), "text/csv").body()
                .get("id").asString());
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.at("/rejected/0/row").asInt()).as("the first row after the header").isEqualTo(2);
        assertThat(report.at("/rejected/0/reasons").toString()).contains("限男性", "不能发布");
        assertThat(jdbc.sql("select external_ref || ':' || status from t_" + city + ".job where external_ref like "
                + "'SCR-%' order by external_ref").query(String.class).list()).containsExactly("SCR-2:HELD", "SCR-3:OPEN");
    }

    @Test
    void jsonAndXlsxFeedsWorkTheSameWay() throws Exception {
        String json = "[{\"title\":\"月嫂\",\"category\":\"childcare\",\"wage\":{\"amountFen\":1500000,\"unit\":\"MONTH\"},"
                + "\"slots\":1,\"location\":{\"latitude\":33.96,\"longitude\":118.27},\"startsAt\":\"" + start()
                + "\",\"endsAt\":\"" + end() + "\",\"term\":\"LONG\",\"contactPolicy\":\"AFTER_ACCEPTANCE\","
                + "\"source\":{\"channel\":\"EXTERNAL_FEED\",\"name\":\"就在江苏\",\"externalRef\":\"JSON-1\"}}]";
        assertThat(awaitDone(upload("json", json.getBytes(StandardCharsets.UTF_8), "application/json").body()
                .get("id").asString()).get("accepted").asInt()).isEqualTo(1);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("岗位");
            List<List<String>> table = List.of(ImportFormat.COLUMNS,
                    row("水电维修工", "repair", "30000", "2", "33.9500", "XLSX-1"),
                    row("美发助理", "beauty", "12000", "1", "95.0000", "XLSX-2"));
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < table.get(r).size(); c++) {
                    row.createCell(c).setCellValue(table.get(r).get(c));
                }
            }
            workbook.write(xlsx);
        }
        JsonNode report = awaitDone(upload("xlsx", xlsx.toByteArray(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body().get("id").asString());
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.at("/rejected/0/row").asInt()).isEqualTo(3);
        assertThat(report.at("/rejected/0/reasons").toString()).contains("location.latitude");
    }

    @Test
    void malformedFilesAndUnknownFormatsAreClearProblems() {
        Api.Response notCsv = upload("csv", "这不是表格\n1,2".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(notCsv.status()).isEqualTo(400);
        assertThat(notCsv.body().get("type").asString()).endsWith("/malformed-import-file");
        assertThat(upload("json", "{\"title\":1}".getBytes(StandardCharsets.UTF_8), "application/json").status())
                .isEqualTo(400);
        assertThat(upload("xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .status()).isEqualTo(400);
        Api.Response unknown = upload("pdf", new byte[] {1}, "application/pdf");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("detail").asString()).contains("csv", "json", "xlsx");
    }

    private long imports() {
        return jdbc.sql("select count(*) from t_" + city + ".job_import").query(Long.class).single();
    }

    private long jobs() {
        return jdbc.sql("select count(*) from t_" + city + ".job").query(Long.class).single();
    }

    private Map<String, String> rawHeaders(String contentType) {
        return Map.of("Authorization", "Bearer " + admin, "X-Lingong-Tenant", city, "Content-Type", contentType,
                "Transfer-Encoding", "chunked", "Accept-Language", "en");
    }

    private static void assertRefused(RawHttp.Answer answer, int status, String slug) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).endsWith("/" + slug);
    }

    @Test
    void aCsvOfTinyRowsIsRefusedAtTheRowCapBeforeTheRestOfItsBodyIsSent() throws Exception {
        long importsBefore = imports();
        long jobsBefore = jobs();
        Feeds.GeneratedCsv feed = Feeds.GeneratedCsv.tinyRows(11L * 1024 * 1024);
        try (RawHttp upload = new RawHttp(port, "POST", "/api/v1/jobs/imports?format=csv&fileName=tiny.csv",
                rawHeaders("text/csv"))) {
            // 1 MB (about 200,000 rows) of an 11 MB body of unknown length, and then nothing: the answer comes while
            // the body is unfinished, so the service neither waited for it nor held it.
            for (int i = 0; i < 16; i++) {
                upload.chunk(feed.first(64 * 1024));
            }
            assertRefused(upload.answer(), 413, "import-too-large");
        }
        assertThat(imports()).as("no import run recorded").isEqualTo(importsBefore);
        assertThat(jobs()).as("nothing written").isEqualTo(jobsBefore);
    }

    @Test
    void aDeclaredBodyOverTenMegabytesIsRefusedBeforeAByteIsRead() throws Exception {
        try (RawHttp upload = new RawHttp(port, "POST", "/api/v1/jobs/imports?format=csv&fileName=big.csv",
                Map.of("Authorization", "Bearer " + admin, "X-Lingong-Tenant", city, "Content-Type", "text/csv",
                        "Content-Length", Long.toString(ImportFormat.MAX_BYTES + 1L)))) {
            assertRefused(upload.answer(), 413, "import-too-large");
        }
        // Any other endpoint: the service's body limit answers the same way before the JSON reader runs.
        try (RawHttp post = new RawHttp(port, "POST", "/api/v1/jobs", Map.of("Authorization", "Bearer " + admin,
                "X-Lingong-Tenant", city, "Content-Type", "application/json", "Content-Length", "20000000"))) {
            assertRefused(post.answer(), 413, "content-too-large");
        }
    }

    @Test
    void aZipBombXlsxIsRefusedWithProblemJsonAndTheServiceStaysHealthy() throws Exception {
        long importsBefore = imports();
        Api.Response bomb = upload("xlsx", Feeds.zipBomb(256),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(bomb.status()).isEqualTo(413);
        assertThat(bomb.body().get("type").asString()).endsWith("/import-xlsx-bomb");
        assertThat(bomb.body().get("title").asString()).isEqualTo("xlsx 文件解压后过大");
        assertThat(imports()).isEqualTo(importsBefore);

        Api.Response overCap = upload("xlsx", Feeds.xlsx(ImportFormat.MAX_ROWS + 1),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(overCap.status()).isEqualTo(413);
        assertThat(overCap.body().get("type").asString()).endsWith("/import-too-large");
        assertThat(imports()).as("nothing written").isEqualTo(importsBefore);
        assertThat(api().get("/api/v1/jobs", admin, Map.of("X-Lingong-Tenant", city)).status()).isEqualTo(200);
    }
}
