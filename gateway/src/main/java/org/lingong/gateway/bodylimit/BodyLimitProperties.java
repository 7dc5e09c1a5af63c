package org.lingong.gateway.bodylimit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param max   the largest body of any request
 * @param paths the API paths (without {@code /t/{city}}) that take files, each with the largest its service accepts
 */
@ConfigurationProperties("lingong.gateway.body-limit")
record BodyLimitProperties(DataSize max, Map<String, DataSize> paths) {

    BodyLimitProperties {
        paths = paths == null ? Map.of() : Map.copyOf(paths);
    }

    DataSize limitOf(String path) {
        return paths.getOrDefault(path, max);
    }
}
