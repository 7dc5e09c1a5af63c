package org.lingong.core.people.checks;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unified social credit code of the right length and characters (GB 32100). A failing check character is not a
 * violation: it is a warning, see {@link CreditCode}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCreditCodeValidator.class)
public @interface ValidCreditCode {

    String message() default "{people.creditCode.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
