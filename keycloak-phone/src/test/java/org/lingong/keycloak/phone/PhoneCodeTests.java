package org.lingong.keycloak.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pieces of the phone sign-in that need no Keycloak; the flow itself is tested against a real one (e2e). */
class PhoneCodeTests {

    @Test
    void phonesAreTakenAsPeopleTypeThemAndMaskedAsEveryPageShowsThem() {
        assertThat(PhoneNumbers.normalize("138 0013 8000")).hasValue("13800138000");
        assertThat(PhoneNumbers.normalize("+86 138-0013-8000")).hasValue("13800138000");
        assertThat(PhoneNumbers.normalize("8613800138000")).hasValue("13800138000");
        assertThat(PhoneNumbers.normalize("12800138000")).isEmpty();
        assertThat(PhoneNumbers.normalize("1380013800")).isEmpty();
        assertThat(PhoneNumbers.normalize("13800138000<script>")).isEmpty();
        assertThat(PhoneNumbers.normalize(null)).isEmpty();
        assertThat(PhoneNumbers.mask("13800138000")).isEqualTo("138****8000");
    }

    @Test
    void aCodeOpensOnlyItsOwnAttemptAndPhone() {
        String code = OneTimeCode.generate(6);
        assertThat(code).matches("[0-9]{6}");
        String digest = OneTimeCode.digest(code, "attempt-1", "13800138000");

        assertThat(digest).doesNotContain(code);
        assertThat(OneTimeCode.matches(code, "attempt-1", "13800138000", digest)).isTrue();
        assertThat(OneTimeCode.matches(" " + code + " ", "attempt-1", "13800138000", digest)).isTrue();
        assertThat(OneTimeCode.matches(code, "attempt-2", "13800138000", digest)).isFalse();
        assertThat(OneTimeCode.matches(code, "attempt-1", "13900139000", digest)).isFalse();
        assertThat(OneTimeCode.matches("12ab56", "attempt-1", "13800138000", digest)).isFalse();
        assertThat(OneTimeCode.matches(null, "attempt-1", "13800138000", digest)).isFalse();
    }

    @Test
    void slotsAllowTheLimitAndNoMoreUntilOneFrees() {
        Set<String> taken = new HashSet<>();
        HourlySlots slots = new HourlySlots((key, seconds) -> taken.add(key), taken::remove);

        for (int i = 0; i < 5; i++) {
            assertThat(slots.take("phone:13800138000", 5)).isPresent();
        }
        assertThat(slots.take("phone:13800138000", 5)).isEmpty();
        assertThat(slots.take("phone:13900139000", 5)).as("another phone has its own slots").isPresent();

        taken.remove("phone:13800138000#2");
        assertThat(slots.take("phone:13800138000", 5)).as("a slot freed an hour after it was taken")
                .hasValue("phone:13800138000#2");
        slots.release("phone:13800138000#4");
        assertThat(slots.take("phone:13800138000", 5)).as("a slot given back").hasValue("phone:13800138000#4");
    }

    @Test
    void slotsLiveForTheWindow() {
        Map<String, Long> lifespans = new java.util.HashMap<>();
        new HourlySlots((key, seconds) -> lifespans.putIfAbsent(key, seconds) == null, lifespans::remove)
                .take("address:10.0.0.1", 3, Duration.ofMinutes(30));
        assertThat(lifespans).containsExactly(Map.entry("address:10.0.0.1#0", 1800L));
    }

    @Test
    void theChineseAndEnglishPagesSayTheSameThings() throws java.io.IOException {
        java.util.Properties chinese = new java.util.Properties();
        java.util.Properties english = new java.util.Properties();
        try (var zh = getClass().getResourceAsStream("/theme-resources/messages/messages_zh_CN.properties");
             var en = getClass().getResourceAsStream("/theme-resources/messages/messages_en.properties")) {
            chinese.load(new java.io.InputStreamReader(zh, java.nio.charset.StandardCharsets.UTF_8));
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(chinese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        for (String key : chinese.stringPropertyNames()) {
            assertThat(chinese.getProperty(key).contains("{0}")).as(key).isEqualTo(english.getProperty(key)
                    .contains("{0}"));
        }
    }

    @Test
    void settingsTakeDefaultsAndRefuseNonsense() {
        PhoneCodeSettings defaults = PhoneCodeSettings.of(null);
        assertThat(defaults.codeLength()).isEqualTo(6);
        assertThat(defaults.lifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.coolDown()).isEqualTo(Duration.ofSeconds(60));

        PhoneCodeSettings given = PhoneCodeSettings.of(Map.of(PhoneCodeSettings.CODE_LENGTH, "4",
                PhoneCodeSettings.TENANT_CORE_URL, "http://tenant-core:8081/", PhoneCodeSettings.CODES_PER_PHONE, " "));
        assertThat(given.codeLength()).isEqualTo(4);
        assertThat(given.tenantCore()).hasToString("http://tenant-core:8081");
        assertThat(given.codesPerPhone()).isEqualTo(5);

        assertThatThrownBy(() -> PhoneCodeSettings.of(Map.of(PhoneCodeSettings.CODE_LENGTH, "3")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneCodeSettings.of(Map.of(PhoneCodeSettings.TRIES_PER_CODE, "0")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
