package org.lingong.search.tenants;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lingong.common.tenant.TenantCode;
import org.springframework.stereotype.Component;

/** The last good copy of the registry feed, replaced as a whole when the feed changes. */
@Component
public class TenantDirectory {

    private record Snapshot(String etag, Map<String, TenantSettings> tenants) {
    }

    private volatile @Nullable Snapshot snapshot;

    /** The tenant's settings; defaults when the feed does not (yet) describe it. */
    public TenantSettings settingsOf(TenantCode tenant) {
        Snapshot current = snapshot;
        TenantSettings settings = current == null ? null : current.tenants().get(tenant.value());
        return settings != null ? settings : TenantSettings.unknown(tenant.value());
    }

    /**
     * The tenants whose jobs a search in {@code tenant} may show besides its own: the other active tenants of its
     * province that share their jobs with neighbours, in code order.
     */
    public List<TenantSettings> neighboursOf(TenantCode tenant) {
        Snapshot current = snapshot;
        TenantSettings own = settingsOf(tenant);
        if (current == null || own.province().isEmpty()) {
            return List.of();
        }
        return current.tenants().values().stream()
                .filter(other -> !other.code().equals(tenant.value()) && other.province().equals(own.province())
                        && other.active() && other.sharesJobsWithNeighbours())
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    @Nullable String etag() {
        Snapshot current = snapshot;
        return current == null ? null : current.etag();
    }

    void replace(String etag, List<TenantSettings> tenants) {
        snapshot = new Snapshot(etag, tenants.stream()
                .collect(Collectors.toUnmodifiableMap(TenantSettings::code, Function.identity(), (a, b) -> b)));
    }
}
