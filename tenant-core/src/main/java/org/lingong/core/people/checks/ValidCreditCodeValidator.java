package org.lingong.core.people.checks;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** A wrong length or character is the format message; a failing check character says so at the same field. */
public class ValidCreditCodeValidator implements ConstraintValidator<ValidCreditCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        CreditCode.Problem problem = value == null ? null : CreditCode.check(CreditCode.normalize(value)).orElse(null);
        if (problem == CreditCode.Problem.CHECK_CHARACTER) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{people.creditCode.checkCharacter}").addConstraintViolation();
        }
        return problem == null;
    }
}
