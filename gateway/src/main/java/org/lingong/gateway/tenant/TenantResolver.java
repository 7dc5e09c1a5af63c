package org.lingong.gateway.tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantAccess;
import org.lingong.common.tenant.TenantCode;

/**
 * Finds the tenant of a request from its path prefix {@code /t/{code}} or its host ({@code <code>.<platform domain>}
 * or a tenant's custom domain) — never from a header a client can set — and refuses what must not reach a service.
 */
final class TenantResolver {

    static final String PATH_PREFIX = "/t/";
    private static final String API = "/api";
    /** Platform-level API (onboarding, the tenant list): needs no tenant. */
    private static final String PLATFORM_API = "/api/v1/platform";

    /**
     * Unreserved and sub-delimiter characters, '/', ':', '@' and '%'; no ';' or '\'. One character class, matched
     * without recursion: an alternation inside the loop recursed per character and overflowed the stack on a
     * 3,000-character path, dropping the connection.
     */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,=:@/%]*");
    /** A '%' that does not start a well-formed escape. */
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    /** Escapes a service might decode into a dot, separator, escape or terminator after the gateway checked the path. */
    private static final Pattern SMUGGLED = Pattern.compile("%(?:2[eEfF5]|5[cC]|00|3[bB])");

    /** A tenant-scoped request and the path it is routed with. */
    record Scoped(RegisteredTenant tenant, String path) {
    }

    private final String hostSuffix;

    TenantResolver(String platformDomain) {
        this.hostSuffix = "." + platformDomain.toLowerCase(Locale.ROOT);
    }

    /**
     * @param rawPath  the request path as sent, still percent-encoded
     * @param host     the request's host name without port, or null
     * @param registry the current registry, or null before it was first loaded
     * @return the tenant and the path without its prefix, or empty for a request that is not tenant scoped
     * @throws ProblemException when the request must be refused
     */
    Optional<Scoped> resolve(String rawPath, String host, String method, TenantRegistry.Snapshot registry) {
        String path = rawPath;
        String pathTenant = null;
        if (rawPath.startsWith(PATH_PREFIX)) {
            int end = rawPath.indexOf('/', PATH_PREFIX.length());
            pathTenant = rawPath.substring(PATH_PREFIX.length(), end < 0 ? rawPath.length() : end);
            path = end < 0 ? "" : rawPath.substring(end);
            requireValidCode(pathTenant);
        }
        requireSafe(rawPath);
        String hostTenant = hostTenant(host, registry);
        if (pathTenant != null && hostTenant != null && !pathTenant.equals(hostTenant)) {
            throw new ProblemException(ProblemType.TENANT_MISMATCH, hostTenant, pathTenant);
        }
        String code = pathTenant != null ? pathTenant : hostTenant;
        boolean api = isUnder(path, API);
        if (code == null) {
            if (!api || isUnder(path, PLATFORM_API)) {
                return Optional.empty();
            }
            // Before the first load a custom domain cannot be recognised yet.
            throw new ProblemException(registry == null ? ProblemType.REGISTRY_UNAVAILABLE : ProblemType.TENANT_REQUIRED);
        }
        if (!api) {
            throw new ProblemException(ProblemType.NOT_FOUND);
        }
        if (registry == null) {
            throw new ProblemException(ProblemType.REGISTRY_UNAVAILABLE);
        }
        RegisteredTenant tenant = registry.byCode().get(code);
        if (tenant == null) {
            throw new ProblemException(ProblemType.UNKNOWN_TENANT, code);
        }
        if (tenant.suspended() && TenantAccess.isWrite(method)) {
            throw new ProblemException(ProblemType.TENANT_SUSPENDED, code);
        }
        return Optional.of(new Scoped(tenant, path));
    }

    /** Host names are case-insensitive (RFC 3986), so {@code SuQian.<domain>} is {@code suqian}; path codes are not. */
    private String hostTenant(String host, TenantRegistry.Snapshot registry) {
        if (host == null) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.endsWith(hostSuffix)) {
            String label = name.substring(0, name.length() - hostSuffix.length());
            requireValidCode(label);
            return label;
        }
        RegisteredTenant byDomain = registry == null ? null : registry.byDomain().get(name);
        return byDomain == null ? null : byDomain.code();
    }

    private static void requireValidCode(String code) {
        if (!TenantCode.isValid(code)) {
            throw new ProblemException(ProblemType.INVALID_TENANT);
        }
    }

    private static void requireSafe(String rawPath) {
        if (!SAFE_PATH.matcher(rawPath).matches() || BROKEN_ESCAPE.matcher(rawPath).find()
                || SMUGGLED.matcher(rawPath).find()) {
            throw new ProblemException(ProblemType.INVALID_PATH);
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new ProblemException(ProblemType.INVALID_PATH);
            }
        }
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
