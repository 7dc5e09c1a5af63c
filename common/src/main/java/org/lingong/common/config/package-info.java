/**
 * How every service starts: the development defaults are accepted only under the {@code dev} profile
 * ({@link org.lingong.common.config.DevDefaultsGuard}).
 */
@NullMarked
package org.lingong.common.config;

import org.jspecify.annotations.NullMarked;
