package org.lingong.core.screening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.jobs.PostingScreen;
import org.lingong.core.jobs.ScreeningVerdict;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** City staff read the rules, screen a text to try them and work the review queue; city admins change the rules. */
@RestController
@Tag(name = "screening", description = "岗位信息筛查 Screening of postings: the city's rules and the review queue")
class ScreeningController {

    private final ScreeningRules rules;
    private final PostingScreen screen;
    private final PostingReviews reviews;

    ScreeningController(ScreeningRules rules, PostingScreen screen, PostingReviews reviews) {
        this.rules = rules;
        this.screen = screen;
        this.reviews = reviews;
    }

    /** A text to screen as a posting would be, without posting it. */
    record Trial(@NotBlank @Size(max = 60) String title, @Size(max = 2000) String description,
                 @Size(max = 1000) String requirements) {
    }

    record Rejection(@NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping("/api/v1/screening/rules")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "本市的筛查规则 / The city's screening rules")
    List<Rule> rules() {
        return rules.all();
    }

    @PostMapping("/api/v1/screening/rules")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Operation(summary = "新增筛查规则 / Add a screening rule")
    ResponseEntity<Rule> add(@Valid @RequestBody Rule.Change change, Authentication caller) {
        Rule rule = rules.add(change, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/screening/rules/" + rule.code())).body(rule);
    }

    @PutMapping("/api/v1/screening/rules/{code}")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Operation(summary = "修改、停用或启用筛查规则 / Tune, disable or enable a screening rule")
    Rule change(@PathVariable String code, @Valid @RequestBody Rule.Change change, Authentication caller) {
        return rules.change(code, change, caller.getName());
    }

    @PostMapping("/api/v1/screening/trials")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "试筛一段岗位文字（不发布）/ Screen a text as a posting, without posting it")
    ScreeningVerdict trial(@Valid @RequestBody Trial trial) {
        return screen.screen(trial.title(), trial.description(), trial.requirements());
    }

    @GetMapping("/api/v1/screening/reviews")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "待审核的岗位及其原因 / Held postings waiting for review, with the reasons")
    List<PostingReviews.Held> waiting() {
        return reviews.waiting();
    }

    @PostMapping("/api/v1/screening/reviews/{jobId}/approve")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "审核通过并发布 / Approve a held posting: it is published")
    JobDetails approve(@PathVariable UUID jobId, Authentication caller) {
        return reviews.approve(jobId, caller.getName());
    }

    @PostMapping("/api/v1/screening/reviews/{jobId}/reject")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "驳回并下架（须说明理由）/ Reject a held posting with a reason: it is taken down")
    JobDetails reject(@PathVariable UUID jobId, @Valid @RequestBody Rejection rejection, Authentication caller) {
        return reviews.reject(jobId, rejection.reason(), caller.getName());
    }
}
