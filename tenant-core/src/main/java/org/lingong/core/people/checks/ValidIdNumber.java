package org.lingong.core.people.checks;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A worker's resident ID number (GB 11643): format, province, birth date, check character, working age. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidIdNumberValidator.class)
public @interface ValidIdNumber {

    String message() default "{people.idNumber.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
