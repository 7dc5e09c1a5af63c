package org.lingong.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the network and regions features exists in Chinese and in English, and nowhere empty. */
class NetworkBundlesTests {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = load("/messages-network.properties");
        Properties en = load("/messages-network_en.properties");
        assertThat(zh.stringPropertyNames()).hasSizeGreaterThan(50).isEqualTo(en.stringPropertyNames());
        assertThat(zh.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NetworkBundlesTests.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
