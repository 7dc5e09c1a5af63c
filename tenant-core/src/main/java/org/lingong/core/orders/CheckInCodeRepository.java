package org.lingong.core.orders;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInCodeRepository extends JpaRepository<CheckInCode, Long> {
}
