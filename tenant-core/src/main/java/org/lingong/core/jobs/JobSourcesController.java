package org.lingong.core.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.common.i18n.China;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The KPI "share of jobs collected by third parties" (S 二(三): more than 50 %), over a period of posting dates. */
@RestController
@Tag(name = "jobs")
class JobSourcesController {

    static final BigDecimal THIRD_PARTY_TARGET = new BigDecimal("0.50");
    private static final ZoneId CHINA = China.ZONE;

    private final JobRepository jobs;

    JobSourcesController(JobRepository jobs) {
        this.jobs = jobs;
    }

    record SourceShare(LocalDate from, LocalDate to, Map<SourceChannel, Long> jobs, long total,
                       BigDecimal thirdPartyShare, BigDecimal target, boolean met) {
    }

    @GetMapping("/api/v1/jobs/sources")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Transactional(readOnly = true)
    @Operation(summary = "岗位来源构成与第三方归集占比 / Jobs by source channel and the third-party share")
    SourceShare share(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new ProblemException(ProblemType.PERIOD_REVERSED);
        }
        Instant start = from.atStartOfDay(CHINA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CHINA).toInstant();
        Map<SourceChannel, Long> counts = new EnumMap<>(SourceChannel.class);
        for (SourceChannel channel : SourceChannel.values()) {
            counts.put(channel, 0L);
        }
        jobs.countByChannel(start, end).forEach(row -> counts.put(row.getChannel(), row.getJobs()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal share = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(counts.get(SourceChannel.THIRD_PARTY)).divide(BigDecimal.valueOf(total), 4,
                        RoundingMode.HALF_UP);
        return new SourceShare(from, to, counts, total, share, THIRD_PARTY_TARGET,
                share.compareTo(THIRD_PARTY_TARGET) > 0);
    }
}
