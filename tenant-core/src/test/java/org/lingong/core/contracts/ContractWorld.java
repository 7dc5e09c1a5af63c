package org.lingong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;
import org.lingong.core.jobs.JobsTests;
import org.lingong.core.people.KeycloakTestUsers;
import org.lingong.core.people.TestEmployers;
import org.lingong.core.people.checks.CreditCode;
import org.lingong.core.people.checks.ResidentIdNumber;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fresh city with a verified employer, a verified worker (张三丰, ID number below) and an order: the worker grabbed
 * the employer's job, which starts at 08:00 Beijing time at least a day ahead, 180.00 元 a day.
 */
final class ContractWorld {

    static final String ID_NUMBER_17 = "32130219900101123";
    static final String LEGAL_NAME = "宿迁市好帮手家政服务有限公司";
    static final String CREDIT_CODE_17 = "91321300MA1EMP01X";

    final Api api;
    final String city;
    final String admin;
    final String worker;
    final String employer;
    final String orderId;

    ContractWorld(Api api, KeycloakTestUsers users) {
        this.api = api;
        this.city = TestTenants.uniqueCode();
        this.admin = TestTenants.onboard(api, city, "32", "321300");
        this.worker = Api.userToken(users.create(city + "-w", "worker", city), KeycloakTestUsers.PASSWORD);
        this.employer = Api.userToken(users.create(city + "-e", "employer", city), KeycloakTestUsers.PASSWORD);

        ObjectNode person = Api.JSON.createObjectNode().put("realName", "张三丰").put("homeRegionCode", "321302")
                .put("idNumber", ID_NUMBER_17 + ResidentIdNumber.checkCharacter(ID_NUMBER_17)).put("phone", "13912345678");
        person.putArray("skills").add("采摘");
        person.putArray("categories").add("agriculture");
        person.putArray("priorityGroups");
        expect(api.call("PUT", "/api/v1/workers/me", worker, in(), person), 200);

        ObjectNode company = Api.JSON.createObjectNode().put("legalName", LEGAL_NAME)
                .put("creditCode", CREDIT_CODE_17 + CreditCode.checkCharacter(CREDIT_CODE_17))
                .put("contactName", "王经理").put("contactPhone", "13712345678");
        String employerId = TestEmployers.verified(api, employer, admin, in(), company);

        // 08:00 in Shanghai, more than a day ahead whatever the time of the run: cancelling within 2 hours of the start
        // asks for a reason code, which the "tomorrow" of a run between 22:00 and 24:00 UTC fell into.
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        ObjectNode posting = JobsTests.posting().put("startsAt", start.toString())
                .put("endsAt", start.plus(9, ChronoUnit.HOURS).toString());
        posting.putObject("source").put("channel", "EMPLOYER");
        posting.putArray("priorityGroups");
        String jobId = expect(api.call("POST", "/api/v1/jobs", employer, in(), posting), 201).body().get("id").asString();
        this.orderId = expect(api.call("POST", "/api/v1/jobs/" + jobId + "/grab", worker, in(), null), 201)
                .body().get("id").asString();
    }

    Map<String, String> in() {
        return Map.of("X-Lingong-Tenant", city, "Accept-Language", "zh-CN");
    }

    String path(String suffix) {
        return "/api/v1/orders/" + orderId + suffix;
    }

    Api.Response get(String suffix, String token) {
        return api.get(path(suffix), token, in());
    }

    Api.Response sign(String token, String documentHash) {
        return api.call("POST", path("/contract/sign"), token, in(), Map.of("documentHash", documentHash));
    }

    /** Both sides sign the contract; returns its document hash. */
    String signedByBoth() {
        String hash = expect(get("/contract", worker), 200).body().get("documentHash").asString();
        expect(sign(worker, hash), 200);
        expect(sign(employer, hash), 200);
        return hash;
    }

    static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response;
    }
}
