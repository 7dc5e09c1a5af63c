package org.lingong.core.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.people.EmployerVerification;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jobs of one city. Market staff and city administrators post on behalf of departments, agencies, feeds and employers;
 * employers post and list their own; open jobs
 * are public; moderation (take-down) is the city administrator's.
 */
@RestController
@Tag(name = "jobs")
class JobsController {

    static final int MAX_QUERY = 50;

    private final Jobs jobs;
    private final JobRepository repository;
    private final EmployerVerification employers;

    JobsController(Jobs jobs, JobRepository repository, EmployerVerification employers) {
        this.jobs = jobs;
        this.repository = repository;
        this.employers = employers;
    }

    record TransitionRequest(String reason) {
    }

    record JobPage(List<JobDetails> items, int page, int size, long total) {

        static JobPage of(Page<Job> jobs) {
            return new JobPage(jobs.map(Job::details).getContent(), jobs.getNumber(), jobs.getSize(),
                    jobs.getTotalElements());
        }
    }

    /**
     * Staff post for any source, or on behalf of an employer of the city who phoned or walked in (代发布); an employer
     * posts its own jobs (channel EMPLOYER). Either way the employer publishes only once the city verified it (S 二(五)
     * 双实名: unverified employers may save drafts but not publish).
     */
    @PostMapping("/api/v1/jobs")
    @PreAuthorize(Roles.Allow.EMPLOYER_SIDE)
    @Operation(summary = "发布零工岗位（工作人员可代用人单位发布：onBehalfOf；用工主体须已实名认证，未认证可存草稿）/ Post a job "
            + "in one call (staff may post on behalf of an employer: onBehalfOf; employers must be verified, "
            + "unverified ones may save drafts)")
    ResponseEntity<JobDetails> post(@Valid @RequestBody JobPosting posting, Authentication caller) {
        UUID employerId = posting.onBehalfOf();
        Poster poster = Poster.STAFF;
        if (!isStaff(caller)) {
            if (employerId != null) {
                throw new ProblemException(ProblemType.ON_BEHALF_STAFF_ONLY);
            }
            // 双实名: an employer under review may keep drafts; only a verified one publishes.
            employerId = posting.isDraft() ? employers.requireAccount(caller.getName())
                    : employers.requireVerifiedAccount(caller.getName());
            poster = Poster.EMPLOYER;
        } else if (employerId != null) {
            employers.requireForPosting(employerId, !posting.isDraft());
        }
        if (employerId != null && posting.source().channel() != SourceChannel.EMPLOYER) {
            throw new ProblemException(ProblemType.EMPLOYER_SOURCE_CHANNEL);
        }
        JobDetails job = jobs.post(posting, employerId, poster, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/jobs/" + job.id())).body(job);
    }

    @GetMapping("/api/v1/employers/me/jobs")
    @PreAuthorize(Roles.Allow.EMPLOYER)
    @Transactional(readOnly = true)
    @Operation(summary = "本单位的岗位（含草稿和工作人员代发布的）/ The employer's own jobs, newest first, drafts and "
            + "those staff posted on its behalf included")
    JobPage mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                 Authentication caller) {
        UUID employerId = employers.requireAccount(caller.getName());
        return JobPage.of(repository.findByEmployerIdOrderByCreatedAtDesc(employerId, pageRequest(page, size)));
    }

    @GetMapping("/api/v1/jobs/{id}")
    @Operation(summary = "岗位详情（公开：招聘中或已满员）/ A job (public while open or filled)")
    JobDetails get(@PathVariable UUID id, Authentication caller) {
        JobDetails job = jobs.find(id);
        boolean publiclyVisible = job.status() == JobStatus.OPEN || job.status() == JobStatus.FILLED;
        if (!publiclyVisible && !isStaff(caller)) {
            throw new ProblemException(ProblemType.JOB_NOT_FOUND);
        }
        return job;
    }

    @GetMapping("/api/v1/jobs")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Transactional(readOnly = true)
    @Operation(summary = "岗位列表（管理；q 按标题、来源、地址或用工主体名称模糊查找）/ Jobs for staff, newest first "
            + "(q: title, source, address or employer name contains it, case-insensitive)")
    JobPage list(@RequestParam(required = false) JobStatus status,
                 @Parameter(description = "至多 50 字 / at most 50 characters") @RequestParam(required = false) String q,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageRequest request = pageRequest(page, size);
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            throw new ProblemException(ProblemType.JOBS_QUERY_TOO_LONG, MAX_QUERY);
        }
        Page<Job> result = !text.isEmpty() ? repository.search(status, ContainsPattern.of(text), request)
                : status == null ? repository.findAllByOrderByCreatedAtDesc(request)
                : repository.findByStatusOrderByCreatedAtDesc(status, request);
        return JobPage.of(result);
    }

    @PostMapping("/api/v1/jobs/{id}/publish")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "发布草稿（用工主体的草稿须其已实名认证）/ Publish a draft (an employer's only once it is verified)")
    JobDetails publish(@PathVariable UUID id) {
        UUID employerId = jobs.find(id).employerId();
        if (employerId != null) {
            employers.requireVerified(employerId);
        }
        return jobs.move(id, Jobs.JobTransition.PUBLISH, null);
    }

    @PostMapping("/api/v1/jobs/{id}/close")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "结束招聘 / Close a job")
    JobDetails close(@PathVariable UUID id, @RequestBody(required = false) TransitionRequest request) {
        return jobs.move(id, Jobs.JobTransition.CLOSE, request == null ? null : request.reason());
    }

    @PostMapping("/api/v1/jobs/{id}/take-down")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Operation(summary = "下架违规岗位（须说明理由）/ Take a job down, with a reason")
    JobDetails takeDown(@PathVariable UUID id, @RequestBody TransitionRequest request) {
        return jobs.move(id, Jobs.JobTransition.TAKE_DOWN, request.reason());
    }

    private static PageRequest pageRequest(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200));
    }

    private static boolean isStaff(Authentication caller) {
        return caller != null && Roles.grants(Roles.CITY_READERS,
                caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}
