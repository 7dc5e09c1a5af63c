/**
 * Errors as RFC 9457 problem details, one scheme for every error the service answers.
 *
 * <ul>
 *   <li>{@code type}: a stable URI {@code https://lingong.org.cn/problems/<code>}; clients switch on it.</li>
 *   <li>{@code title}: short text in the request's language ({@code Accept-Language}; zh-CN when absent or
 *       unsupported), from {@code problem.<code>.title} in {@code messages*.properties}.</li>
 *   <li>{@code titles}: always {@code {"zh": ..., "en": ...}}, so logs and clients get both whatever was asked.</li>
 *   <li>{@code detail}: the localized {@code problem.<code>.detail} (with arguments) when the bundle has one.</li>
 *   <li>{@code status}, {@code instance} (the request path) and {@code requestId} (as in the {@code X-Request-Id}
 *       header).</li>
 * </ul>
 *
 * A new error is a {@link org.lingong.search.problem.ProblemException} subclass with a code, plus its two bundle
 * entries in each language.
 */
@NullMarked
package org.lingong.search.problem;

import org.jspecify.annotations.NullMarked;
