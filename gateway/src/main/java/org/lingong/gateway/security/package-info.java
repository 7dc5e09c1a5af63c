/** Token validation and who may act in which tenant. */
package org.lingong.gateway.security;
