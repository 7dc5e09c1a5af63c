package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No clear ID number or phone reaches the log, even with request, SQL and bind-parameter logging turned up: the log
 * of a whole round (save, rejected save, read, list, lookup, audited clear read) is searched for them.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.springframework.web=debug",
        "spring.mvc.log-request-details=true",
        "logging.level.org.hibernate.SQL=debug",
        "logging.level.org.hibernate.orm.jdbc.bind=trace",
        "logging.level.org.lingong=debug"})
class PersonalDataLogTests extends PeopleApiTest {

    private static final String ID_NUMBER = idNumber("320102", "19850612", "457");
    private static final String TYPO = ID_NUMBER.substring(0, 17) + (ID_NUMBER.charAt(17) == '3' ? '4' : '3');
    private static final String PHONE = "15851234567";

    @Test
    void noClearIdNumberOrPhoneIsEverLogged(CapturedOutput output) {
        String city = TestTenants.uniqueCode();
        String admin = TestTenants.onboard(api(), city, "32", "321300");
        String worker = token("worker-li", "demo");
        Map<String, String> headers = in(city);

        assertThat(api().call("PUT", "/api/v1/workers/me", worker, headers, WorkersTests.profile(TYPO, PHONE)).status())
                .isEqualTo(400);
        Api.Response saved = api().call("PUT", "/api/v1/workers/me", worker, headers, WorkersTests.profile(ID_NUMBER, PHONE));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(api().get("/api/v1/workers/me", worker, headers).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/workers", admin, headers).status()).isEqualTo(200);
        assertThat(api().call("POST", "/api/v1/workers/lookup", admin, headers, Map.of("idNumber", ID_NUMBER)).status())
                .isEqualTo(200);
        Api.Response clear = api().get("/api/v1/workers/" + saved.body().get("id").asString() + "/identity?reason=log-test",
                admin, headers);
        assertThat(clear.body().at("/fields/idNumber").asString()).isEqualTo(ID_NUMBER);

        assertThat(output.getAll()).as("request bodies, SQL and bind parameters were logged")
                .contains("WorkerProfile[", "insert into", "binding parameter");
        assertThat(output.getAll()).doesNotContain(ID_NUMBER, TYPO, PHONE, ID_NUMBER.substring(6, 14) + ID_NUMBER.substring(14),
                PHONE.substring(3));
    }
}
