package org.lingong.core.jobs;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobsConfiguration {

    /** Time as the jobs feature sees it; tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
