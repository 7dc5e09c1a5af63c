package org.lingong.devstack;

/**
 * Where the platform's services find their servers: PostgreSQL (a database the role {@code lingong} owns),
 * Elasticsearch, Keycloak and the realm that issues their tokens. Dev-stack's shared servers give one set
 * ({@link DevStack#addresses()}); a test run gives its own (a database, a realm of its own on the same servers).
 */
public record ServerAddresses(String jdbcUrl, String elasticsearchUrl, String keycloakUrl, String realm) {

    public String issuerUri() {
        return keycloakUrl + "/realms/" + realm;
    }

    public ServerAddresses withDatabase(String otherJdbcUrl) {
        return new ServerAddresses(otherJdbcUrl, elasticsearchUrl, keycloakUrl, realm);
    }

    public ServerAddresses withElasticsearch(String otherUrl) {
        return new ServerAddresses(jdbcUrl, otherUrl, keycloakUrl, realm);
    }

    public ServerAddresses withRealm(String otherRealm) {
        return new ServerAddresses(jdbcUrl, elasticsearchUrl, keycloakUrl, otherRealm);
    }
}
