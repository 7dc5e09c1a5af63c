package org.lingong.core.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Keycloak extension's way to deliver a sign-in or sign-up code: only its client ({@code lingong.sms.caller},
 * {@code lingong-keycloak}) is admitted, and it is admitted nowhere else. Keycloak makes the code, keeps its hash and
 * checks it; this side only delivers it, within the per-phone limit.
 */
@RestController
@Tag(name = "sms", description = "短信验证码 SMS verification codes, per city")
class VerificationCodesController {

    static final String PATH = "/internal/v1/sms/verification-codes";

    private final VerificationCodes codes;

    VerificationCodesController(VerificationCodes codes) {
        this.codes = codes;
    }

    /** A mainland mobile number, the code (4–8 digits) and its lifetime (1–30 minutes). */
    record VerificationCodeRequest(
            @NotBlank String city,
            @NotNull @Pattern(regexp = "1[3-9][0-9]{9}", message = "{sms.phone}") String phone,
            @NotNull @Pattern(regexp = "[0-9]{4,8}", message = "{sms.code}") String code,
            @NotNull @Min(value = 1, message = "{sms.minutes}") @Max(value = 30, message = "{sms.minutes}")
            Integer minutes) {

        @Override
        public String toString() {
            return new VerificationSms(city, phone, "", minutes == null ? 0 : minutes).toString();
        }
    }

    @PostMapping(PATH)
    @Operation(summary = "发送登录/注册验证码短信（仅限 Keycloak 扩展）/ Send a sign-in code by SMS (Keycloak extension only)")
    @ApiResponse(responseCode = "202", description = "交给短信服务商 / Handed to the SMS provider")
    ResponseEntity<Void> sendVerificationCode(@Valid @RequestBody VerificationCodeRequest request) {
        codes.send(new VerificationSms(request.city(), request.phone(), request.code(), request.minutes()));
        return ResponseEntity.accepted().build();
    }
}
