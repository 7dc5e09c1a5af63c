package org.lingong.search.tenants;

import java.net.http.HttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP clients for tenant-core: its base URL and short timeouts; the service token on every call of the internal
 * one, none on the public one (tenant-core refuses a token of no city on a city's public endpoints).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenantCoreProperties.class)
class TenantCoreClient {

    @Bean
    RestClient tenantCore(RestClient.Builder builder, TenantCoreProperties properties, ServiceToken token) {
        return base(builder, properties)
                .requestInitializer(request -> request.getHeaders().set("Authorization", token.bearer()))
                .build();
    }

    @Bean
    RestClient tenantCorePublic(RestClient.Builder builder, TenantCoreProperties properties) {
        return base(builder, properties).build();
    }

    private static RestClient.Builder base(RestClient.Builder builder, TenantCoreProperties properties) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.requestTimeout()).build());
        requests.setReadTimeout(properties.requestTimeout());
        return builder.clone().baseUrl(properties.url().toString()).requestFactory(requests);
    }
}
