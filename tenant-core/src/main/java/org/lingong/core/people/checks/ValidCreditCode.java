package org.lingong.core.people.checks;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unified social credit code of the right length and characters whose check character matches (GB 32100): a code
 * that fails it is refused, and the employer compares it with the licence the desk reviews.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCreditCodeValidator.class)
public @interface ValidCreditCode {

    String message() default "{people.creditCode.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
