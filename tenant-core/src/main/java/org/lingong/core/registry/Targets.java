package org.lingong.core.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PositiveOrZero;

/** A tenant's KPI targets (e.g. Suqian: 50,000 jobs posted, 50,000 users, 5,000 employers, 15,000 trainings). */
@Embeddable
public record Targets(
        @Column(name = "target_jobs_posted") @PositiveOrZero Integer jobsPosted,
        @Column(name = "target_registered_users") @PositiveOrZero Integer registeredUsers,
        @Column(name = "target_employers") @PositiveOrZero Integer employers,
        @Column(name = "target_trainings") @PositiveOrZero Integer trainings) {
}
