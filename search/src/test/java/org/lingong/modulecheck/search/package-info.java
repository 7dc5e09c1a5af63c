/**
 * A planted application of two modules that use each other, one through the other's internals: search's module test
 * must refuse it.
 */
package org.lingong.modulecheck.search;
