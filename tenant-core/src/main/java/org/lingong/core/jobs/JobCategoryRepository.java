package org.lingong.core.jobs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobCategoryRepository extends JpaRepository<JobCategory, String> {

    List<JobCategory> findAllByOrderByBuiltinDescCodeAsc();

    List<JobCategory> findByActiveTrueOrderByCodeAsc();
}
