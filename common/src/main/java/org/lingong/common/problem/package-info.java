/**
 * Errors as RFC 9457 problem details: one scheme for every answer of every service, one catalogue of types.
 *
 * <ul>
 *   <li>{@code type}: {@code https://lingong.org.cn/problems/<slug>}, stable; clients switch on it. Every slug is a
 *       {@link org.lingong.common.problem.ProblemType} with its status; one refusal has one slug on every service.
 *       {@code docs/problems.md} lists them all (generated, and checked by {@code ProblemCatalogueTests}).</li>
 *   <li>{@code title}: short text in the request's language ({@link org.lingong.common.i18n.Languages}: Chinese
 *       unless {@code Accept-Language} prefers English), from {@code <slug>.title} in {@code problems*.properties}
 *       beside the enum; {@code titles}: always {@code {"zh": …, "en": …}}, so logs and clients get both.</li>
 *   <li>{@code detail}: {@code <slug>.detail} with the exception's arguments when the catalogue has one, else the
 *       framework's own detail of a 4xx it raised (never one of a 5xx).</li>
 *   <li>{@code status}, {@code instance} (the request path) and {@code requestId} (as in {@code X-Request-Id}).</li>
 *   <li>{@code errors}: {@code [{"field": …, "message": …}]} when fields or query parameters are at fault (Bean
 *       Validation, or {@link org.lingong.common.problem.ProblemException#withFieldError}); forms show them at the
 *       field.</li>
 * </ul>
 *
 * A refusal is {@code throw new ProblemException(ProblemType.JOB_FULL, arguments…)}. Framework, security and
 * data-access errors are mapped in {@link org.lingong.common.problem.Problems#translate}, once for the servlet
 * services ({@code org.lingong.common.servlet}) and the reactive gateway ({@code org.lingong.common.reactive}). A new
 * refusal is a new constant plus its title (and detail) in both bundles; the catalogue test says what is missing.
 */
@NullMarked
package org.lingong.common.problem;

import org.jspecify.annotations.NullMarked;
