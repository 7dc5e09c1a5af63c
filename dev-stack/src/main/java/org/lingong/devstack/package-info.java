/**
 * Real PostgreSQL, Elasticsearch and Keycloak on this machine without Docker: fetched through Maven, unpacked into the
 * stack's home, started as detached processes (as the unprivileged {@code lingong} user when run as root) and stopped
 * by their own PIDs ({@link org.lingong.devstack.DevStack}); the CLI behind {@code ./lingong} and the demo cities.
 */
package org.lingong.devstack;
