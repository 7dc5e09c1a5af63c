package org.lingong.core.contracts;

import java.util.UUID;

/** What a verification found: how many entries it checked and the first broken link, if any. */
record ChainVerification(boolean intact, long entriesChecked, Break firstBreak) {

    /** Why a link is broken; docs/contracts.md explains each. */
    enum Problem {
        /** The entry's previous hash is not the entry hash before it: an entry was removed, inserted or reordered. */
        LINK_BROKEN,
        /** The entry names no key this service holds (none, or one removed from the configuration): not verifiable. */
        KEY_UNKNOWN,
        /** The entry's stored hash does not match its recomputed content: the chain row was changed. */
        ENTRY_CHANGED,
        /** The contract's text no longer hashes to what was signed. */
        CONTENT_CHANGED,
        /** A signature row no longer matches what the chain recorded. */
        SIGNATURE_CHANGED,
        /** A chained signature or contract row is gone. */
        RECORD_MISSING,
        /** A signature or signed contract that the chain never recorded. */
        NOT_CHAINED
    }

    record Break(Long seq, UUID contractId, UUID orderId, Problem problem) {
    }

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null);
    }

    static ChainVerification broken(long entries, Break firstBreak) {
        return new ChainVerification(false, entries, firstBreak);
    }
}
