package org.lingong.core.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingRepository extends JpaRepository<Onboarding, String> {

    List<Onboarding> findByStatus(Onboarding.Status status);
}
