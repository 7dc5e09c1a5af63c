/** The platform's problem JSON for a reactive (WebFlux) service: the gateway. */
@NullMarked
package org.lingong.common.reactive;

import org.jspecify.annotations.NullMarked;
