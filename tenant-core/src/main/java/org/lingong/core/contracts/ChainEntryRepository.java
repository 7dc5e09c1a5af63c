package org.lingong.core.contracts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChainEntryRepository extends JpaRepository<ChainEntry, Long> {

    Optional<ChainEntry> findFirstByOrderBySeqDesc();

    Optional<ChainEntry> findFirstBySeqLessThanOrderBySeqDesc(long seq);

    List<ChainEntry> findByContractIdOrderBySeq(UUID contractId);

    Stream<ChainEntry> streamAllByOrderBySeq();

    /** Appends are serialized per city: each needs the hash of the one before. */
    @Modifying
    @Query(value = "lock table contract_chain in exclusive mode", nativeQuery = true)
    void lockForAppend();
}
