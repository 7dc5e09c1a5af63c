package org.lingong.core.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A worker's own profile in the current city; the account is national, so a worker may have one in several cities. */
@RestController
@RequestMapping("/api/v1/workers/me")
@PreAuthorize(Roles.Allow.WORKER)
@Tag(name = "workers", description = "零工档案 Worker profiles")
class MyWorkerProfileController {

    private final WorkerRepository workers;
    private final WorkerProfiles profiles;

    MyWorkerProfileController(WorkerRepository workers, WorkerProfiles profiles) {
        this.workers = workers;
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "查看本人档案 Own worker profile (masked)")
    WorkerDetails get(@AuthenticationPrincipal Jwt caller) {
        return workers.findByAccountId(caller.getSubject()).map(WorkerDetails::own)
                .orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
    }

    @PutMapping
    @Operation(summary = "填写或修改本人档案（实名核验） Create or replace own worker profile (real-name checks)")
    WorkerDetails put(@AuthenticationPrincipal Jwt caller, @Valid @RequestBody WorkerProfile profile) {
        return WorkerDetails.own(profiles.save(caller.getSubject(), profile));
    }

    @DeleteMapping
    @Operation(summary = "注销本人档案（删除个人信息） Erase own personal data, keeping an anonymised record")
    ResponseEntity<Void> erase(@AuthenticationPrincipal Jwt caller) {
        profiles.erase(caller.getSubject());
        return ResponseEntity.noContent().build();
    }
}
