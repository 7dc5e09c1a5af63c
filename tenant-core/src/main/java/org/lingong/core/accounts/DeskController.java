package org.lingong.core.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.lingong.core.people.Masking;
import org.lingong.core.people.WorkerProfile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Walk-in registration at a station desk: a code to the person's phone, then the registration with it. */
@RestController
@PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
@Tag(name = "walk-ins", description = "窗口登记 Walk-in registration at a station desk")
class DeskController {

    private final Desk desk;

    DeskController(Desk desk) {
        this.desk = desk;
    }

    record CodeRequest(@NotNull @Pattern(regexp = "1[3-9][0-9]{9}", message = "{sms.phone}") String phone) {

        @Override
        public String toString() {
            return "CodeRequest[phone=" + Masking.phone(phone) + "]";
        }
    }

    /** {@code attempt} names the code in the registration; the phone comes back masked. */
    record CodeSent(UUID attempt, String phone, Instant expiresAt) {
    }

    /** {@code consentRead}: the privacy notice was read out to the person and they agreed. */
    record Registration(@NotNull UUID attempt,
                        @NotNull @Pattern(regexp = "[0-9]{4,8}", message = "{sms.code}") String code, boolean consentRead,
                        @NotNull @Valid WorkerProfile profile) {

        @Override
        public String toString() {
            return "Registration[attempt=" + attempt + ", consentRead=" + consentRead + ", profile=" + profile + "]";
        }
    }

    @PostMapping("/api/v1/walk-ins/codes")
    @Operation(summary = "窗口登记：向来访人员手机发送验证码 / Walk-in: send an SMS code to the person's phone")
    ResponseEntity<CodeSent> sendCode(@Valid @RequestBody CodeRequest request, @AuthenticationPrincipal Jwt staff) {
        DeskCodes.Issued issued = desk.sendCode(request.phone(), staff.getSubject());
        return ResponseEntity.status(201).body(new CodeSent(issued.attempt(), Masking.phone(request.phone()),
                issued.expiresAt()));
    }

    @PostMapping("/api/v1/walk-ins")
    @Operation(summary = "窗口登记：凭验证码开立或关联账号，登记档案并现场核验身份证 / Walk-in: open or link the phone's "
            + "account with the code, save the profile and verify it in person against the ID card")
    ResponseEntity<Desk.Registered> register(@Valid @RequestBody Registration registration,
                                        @AuthenticationPrincipal Jwt staff) {
        Desk.Registered registered = desk.register(registration.attempt(), registration.code(),
                registration.consentRead(), registration.profile(), staff.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/workers/" + registered.worker().id())).body(registered);
    }

}
