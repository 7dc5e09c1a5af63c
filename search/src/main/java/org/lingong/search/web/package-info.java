/** Cross-cutting HTTP concerns: request ids, the request language, the OpenAPI document. */
@NullMarked
package org.lingong.search.web;

import org.jspecify.annotations.NullMarked;
