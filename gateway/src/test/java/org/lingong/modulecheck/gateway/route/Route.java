package org.lingong.modulecheck.gateway.route;

import org.lingong.modulecheck.gateway.limit.Limit;

public record Route(Limit limit) {
}
