package org.lingong.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.lingong.common.tenant.TenantCode;

/**
 * The tenant the current thread works for. Opened in one place per request (TenantFilter) or per background task, and
 * always closed by try-with-resources, so a pooled thread never carries a tenant into someone else's work.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantCode> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantCode> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Scope open(TenantCode tenant) {
        TenantCode previous = CURRENT.get();
        CURRENT.set(tenant);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public static <T> T call(TenantCode tenant, Supplier<T> work) {
        try (Scope ignored = open(tenant)) {
            return work.get();
        }
    }

    public static void run(TenantCode tenant, Runnable work) {
        try (Scope ignored = open(tenant)) {
            work.run();
        }
    }

    /** Closing restores whatever tenant was current before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
