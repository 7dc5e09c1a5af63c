package org.lingong.core.orders;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobCheckInCodeRepository extends JpaRepository<JobCheckInCode, UUID> {
}
