package org.lingong.admin.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lingong.admin.webjars.WebjarLibrary;
import org.lingong.devstack.junit.RealServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The worker page, the market screen and their map library open without signing in; the worker page's sign-in step
 * and the worker's own profile do not.
 */
@RealServers
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PublicAccessTests {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;

    @Test
    void theWorkerPageAndTheMarketScreenAreServedToVisitors() throws Exception {
        assertThat(get("/worker/suqian").statusCode()).isEqualTo(200);
        assertThat(get("/screen/suqian/1").statusCode()).isEqualTo(200);
    }

    @Test
    void theMapLibraryIsServedByTheAppItselfToVisitorsTheChartLibraryOnlyToSignedInUsers() throws Exception {
        HttpResponse<String> script = get(WebjarLibrary.LEAFLET.script());

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("Leaflet 1.9.4");
        assertThat(get(WebjarLibrary.LEAFLET.stylesheet()).statusCode()).isEqualTo(200);
        assertThat(get(WebjarLibrary.ECHARTS.script()).statusCode()).isEqualTo(302);
    }

    @Test
    void grabbingAndTheOwnProfilesOfWorkersAndEmployersStartWithASignIn() throws Exception {
        for (String path : List.of("/worker/suqian/sign-in?lat=33.96&lon=118.28", "/worker/suqian/me",
                "/employer/suqian/me")) {
            HttpResponse<String> signIn = get(path);

            assertThat(signIn.statusCode()).as(path).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
