package org.lingong.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.web.server.ResponseStatusException;

class ProblemWriterTests {

    @ParameterizedTest
    @CsvSource({
        "'', zh_CN",
        "en, en",
        "en-US;q=0.9, en",
        "'zh-CN,zh;q=0.9,en;q=0.8', zh_CN",
        "'fr-FR,de', zh_CN",
        "'de,en;q=0.5', en",
        "';;not a range', zh_CN",
    })
    void titleLanguageIsEnglishOnlyWhenAskedForChineseOtherwise(String acceptLanguage, String expected) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/t/suqian/api/v1/jobs");
        if (!acceptLanguage.isEmpty()) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        assertThat(ProblemWriter.language(request.build())).isEqualTo(Locale.forLanguageTag(expected.replace('_', '-')));
    }

    @Test
    void routingErrorsBecomeServiceProblemsNotInternalErrors() {
        assertThat(ProblemWriter.translate(new IllegalStateException("wrapped", new ConnectException("refused")))
                .type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(ProblemWriter.translate(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)).type())
                .isEqualTo(ProblemType.GATEWAY_TIMEOUT);
        assertThat(ProblemWriter.translate(new ResponseStatusException(HttpStatus.NOT_FOUND)).type())
                .isEqualTo(ProblemType.NOT_FOUND);
        ProblemException tooLarge = ProblemWriter.translate(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE));
        assertThat(tooLarge.type()).isEqualTo(ProblemType.REQUEST_REJECTED);
        assertThat(tooLarge.status().value()).isEqualTo(413);
        assertThat(ProblemWriter.translate(new IllegalStateException("a bug")).type())
                .isEqualTo(ProblemType.INTERNAL_ERROR);
    }

    @Test
    void everyProblemHasChineseAndEnglishTextsAndTheBundlesAgree() throws IOException {
        Properties zh = bundle("/messages.properties");
        Properties en = bundle("/messages_en.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (ProblemType type : ProblemType.values()) {
            for (String part : new String[] {".title", ".detail"}) {
                String key = "problem." + type.slug() + part;
                assertThat(zh.getProperty(key)).as(key).isNotBlank()
                        .matches(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                                == Character.UnicodeScript.HAN), "is Chinese");
                assertThat(en.getProperty(key)).as(key).isNotBlank().isNotEqualTo(zh.getProperty(key));
            }
        }
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug).distinct())
                .hasSize(ProblemType.values().length);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemWriterTests.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
