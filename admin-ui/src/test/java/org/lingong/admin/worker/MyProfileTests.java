package org.lingong.admin.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.lingong.admin.worker.MyProfile.Method;
import org.lingong.admin.worker.MyProfile.Reason;
import org.lingong.admin.worker.MyProfile.Status;

class MyProfileTests {

    private static MyProfile profile(Status status, Reason reason, Method method) {
        return new MyProfile("张**", "3****************4", "138****5678", List.of(), List.of(), List.of(), null, status,
                reason, null, method, method == null ? null : Instant.parse("2026-11-25T06:03:00Z"));
    }

    @Test
    void theNextStepFollowsTheStatusThenHowItWasVerifiedOrWhyItWasRejected() {
        assertThat(MyProfile.NONE.nextStep()).isEqualTo("worker.profile.next.NEW");
        assertThat(profile(Status.UNVERIFIED, null, null).nextStep()).isEqualTo("worker.profile.next.UNVERIFIED");
        assertThat(profile(Status.PENDING, null, null).nextStep()).isEqualTo("worker.profile.next.PENDING");
        assertThat(profile(Status.VERIFIED, null, Method.IN_PERSON).nextStep())
                .isEqualTo("worker.profile.next.VERIFIED.IN_PERSON");
        assertThat(profile(Status.REJECTED, Reason.NAME_NUMBER_MISMATCH, null).nextStep())
                .isEqualTo("worker.profile.next.REJECTED.NAME_NUMBER_MISMATCH");
        assertThat(profile(Status.REJECTED, Reason.REFUSED_AT_DESK, null).nextStep())
                .isEqualTo("worker.profile.next.REJECTED.REFUSED_AT_DESK");
        assertThat(profile(Status.REJECTED, null, null).nextStep()).isEqualTo("worker.profile.next.REJECTED");
    }

    @Test
    void everyStatusReasonAndMethodHasItsTextsInBothLanguages() {
        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        List<String> keys = new ArrayList<>(List.of(MyProfile.NONE.nextStep()));
        for (Status status : Status.values()) {
            keys.add("worker.profile.status." + status);
            for (Reason reason : withNone(Reason.values())) {
                for (Method method : withNone(Method.values())) {
                    keys.add(profile(status, reason, method).nextStep());
                }
            }
        }
        assertThat(keys).allSatisfy(key -> {
            assertThat(chinese.getProperty(key)).as(key).isNotBlank();
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        });
    }

    @Test
    void skillsAreSplitAtSpacesCommasAndEnumerationMarksAsPeopleTypeThem() {
        assertThat(MyProfile.Changes.skills("  电工 焊工,叉车，瓦工、木工;; 电工  ")).containsExactly("电工", "焊工", "叉车",
                "瓦工", "木工");
        assertThat(MyProfile.Changes.skills("   ")).isEmpty();
    }

    @Test
    void aRequestNeverPrintsTheClearNameNumberOrPhone() {
        String printed = new MyProfile.Changes("张三丰", "32130219850612345X", "13812345678", List.of("电工"),
                List.of("domestic"), List.of("VETERAN"), "321302").toString();

        assertThat(printed).doesNotContain("张三丰", "32130219850612345X", "13812345678").contains("电工", "VETERAN");
        assertThat(new MyProfile.Changes("张三丰", null, "13812345678", List.of(), List.of(), List.of(), null).toString())
                .contains("idNumber=kept");
    }

    @SafeVarargs
    private static <T> List<T> withNone(T... values) {
        List<T> all = new ArrayList<>(Arrays.asList(values));
        all.add(null);
        return all;
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = MyProfileTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
