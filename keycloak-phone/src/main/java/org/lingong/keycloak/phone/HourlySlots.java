package org.lingong.keycloak.phone;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * "At most N in any hour" over a store with atomic put-if-absent and expiry (Keycloak's single-use object store,
 * shared by every Keycloak node): each use takes the first free of N numbered slots, and a slot frees itself an hour
 * after it was taken. No read-modify-write, so two nodes cannot both take the last slot.
 */
final class HourlySlots {

    private final BiPredicate<String, Long> putIfAbsent;
    private final Consumer<String> remove;

    /**
     * @param putIfAbsent puts a key for the given seconds if absent; true when this call put it
     * @param remove      removes a key
     */
    HourlySlots(BiPredicate<String, Long> putIfAbsent, Consumer<String> remove) {
        this.putIfAbsent = putIfAbsent;
        this.remove = remove;
    }

    /** The slot taken, or nothing when all N are taken. */
    Optional<String> take(String key, int limit) {
        return take(key, limit, Duration.ofHours(1));
    }

    Optional<String> take(String key, int limit, Duration window) {
        for (int slot = 0; slot < limit; slot++) {
            String taken = key + '#' + slot;
            if (putIfAbsent.test(taken, window.toSeconds())) {
                return Optional.of(taken);
            }
        }
        return Optional.empty();
    }

    /** Gives a slot back, when the use it was taken for was refused by another limit. */
    void release(String slot) {
        remove.accept(slot);
    }
}
