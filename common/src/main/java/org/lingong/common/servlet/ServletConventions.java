package org.lingong.common.servlet;

import org.lingong.common.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What every servlet service of the platform does alike: request ids ({@link RequestIdFilter}), the language rule
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

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }
}
