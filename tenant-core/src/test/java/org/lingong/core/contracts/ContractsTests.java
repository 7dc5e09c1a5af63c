package org.lingong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.core.contracts.ContractWorld.expect;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.people.KeycloakTestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A contract per order: generated on first request, masked parties, click-to-sign by both sides, audited. */
class ContractsTests extends TenantCoreTests {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    @Test
    void theContractNamesThePartiesMaskedAndTheJobInBeijingTime() {
        ContractWorld world = new ContractWorld(api(), USERS);

        JsonNode contract = expect(world.get("/contract", world.worker), 200).body();
        assertThat(contract.get("status").asString()).isEqualTo("AWAITING_SIGNATURES");
        assertThat(contract.get("templateVersion").asInt()).isEqualTo(1);
        assertThat(contract.get("title").asString()).isEqualTo("零工服务协议通用条款");
        String body = contract.get("body").asString();
        assertThat(body).contains("乙方（零工人员）：张**", "甲方（用工方）：" + ContractWorld.LEGAL_NAME,
                "订单编号：" + world.orderId, "“葡萄园采摘工”", "宿迁市宿城区洋河南路", "180.00 元/天",
                "08:00 至 ", " 17:00（北京时间）", "签约时平台尚无本订单的保险登记")
                .doesNotContain("张三丰", ContractWorld.ID_NUMBER_17, ContractWorld.CREDIT_CODE_17, "{{");
        assertThat(body).containsPattern("公民身份号码：3\\*{16}[0-9X]");
        assertThat(contract.get("documentHash").asString()).isEqualTo(
                Contract.canonicalHash(contract.get("title").asString(), body));

        JsonNode again = expect(world.get("/contract", world.employer), 200).body();
        assertThat(again.get("id").asString()).isEqualTo(contract.get("id").asString());
        assertThat(expect(world.get("/contract", world.admin), 200).body().get("id").asString())
                .isEqualTo(contract.get("id").asString());
    }

    @Test
    void coverEnrolledBeforeTheContractIsMadeIsNamedInIt() {
        ContractWorld world = new ContractWorld(api(), USERS);
        JsonNode order = expect(world.get("", world.worker), 200).body().get("order");
        Map<String, Object> policy = Map.of("type", "ACCIDENT", "insurer", "中国人寿财产保险宿迁中心支公司",
                "policyNumber", "PSQ-2026-000123", "premiumFen", 350, "paidBy", "EMPLOYER");
        expect(api().call("POST", world.path("/insurance"), world.employer, world.in(), Map.of("policy", policy,
                "coverageStart", order.get("startsAt").asString(), "coverageEnd", order.get("endsAt").asString())), 201);

        String body = expect(world.get("/contract", world.worker), 200).body().get("body").asString();
        assertThat(body).contains("意外伤害保险，承保机构中国人寿财产保险宿迁中心支公司，保单号 PSQ-2026-000123",
                "保费 3.50 元，由用工方支付").doesNotContain("尚无本订单的保险登记");
    }

    @Test
    void confirmingTheOrderMakesItsContract() {
        ContractWorld world = new ContractWorld(api(), USERS);
        assertThat(contracts(world)).isZero();

        expect(api().call("POST", world.path("/confirm"), world.employer, world.in(), null), 200);
        assertThat(contracts(world)).isOne();
        assertThat(jdbc.sql("select actor from t_" + world.city + ".audit_event where action = 'contract.generate'")
                .query(String.class).single()).isEqualTo(Api.claims(world.employer).get("sub").asString());

        JsonNode contract = expect(world.get("/contract", world.worker), 200).body();
        assertThat(contract.get("status").asString()).isEqualTo("AWAITING_SIGNATURES");
        assertThat(contracts(world)).isOne();
        assertThat(audited(world, "contract.generate")).isEqualTo(1);
    }

    @Test
    void bothSidesSignTheHashTheyWereShownOnce() {
        ContractWorld world = new ContractWorld(api(), USERS);
        String hash = expect(world.get("/contract", world.worker), 200).body().get("documentHash").asString();

        Api.Response stale = world.sign(world.worker, "0".repeat(64));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).endsWith("/contract-hash-mismatch");
        assertThat(stale.body().get("documentHash").asString()).isEqualTo(hash);

        JsonNode half = expect(world.sign(world.worker, hash), 200).body();
        assertThat(half.get("status").asString()).isEqualTo("AWAITING_SIGNATURES");
        JsonNode workerSignature = half.get("signatures").get(0);
        assertThat(workerSignature.get("role").asString()).isEqualTo("WORKER");
        assertThat(workerSignature.get("signerAccountId").asString()).isEqualTo(Api.claims(world.worker).get("sub").asString());
        assertThat(workerSignature.get("documentHash").asString()).isEqualTo(hash);
        assertThat(workerSignature.get("chainEntryHash").asString()).hasSize(64);

