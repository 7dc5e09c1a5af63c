package org.lingong.modulecheck.gateway.limit;

import org.lingong.modulecheck.gateway.route.Route;

public record Limit(Route route) {
}
