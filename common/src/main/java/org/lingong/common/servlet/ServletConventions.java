package org.lingong.common.servlet;

import org.lingong.common.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What every servlet service of the platform does alike: request ids ({@link RequestIdFilter}), bounded request
 * bodies ({@link BodyLimitFilter}), the language rule
 * (the {@code localeResolver}) and problem JSON for every error ({@link ProblemAdvice}, {@link ProblemResponses}
 * for filters and {@link SecurityProblems}). A service imports it: {@code @Import(ServletConventions.class)}.
 */
@Configuration(proxyBeanMethods = false)
public class ServletConventions {

    @Bean
    Problems problems() {
        return new Problems();
    }

    @Bean
    ProblemResponses problemResponses(Problems problems) {
        return new ProblemResponses(problems);
    }

    @Bean
    ProblemAdvice problemAdvice(ProblemResponses responses) {
        return new ProblemAdvice(responses);
    }

    @Bean
    RequestIdFilter requestIdFilter() {
        return new RequestIdFilter();
    }

    /** The service's largest body ({@code lingong.http.max-body-size}, default 1 MB); file endpoints hold their own. */
    @Bean
    BodyLimitFilter bodyLimitFilter(@Value("${lingong.http.max-body-size:1MB}") DataSize maxBodySize,
                                    ProblemResponses responses) {
        return new BodyLimitFilter(maxBodySize.toBytes(), responses);
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }
}
