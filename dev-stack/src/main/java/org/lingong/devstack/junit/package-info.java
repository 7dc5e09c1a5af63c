/**
 * What tests of every module share: the JUnit extension that makes sure the stack runs ({@link
 * org.lingong.devstack.junit.UsesDevStack}), the OpenAPI snapshot comparison and a Server-Sent Events client.
 */
package org.lingong.devstack.junit;
