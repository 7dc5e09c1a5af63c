package org.lingong.core.jobimport;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobImportRepository extends JpaRepository<JobImport, UUID> {
}
