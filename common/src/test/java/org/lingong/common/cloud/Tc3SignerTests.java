package org.lingong.common.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TC3 signature against Tencent Cloud's documented example, and the headers a signed call carries. */
class Tc3SignerTests {

    /** The example request of "Signature v3" (CVM DescribeInstances), byte for byte as the page's Python builds it. */
    private static final byte[] EXAMPLE_BODY = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theDocumentedExampleSignsToTheDocumentedSignature() {
        // Tencent Cloud API 3.0 "Signature v3" (签名方法 v3), with its masked placeholder credentials; the
        // page gives the payload hash 35e9c5b0…, the canonical request hash 5ffe6a04… and this signature.
        assertThat(Acs3Signer.sha256Hex(EXAMPLE_BODY))
                .isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        assertThat(new Tc3Signer("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "Gu5t9xGARNpq86cd98joQYCN3*******")
                .authorization("cvm.tencentcloudapi.com", "cvm", EXAMPLE_BODY, 1551113065))
                .isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request,"
                        + " SignedHeaders=content-type;host,"
                        + " Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
    }

    @Test
    void anotherSecretOrAnotherDaySignsDifferently() {
        String documented = new Tc3Signer("id", "Gu5t9xGARNpq86cd98joQYCN3*******")
                .authorization("cvm.tencentcloudapi.com", "cvm", EXAMPLE_BODY, 1551113065);
        assertThat(new Tc3Signer("id", "another").authorization("cvm.tencentcloudapi.com", "cvm", EXAMPLE_BODY,
                1551113065)).isNotEqualTo(documented);
        assertThat(new Tc3Signer("id", "Gu5t9xGARNpq86cd98joQYCN3*******").authorization("cvm.tencentcloudapi.com",
                "cvm", EXAMPLE_BODY, 1551113065 + 86_400)).contains("/2019-02-26/cvm/tc3_request");
    }

    @Test
    void aSignedCallCarriesItsActionVersionTimestampAndRegion() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> signed = new Tc3Signer("AKID", "key").sign("sms.tencentcloudapi.com", "sms", "SendSms",
                "2021-01-11", "ap-guangzhou", body, Instant.parse("2026-12-07T04:05:06.789Z"));
        assertThat(signed).containsEntry("X-TC-Action", "SendSms").containsEntry("X-TC-Version", "2021-01-11")
                .containsEntry("X-TC-Timestamp", "1796616306").containsEntry("X-TC-Region", "ap-guangzhou")
                .containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Authorization", new Tc3Signer("AKID", "key").authorization("sms.tencentcloudapi.com",
                        "sms", body, 1796616306));
        assertThat(signed.get("Authorization")).startsWith("TC3-HMAC-SHA256 Credential=AKID/2026-12-07/sms/tc3_request,");
    }
}
