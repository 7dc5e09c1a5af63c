package org.lingong.core.orders;

import org.springframework.data.jpa.repository.JpaRepository;

interface BlockedWorkerRepository extends JpaRepository<BlockedWorker, BlockedWorker.Key> {
}
