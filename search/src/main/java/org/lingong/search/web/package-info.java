/** The OpenAPI document. */
@NullMarked
package org.lingong.search.web;

import org.jspecify.annotations.NullMarked;
