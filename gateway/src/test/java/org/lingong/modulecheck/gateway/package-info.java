/** A planted application of two modules that use each other: the gateway's module test must refuse it. */
package org.lingong.modulecheck.gateway;
