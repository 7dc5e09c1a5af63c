/** The language rule: Chinese first, English second. */
@NullMarked
package org.lingong.common.i18n;

import org.jspecify.annotations.NullMarked;
