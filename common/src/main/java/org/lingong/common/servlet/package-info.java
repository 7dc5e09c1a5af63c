/**
 * The platform's conventions for a servlet (Spring MVC) service, imported with
 * {@link org.lingong.common.servlet.ServletConventions}: request ids, the language rule, problem JSON.
 */
@NullMarked
package org.lingong.common.servlet;

import org.jspecify.annotations.NullMarked;