        Api.Response twice = world.sign(world.worker, hash);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("type").asString()).endsWith("/contract-already-signed");
        Api.Response staff = world.sign(world.admin, hash);
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.body().get("type").asString()).endsWith("/contract-not-signer");

        JsonNode signed = expect(world.sign(world.employer, hash), 200).body();
        assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
        assertThat(signed.get("signedAt").isNull()).isFalse();
        assertThat(signed.get("signatures")).hasSize(2);

        JsonNode verified = expect(world.get("/contract/verify", world.worker), 200).body();
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("entriesChecked").asLong()).isEqualTo(3);
        assertThat(audited(world, "contract.generate")).isEqualTo(1);
        assertThat(audited(world, "contract.view")).isEqualTo(1);
        assertThat(audited(world, "contract.sign")).isEqualTo(2);
        assertThat(audited(world, "contract.verify")).isEqualTo(1);
    }

    @Test
    void aNewTemplateVersionLeavesGeneratedContractsAsTheyWere() {
        ContractWorld world = new ContractWorld(api(), USERS);
        JsonNode before = expect(world.get("/contract", world.worker), 200).body();

        JsonNode template = expect(api().get("/api/v1/contract-template", world.admin, world.in()), 200).body();
        expect(api().call("PUT", "/api/v1/contract-template", world.admin, world.in(), Map.of("title", "零工服务协议（新版）",
                "body", template.get("body").asString().replace("最迟不超过服务完成之日起七日", "当日结清"))), 200);

        JsonNode after = expect(world.get("/contract", world.worker), 200).body();
        assertThat(after.get("templateVersion").asInt()).isEqualTo(1);
        assertThat(after.get("body").asString()).isEqualTo(before.get("body").asString()).contains("七日");
        assertThat(after.get("documentHash").asString()).isEqualTo(before.get("documentHash").asString());
    }

    @Test
    void outsidersAndEndedOrdersGetNoContract() {
        ContractWorld world = new ContractWorld(api(), USERS);
        String stranger = Api.userToken(USERS.create(world.city + "-x", "worker", world.city), KeycloakTestUsers.PASSWORD);

        Api.Response hidden = world.get("/contract", stranger);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body().get("type").asString()).endsWith("/order-not-found");
        assertThat(world.sign(stranger, "0".repeat(64)).status()).isEqualTo(404);

        expect(api().call("POST", world.path("/cancel"), world.worker, world.in(), Map.of("reason", "临时有事")), 200);
        Api.Response ended = world.get("/contract", world.worker);
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.body().get("type").asString()).endsWith("/contract-order-ended");
        assertThat(contracts(world)).isZero();
    }

    @Test
    void simultaneousFirstRequestsMakeOneContractAndSimultaneousSignaturesChainItOnce() throws Exception {
        ContractWorld world = new ContractWorld(api(), USERS);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Callable<String>> reads = IntStream.range(0, 8).mapToObj(i -> (Callable<String>) () ->
                    expect(world.get("/contract", i % 2 == 0 ? world.worker : world.employer), 200)
                            .body().get("id").asString()).toList();
            List<String> ids = pool.invokeAll(reads).stream().map(ContractsTests::result).distinct().toList();
            assertThat(ids).hasSize(1);

            String hash = expect(world.get("/contract", world.worker), 200).body().get("documentHash").asString();
            List<Callable<Integer>> signs = List.of(() -> world.sign(world.worker, hash).status(),
                    () -> world.sign(world.employer, hash).status());
            assertThat(pool.invokeAll(signs).stream().map(ContractsTests::result).toList()).containsOnly(200);
        }
        assertThat(expect(world.get("/contract", world.employer), 200).body().get("status").asString())
                .isEqualTo("SIGNED");
        JsonNode verified = expect(api().get("/api/v1/contracts/verify", world.admin, world.in()), 200).body();
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("entriesChecked").asLong()).isEqualTo(3);
        assertThat(contracts(world)).isOne();
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private long contracts(ContractWorld world) {
        return jdbc.sql("select count(*) from t_" + world.city + ".contract").query(Long.class).single();
    }

    private long audited(ContractWorld world, String action) {
        return jdbc.sql("select count(*) from t_" + world.city + ".audit_event where action = ?").param(action)
                .query(Long.class).single();
    }
}
