package org.lingong.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated temporary password meets the production realm's password policy (the Helm chart's realm file), rule by
 * rule, and has no look-alike characters to misread at a desk.
 */
class TemporaryPasswordsTests {

    private static final String POLICY = policy();

    private static String policy() {
        try {
            return JsonMapper.shared().readTree(Files.readString(Path.of("../helm/lingong/files/lingong-realm.json")))
                    .get("passwordPolicy").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int rule(String name) {
        Matcher matcher = Pattern.compile(name + "\\((\\d+)\\)").matcher(POLICY);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static long count(String password, String kind) {
        return password.chars().filter(c -> String.valueOf((char) c).matches(kind)).count();
    }

    @RepeatedTest(50)
    void aTemporaryPasswordMeetsTheProductionPolicy() {
        String password = TemporaryPasswords.generate();
        assertThat(rule("length")).as("the policy sets a length").isGreaterThanOrEqualTo(10);
        assertThat(password.length()).isGreaterThanOrEqualTo(rule("length"));
        assertThat(password.length()).isLessThanOrEqualTo(rule("maxLength") == 0 ? 64 : rule("maxLength"));
        assertThat(count(password, "[A-Z]")).isGreaterThanOrEqualTo(rule("upperCase"));
        assertThat(count(password, "[a-z]")).isGreaterThanOrEqualTo(rule("lowerCase"));
        assertThat(count(password, "[0-9]")).isGreaterThanOrEqualTo(rule("digits"));
        assertThat(count(password, "[^A-Za-z0-9]")).isGreaterThanOrEqualTo(rule("specialChars"));
        assertThat(password).doesNotContainPattern("[0O1lI]");
    }
}
