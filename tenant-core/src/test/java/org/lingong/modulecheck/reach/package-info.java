/** A planted application whose first module uses the second's internals: the module test must refuse it. */
package org.lingong.modulecheck.reach;
