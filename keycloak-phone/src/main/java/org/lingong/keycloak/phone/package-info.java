/**
 * Sign-up and sign-in with a mainland mobile number and a one-time SMS code, as a Keycloak authenticator, so Keycloak
 * stays the one source of identities. The code is made and checked here; the city's SMS settings in tenant-core
 * deliver it. One phone is one national account: a second city's sign-up finds the account and records that city's
 * consent.
 */
package org.lingong.keycloak.phone;
