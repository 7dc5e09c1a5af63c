package org.lingong.common.problem;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a problem's {@code errors}: the field of the request body, or the query parameter, at fault (a path
 * such as {@code admin.email}) and what is wrong with it, in the request's language. Forms show it at the field.
 *
 * @param message null until {@link Problems} fills in the problem's title
 */
public record FieldError(String field, @Nullable String message) {
}
