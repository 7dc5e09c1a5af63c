package org.lingong.core.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The city's job categories: listed publicly, extended by its administrators. */
@RestController
@Tag(name = "jobs")
class JobCategories {

    private final JobCategoryRepository categories;
    private final ActiveCategories active;
    private final AuditLog audit;

    JobCategories(JobCategoryRepository categories, ActiveCategories active, AuditLog audit) {
        this.categories = categories;
        this.active = active;
        this.audit = audit;
    }

    record CategoryDetails(String code, String nameZh, String nameEn, boolean builtin, boolean active) {
    }

    record NewCategory(@NotNull @Pattern(regexp = "[a-z][a-z0-9_]{1,40}", message = "{jobs.category}") String code,
                       @NotBlank @Size(max = 20) String nameZh, @NotBlank @Size(max = 40) String nameEn) {
    }

    @GetMapping("/api/v1/job-categories")
    @Operation(summary = "工种类别 / Job categories of the city")
    List<CategoryDetails> list() {
        return categories.findAllByOrderByBuiltinDescCodeAsc().stream().map(JobCategory::details).toList();
    }

    @PostMapping("/api/v1/job-categories")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "新增本市工种 / Add a city-specific category")
    ResponseEntity<CategoryDetails> add(@Valid @RequestBody NewCategory category) {
        if (categories.existsById(category.code())) {
            throw new ProblemException(ProblemType.CATEGORY_EXISTS);
        }
        JobCategory saved = categories.save(new JobCategory(category.code(), category.nameZh(), category.nameEn()));
        audit.record("job-category.added", category.code(), category.nameZh());
        active.changed(CurrentTenant.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(saved.details());
    }

    /** An unknown or retired category is a 400 that lists the valid ones — never a silently empty result. */
    void requireActive(String code) {
        if (categories.findById(code).filter(JobCategory::active).isEmpty()) {
            String valid = categories.findAllByOrderByBuiltinDescCodeAsc().stream().filter(JobCategory::active)
                    .map(JobCategory::code).collect(Collectors.joining(", "));
            throw new ProblemException(ProblemType.UNKNOWN_CATEGORY, code, valid);
        }
    }
}
