/** A planted application of two modules that use each other: the module test must refuse it. */
package org.lingong.modulecheck.cycle;
