package org.lingong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.DevStack;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16's screening goals, through the gateway on a platform with a database of its own
 * ({@code lingong_screening_bench}, dropped afterwards): (a) what screening adds to posting one clean 500-character job
 * against {@value #RULES} active rules, and (b) a 10,000-row bulk import screened. The raw baseline in the same run is
 * a twin city with every rule disabled (the text is still segmented, with nothing to match), the two taking turns
 * request by request. Postings are clean, so every one is published: the normal path, not a refusal.
 */
final class ScreeningBenchmark {

    private static final String DATABASE = "lingong_screening_bench";
    static final int RULES = 200;
    private static final int WARM_UP = 300;
    private static final int IMPORT_ROWS = 10_000;
    private static final int POSTING_CHARS = 500;
    /** An import's rows are shorter: 10,000 rows of 500 Chinese characters would pass the feed's 10 MB limit. */
    private static final int IMPORT_CHARS = 150;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Clauses of ordinary gig postings, none of which any rule should flag. */
    private static final List<String> CLAUSES = List.of("负责小区楼道和电梯间的日常清扫", "早上七点到岗，中午管一顿饭",
            "工作地点在宿城区洋河南路附近，公交可达", "日薪一百八十元，当天完工当天结算", "需要会使用常见清洁工具",
            "工具和工作服由公司免费提供", "做六休一，节假日按国家规定安排", "有相关经验者优先考虑", "仓库货物分拣和装卸",
            "按件计酬，多劳多得，每件一元五角", "新交付住宅开荒保洁，擦玻璃清理水泥渍", "餐厅帮厨，洗菜切配，保持后厨整洁",
            "果园采摘葡萄，轻拿轻放，按筐计价", "搬家公司跟车搬运，注意保护家具", "商场夜间保洁，十点后进场",
            "会骑电动车，熟悉城区道路", "服从现场管理人员安排，注意安全", "下雨天停工，另行通知", "工作环境干净整洁",
            "提供免费饮用水和休息室");
    private static final List<String> TITLES = List.of("小区保洁员", "仓库分拣员", "餐厅帮厨", "葡萄采摘工",
            "搬家跟车师傅", "商场夜班保洁");

    private ScreeningBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int postings = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        DevStack stack = DevStack.local().ensureRunning();
        String database = stack.createDatabase(DATABASE);
        // One admin posts as fast as the platform answers: the per-person limit would measure itself.
        Platform platform = new Platform(stack, Path.of("").toAbsolutePath(), Map.of("LINGONG_DB_URL", database,
                "LINGONG_GATEWAY_RATELIMIT_AUTHENTICATED_PERSECOND", "1000000",
                "LINGONG_GATEWAY_RATELIMIT_AUTHENTICATED_BURST", "1000000"));
        platform.start();
        try {
            // Two cities, alike but for their rules, take turns: neither warms the machine for the other.
            String code = "bs" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
            Onboarding onboarding = new Onboarding(stack);
            Api screened = city(stack, onboarding, code + "a");
            Api bare = city(stack, onboarding, code + "b");
            int added = addRules(screened);
            setAllRules(bare, false);
            System.out.printf("Screening benchmark: %d active rules in one city (%d of the defaults, %d added), none "
                            + "in its twin; %,d postings of %d characters each, taking turns; a %,d-row import of %d "
                            + "in each; load average at the start %s%n%n",
                    enabled(screened), RULES - added, added, postings, POSTING_CHARS, IMPORT_ROWS, IMPORT_CHARS,
                    LoadAverage.awaitQuiet(Duration.ofMinutes(5)));

            long[][] latencies = postInTurns(List.of(screened, bare), texts(postings + WARM_UP, POSTING_CHARS));
            // The import's order is swapped halfway, so each city goes first once.
            double[] importScreened = new double[2];
            double[] importBare = new double[2];
            importScreened[0] = importRows(screened, "1");
            importBare[0] = importRows(bare, "1");
            importBare[1] = importRows(bare, "2");
            importScreened[1] = importRows(screened, "2");

            System.out.println("| path, one posting at a time through the gateway | p50 | p99 | max |");
            System.out.println("|---|---:|---:|---:|");
            row(RULES + " rules enabled", latencies[0]);
            row("no rule enabled (baseline)", latencies[1]);
            System.out.printf("| added by screening | %.1f ms | %.1f ms | |%n%n",
                    ms(percentile(latencies[0], 0.5)) - ms(percentile(latencies[1], 0.5)),
                    ms(percentile(latencies[0], 0.99)) - ms(percentile(latencies[1], 0.99)));
            System.out.printf("| %,d-row JSON import, until every row is published | first | second | rows/s |%n",
                    IMPORT_ROWS);
            System.out.println("|---|---:|---:|---:|");
            importRow(RULES + " rules enabled", importScreened);
            importRow("no rule enabled (baseline)", importBare);
            System.out.printf("| screened / baseline | %.2f | | |%n%n",
                    (importScreened[0] + importScreened[1]) / (importBare[0] + importBare[1]));
            System.out.printf("load average at the end %s%n", LoadAverage.now());
        } finally {
            platform.stop();
            stack.dropDatabase(DATABASE);
        }
    }

    /**
     * Rules up to {@value #RULES}, in the shape of the defaults (a demand followed by what is paid for), each on
     * words no clean posting holds, spread over many first characters as a city's own list would be.
     */
    private static int addRules(Api api) throws Exception {
        String[] verbs = {"交", "缴纳", "收取", "先付", "预交", "支付", "垫付", "自付"};
        String[] fees = {"押金", "保证金", "报名费", "培训费", "服装费", "体检费", "介绍费", "办卡费", "资料费", "工牌费",
                "住宿押金", "工具押金", "上岗费", "建档费", "信息费", "中介费", "管理费", "考试费", "证件费", "入职费",
                "材料费", "茶水费", "制卡费", "押证金", "担保费"};
        int have = enabled(api);
        int added = 0;
        for (int i = 0; have + added < RULES; i++) {
            String verb = verbs[i % verbs.length];
            String fee = fees[(i / verbs.length) % fees.length];
            ObjectNode rule = JSON.createObjectNode().put("code", "bench-" + i).put("category", "FEES")
                    .put("pattern", verb + " ~ " + fee + "\n- 不|无|免")
                    .put("action", "HOLD").put("groundsZh", "基准测试规则").put("groundsEn", "Benchmark rule");
            api.send("POST", "/api/v1/screening/rules", rule.toString(), 201);
            added++;
        }
        return added;
    }

    private static int enabled(Api api) throws Exception {
        int count = 0;
        for (JsonNode rule : api.send("GET", "/api/v1/screening/rules", null, 200)) {
            count += rule.get("enabled").asBoolean() ? 1 : 0;
        }
        return count;
    }

    private static void setAllRules(Api api, boolean on) throws Exception {
        for (JsonNode rule : api.send("GET", "/api/v1/screening/rules", null, 200)) {
            ObjectNode change = ((ObjectNode) rule.deepCopy()).put("enabled", on);
            change.remove(List.of("updatedAt", "updatedBy"));
            api.send("PUT", "/api/v1/screening/rules/" + rule.get("code").asString(), change.toString(), 200);
        }
    }

    /**
     * Posts every text to each city in turn, one request at a time; the first {@value #WARM_UP} rounds are not
     * counted. Returns each city's latencies, sorted.
     */
    private static long[][] postInTurns(List<Api> cities, List<String> texts) throws Exception {
        long[][] nanos = new long[cities.size()][texts.size() - WARM_UP];
        for (int i = 0; i < texts.size(); i++) {
            for (int c = 0; c < cities.size(); c++) {
                String body = posting(TITLES.get(i % TITLES.size()) + i, texts.get(i), null).toString();
                long started = System.nanoTime();
                JsonNode job = cities.get(c).send("POST", "/api/v1/jobs", body, 201);
                long took = System.nanoTime() - started;
                if (!"OPEN".equals(job.get("status").asString())) {
                    throw new IllegalStateException("a clean posting was not published: " + job);
                }
                if (i >= WARM_UP) {
                    nanos[c][i - WARM_UP] = took;
                }
            }
        }
        for (long[] city : nanos) {
            Arrays.sort(city);
        }
        return nanos;
    }

    private static Api city(DevStack stack, Onboarding onboarding, String code) throws Exception {
        onboarding.onboard(Onboarding.request(code, 1_000_000));
        DemoTenants.awaitRouted(Platform.gatewayUrl(), code);
        return new Api(stack, code);
    }

    /** Imports {@value #IMPORT_ROWS} postings as one JSON feed; seconds from upload to the last row published. */
    private static double importRows(Api api, String run) throws Exception {
        List<String> texts = texts(IMPORT_ROWS, IMPORT_CHARS);
        ArrayNode feed = JSON.createArrayNode();
        for (int i = 0; i < IMPORT_ROWS; i++) {
            feed.add(posting(TITLES.get(i % TITLES.size()) + run + i, texts.get(i), run + "-" + i));
        }
        long started = System.nanoTime();
        String id = api.upload("/api/v1/jobs/imports?format=json&fileName=bench.json", feed.toString())
                .get("id").asString();
        while (true) {
            JsonNode progress = api.send("GET", "/api/v1/jobs/imports/" + id, null, 200);
            if (!List.of("PENDING", "RUNNING").contains(progress.get("status").asString())) {
                double seconds = (System.nanoTime() - started) / 1e9;
                if (progress.get("accepted").asInt() != IMPORT_ROWS) {
                    throw new IllegalStateException("rows refused: " + progress.get("rejected"));
                }
                return seconds;
            }
            Thread.sleep(200);
        }
    }

    /** Deterministic clean texts of {@code length} characters: clauses of ordinary postings. */
    private static List<String> texts(int count, int length) {
        Random random = new Random(20261208L);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.append(CLAUSES.get(random.nextInt(CLAUSES.size()))).append('，');
            }
            texts.add(text.substring(0, length - 1) + "。");
        }
        return texts;
    }

    private static ObjectNode posting(String title, String description, String externalRef) {
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ObjectNode posting = JSON.createObjectNode().put("title", title).put("category", "domestic")
                .put("description", description).put("slots", 3).put("address", "宿迁市宿城区洋河南路")
                .put("startsAt", start.toString()).put("endsAt", start.plus(8, ChronoUnit.HOURS).toString())
                .put("term", "SHORT").put("contactPolicy", "PLATFORM_ONLY");
        posting.putObject("wage").put("amountFen", 18_000).put("unit", "DAY");
        posting.putObject("location").put("latitude", 33.9631).put("longitude", 118.2752);
        ObjectNode source = posting.putObject("source").put("channel", "EXTERNAL_FEED").put("name", "基准测试");
        if (externalRef != null) {
            source.put("externalRef", externalRef);
        }
        posting.putArray("priorityGroups");
        return posting;
    }

    private static void importRow(String path, double[] seconds) {
        System.out.printf("| %s | %.1f s | %.1f s | %.0f |%n", path, seconds[0], seconds[1],
                2 * IMPORT_ROWS / (seconds[0] + seconds[1]));
    }

    private static void row(String path, long[] nanos) {
        System.out.printf("| %s | %.1f ms | %.1f ms | %.1f ms |%n", path, ms(percentile(nanos, 0.5)),
                ms(percentile(nanos, 0.99)), ms(nanos[nanos.length - 1]));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The city admin's calls through the gateway; the token is renewed before it could expire. */
    private static final class Api {

        private final DevStack stack;
        private final String city;
        private final String base;
        private String token;
        private long tokenAt;

        Api(DevStack stack, String city) {
            this.stack = stack;
            this.city = city;
            this.base = Platform.gatewayUrl() + "/t/" + city;
        }

        JsonNode send(String method, String path, String body, int expected) throws Exception {
            return answer(request(path).header("Content-Type", "application/json").method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)),
                    expected);
        }

        JsonNode upload(String path, String body) throws Exception {
            return answer(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), 202);
        }

        private HttpRequest.Builder request(String path) {
            if (token == null || System.nanoTime() - tokenAt > Duration.ofMinutes(2).toNanos()) {
                token = DemoTenants.passwordGrantToken(stack, city + "-admin", "demo");
                tokenAt = System.nanoTime();
            }
            return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60));
        }

        private static JsonNode answer(HttpRequest.Builder request, int expected) throws Exception {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        }
    }
}
