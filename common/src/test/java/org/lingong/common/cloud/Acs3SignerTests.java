package org.lingong.common.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The V3 signature against Alibaba Cloud's documented example, and the headers a signed call carries. */
class Acs3SignerTests {

    @Test
    void theDocumentedExampleSignsToTheDocumentedSignature() {
        Map<String, String> headers = new TreeMap<>();
        headers.put("host", "ecs.cn-shanghai.aliyuncs.com");
        headers.put("x-acs-action", "RunInstances");
        headers.put("x-acs-version", "2014-05-26");
        headers.put("x-acs-date", "2023-10-26T09:01:01Z");
        headers.put("x-acs-signature-nonce", "d410180a5abf7fe235dd9b74aca91fc0");
        headers.put("x-acs-content-sha256", Acs3Signer.sha256Hex(new byte[0]));
        Map<String, String> query = Map.of("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
                "RegionId", "cn-shanghai");

        // "V3 request structure and signature" (help.aliyun.com), with its placeholder credentials.
        assertThat(new Acs3Signer("YourAccessKeyId", "YourAccessKeySecret").authorization("POST", "/", query, headers))
                .isEqualTo("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                        + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature="
                        + "e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804");
    }

    @Test
    void aSignedCallCarriesItsActionDateNonceAndBodyHash() {
        byte[] body = "UserName=%E5%BC%A0&IdentifyNum=1".getBytes(StandardCharsets.UTF_8);
        Map<String, String> signed = new Acs3Signer("ak", "secret").sign("POST", "cloudauth.aliyuncs.com", "/",
                Map.of(), "Id2MetaVerify", "2019-03-07", "application/x-www-form-urlencoded", body,
                Instant.parse("2026-12-07T04:05:06.789Z"));
        assertThat(signed).containsEntry("x-acs-date", "2026-12-07T04:05:06Z")
                .containsEntry("x-acs-content-sha256", Acs3Signer.sha256Hex(body))
                .containsEntry("x-acs-action", "Id2MetaVerify");
        assertThat(signed.get("x-acs-signature-nonce")).matches("[0-9a-f]{32}");
        assertThat(signed.get("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=content-type;"
                + "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=");
    }

    @Test
    void percentEncodingFollowsRfc3986() {
        assertThat(Acs3Signer.encode("a b*~张")).isEqualTo("a%20b%2A~%E5%BC%A0");
        assertThat(Acs3Signer.canonicalQuery(Map.of("b", "2", "a", "1 1"))).isEqualTo("a=1%201&b=2");
    }
}
