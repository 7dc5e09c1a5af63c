/**
 * tenant-core, a modular monolith: every top-level package is one feature that owns its tables (in the platform
 * schema or in each city's {@code t_<code>} schema) and offers other features only the public types at its top — its
 * API, ports it asks others to implement, and the events it publishes. {@code ModularityTests} fails the build on a
 * cycle between features or a reach into another's internals; docs/architecture.md lists the modules.
 */
package org.lingong.core;
