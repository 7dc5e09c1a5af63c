package org.lingong.search.tenants;

import java.net.http.HttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client for tenant-core's internal API: its base URL, short timeouts and the service token on every call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenantCoreProperties.class)
class TenantCoreClient {

    @Bean
    RestClient tenantCore(RestClient.Builder builder, TenantCoreProperties properties,
            OAuth2ClientHttpRequestInterceptor serviceToken) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.requestTimeout()).build());
        requests.setReadTimeout(properties.requestTimeout());
        return builder.clone().baseUrl(properties.url().toString()).requestFactory(requests)
                .requestInterceptor(serviceToken).build();
    }
}
