package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The feature's Chinese and English bundles carry the same keys, including a label for every priority group. */
class PeopleMessagesTests {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(PeopleMessagesTests.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = bundle("messages-people.properties");
        Properties en = bundle("messages-people_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).containsAll(Arrays.stream(PriorityGroup.values())
                .map(group -> "people.priorityGroup." + group.name()).toList());
    }
}
