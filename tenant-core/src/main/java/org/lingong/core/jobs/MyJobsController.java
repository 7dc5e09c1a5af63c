package org.lingong.core.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.people.EmployerVerification;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One of an employer's own jobs, to post again from; its drafts: continue, publish (双实名: verified employers only, as when posting) or throw away. Another
 * employer's job, or one of another city, is not found; staff keep their own publish and take-down.
 */
@RestController
@RequestMapping("/api/v1/employers/me/jobs/{id}")
@PreAuthorize(Roles.Allow.EMPLOYER)
@Tag(name = "jobs")
class MyJobsController {

    private final Jobs jobs;
    private final EmployerVerification employers;

    MyJobsController(Jobs jobs, EmployerVerification employers) {
        this.jobs = jobs;
        this.employers = employers;
    }

    @GetMapping
    @Operation(summary = "本单位的一个岗位（含草稿，用于继续编辑或再发一单）/ One of the employer's own jobs, drafts "
            + "included (to continue it or post it again)")
    JobDetails ownJob(@PathVariable UUID id, Authentication caller) {
        return jobs.findOwn(id, employers.requireAccount(caller.getName()));
    }

    @PutMapping
    @Operation(summary = "修改本单位的草稿（仍为草稿；draft 与 onBehalfOf 不适用）/ Rewrite the employer's own draft; it stays "
            + "a draft (publish it with …/publish)")
    JobDetails reviseDraft(@PathVariable UUID id, @Valid @RequestBody JobPosting posting, Authentication caller) {
        if (posting.onBehalfOf() != null) {
            throw new ProblemException(ProblemType.ON_BEHALF_STAFF_ONLY);
        }
        if (posting.source().channel() != SourceChannel.EMPLOYER) {
            throw new ProblemException(ProblemType.EMPLOYER_SOURCE_CHANNEL);
        }
        return jobs.revise(id, employers.requireAccount(caller.getName()), posting);
    }

    @PostMapping("/publish")
    @Operation(summary = "发布本单位的草稿（须已实名认证）/ Publish the employer's own draft (verified employers only)")
    JobDetails publishDraft(@PathVariable UUID id, Authentication caller) {
        return jobs.publishOwn(id, employers.requireVerifiedAccount(caller.getName()));
    }

    @DeleteMapping
    @Operation(summary = "删除本单位的草稿 / Discard the employer's own draft")
    ResponseEntity<Void> discardDraft(@PathVariable UUID id, Authentication caller) {
        jobs.discard(id, employers.requireAccount(caller.getName()));
        return ResponseEntity.noContent().build();
    }
}
