package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;

/**
 * Search called directly, around the gateway (issue 13, item 6): a Jiangsu admin's token naming Huainan (Anhui) and
 * Jiangsu's province code in the headers the gateway would set. Search takes a city's province from tenant-core's
 * registry feed, and its index facts ({@code /search/status}) are for the city's own staff and platform admins only.
 */
@ExtendWith(RunningPlatform.class)
class SearchBypassTests {

    private static final String SEARCH = Platform.serviceUrl("search");
    private static final String GATEWAY = Platform.gatewayUrl();
    private static final Map<String, String> HUAINAN_SAID_TO_BE_JIANGSU = Map.of("X-Lingong-Tenant", "huainan",
            "X-Lingong-Tenant-Province", "32");

    private static void expectProblem(Http.Response response, int status, String slug) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().path("type").asString()).isEqualTo("https://lingong.org.cn/problems/" + slug);
        assertThat(response.raw().body()).doesNotContain("aliasPresent");
    }

    @Test
    void aProvinceSentStraightToSearchIsNotBelieved() {
        String jiangsu = RunningPlatform.token("jiangsu-admin");

        expectProblem(Http.get(SEARCH + "/api/v1/search/status", jiangsu, HUAINAN_SAID_TO_BE_JIANGSU), 403,
                "tenant-forbidden");
        expectProblem(Http.get(SEARCH + "/api/v1/jobs/nearby?lat=32.63&lon=117.0", jiangsu,
                HUAINAN_SAID_TO_BE_JIANGSU), 403, "tenant-forbidden");
        // Its own province's cities it still reads, whatever province a header claims.
        assertThat(Http.get(SEARCH + "/api/v1/jobs/nearby?lat=33.96&lon=118.28", jiangsu,
                Map.of("X-Lingong-Tenant", "suqian", "X-Lingong-Tenant-Province", "34")).status()).isEqualTo(200);
    }

    @Test
    void aWorkerSearchesEveryCityButReadsNoCitysIndexFacts() {
        String worker = RunningPlatform.token("worker-zhang");

        expectProblem(Http.get(SEARCH + "/api/v1/search/status", worker, Map.of("X-Lingong-Tenant", "huainan")), 403,
                "forbidden");
        expectProblem(Http.get(GATEWAY + "/t/huainan/api/v1/search/status", worker, Map.of()), 403, "forbidden");
        assertThat(Http.get(GATEWAY + "/t/huainan/api/v1/jobs/nearby?lat=32.63&lon=117.0", worker, Map.of())
                .status()).isEqualTo(200);
        assertThat(Http.get(GATEWAY + "/t/huainan/api/v1/search/status", RunningPlatform.token("huainan-admin"),
                Map.of()).status()).isEqualTo(200);
    }
}
