/**
 * The benchmarks behind {@code ./lingong bench}: each measures the platform through its real paths against a raw
 * baseline and reports ratios; results are written up in docs/benchmarks.md.
 */
package org.lingong.bench;
